package mgc.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.PreparsedNodes;
import mgc.document.InputFile;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * Build step (run by Maven at process-classes, never at run time): compiles the DRL of the
 * packaged rules folder to Drools' executable model and writes its classes, plus the list
 * {@link PrecompiledRuleBase} loads them by, into the classes folder that becomes the jar.
 * Kept apart from {@link PrecompiledRuleBase} so the code generator (a build-only dependency)
 * is never on the run-time path.
 */
public final class ExecutableModelWriter {

    /** Where Drools records a project's model classes inside the module it builds. */
    private static final String DROOLS_MODEL_SUFFIX = "/drools-model";

    private ExecutableModelWriter() {}

    /**
     * Build step: {@code ExecutableModelWriter RULES_DIR CLASSES_DIR} compiles the DRL of
     * RULES_DIR to the executable model and writes its classes and {@link PrecompiledRuleBase#MODEL_LIST} under
     * CLASSES_DIR. A DRL error fails the build with file:line:col.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ExecutableModelWriter RULES_DIR CLASSES_DIR");
        }
        Path classes = Path.of(args[1]);
        RulesDirectory rules;
        InternalKieModule module;
        try {
            rules = RulesDirectory.of(Path.of(args[0]));
            module = (InternalKieModule) RuleBase.build(rules, ExecutableModelProject.class).getKieModule();
        } catch (InputException e) {
            e.errors().forEach(error -> System.err.println(error.describe()));
            throw new IllegalStateException("the rule base does not compile to the executable model");
        }
        List<String> modelClasses = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            } else if (name.endsWith(DROOLS_MODEL_SUFFIX)) {
                new String(module.getBytes(name), StandardCharsets.UTF_8).lines()
                        .map(String::strip)
                        // the file starts with a "Drools-Model-Version:..." header; the rest are class names
                        .filter(line -> !line.isEmpty() && !line.contains(":")).forEach(modelClasses::add);
            }
        }
        if (modelClasses.isEmpty()) {
            throw new IllegalStateException("Drools generated no executable model classes");
        }
        Path list = classes.resolve(PrecompiledRuleBase.MODEL_LIST);
        Files.createDirectories(list.getParent());
        Files.writeString(list, String.join("\n", modelClasses) + "\n", StandardCharsets.UTF_8);
        writeIndex(rules, classes.resolve(RulesDirectory.INDEX));
        writePreparsed(rules, classes.resolve(RulesDirectory.INDEX).getParent());
        try {
            Files.writeString(classes.resolve(RuleBaseDigest.PACKAGED), RuleBaseDigest.compute(rules, List.of()) + "\n",
                    StandardCharsets.US_ASCII);
        } catch (InputException e) {
            throw new IllegalStateException("cannot hash the rules folder: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@link RulesDirectory#INDEX}: the rule files as the folder lists them, so the
     * packaged copy is read without listing the jar.
     */
    static void writeIndex(RulesDirectory rules, Path index) throws IOException {
        List<String> names = new ArrayList<>();
        try {
            for (InputFile file : rules.drlFiles()) {
                names.add(rules.relativeName(file));
            }
            for (InputFile file : rules.revisionFiles()) {
                names.add(rules.relativeName(file));
            }
        } catch (InputException e) {
            throw new IllegalStateException("cannot list the rules folder: " + e.getMessage(), e);
        }
        Files.createDirectories(index.getParent());
        Files.writeString(index, String.join("\n", names) + "\n", StandardCharsets.UTF_8);
    }

    /** Writes each revision file's node trees beside its packaged copy ({@link PreparsedNodes}). */
    static void writePreparsed(RulesDirectory rules, Path packagedRoot) throws IOException {
        DocumentReader reader = new DocumentReader();
        try {
            for (InputFile file : rules.revisionFiles()) {
                Path target = packagedRoot.resolve(rules.relativeName(file) + PreparsedNodes.SUFFIX);
                Files.createDirectories(target.getParent());
                Files.writeString(target, PreparsedNodes.encode(reader.read(file)), StandardCharsets.UTF_8);
            }
        } catch (InputException e) {
            e.errors().forEach(error -> System.err.println(error.describe()));
            throw new IllegalStateException("a shipped revision file does not parse");
        }
    }
}
