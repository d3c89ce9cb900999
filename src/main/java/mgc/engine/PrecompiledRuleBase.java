package mgc.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputException;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.builder.KieBuilder;

/**
 * The packaged rule base compiled ahead of time. At {@code mvn package} (phase
 * process-classes) {@link #main} turns {@code rules/*.drl}, the one source of the rules, into
 * Drools' executable model: Java classes for every constraint and consequence, written beside
 * mgc's own classes. At run time {@link #load} instantiates those classes and builds the rule
 * network from them, which skips parsing and compiling DRL at every start (the bulk of a short
 * run's time).
 */
public final class PrecompiledRuleBase {

    /** The classpath resource listing the generated model classes, one a line. */
    static final String MODEL_LIST = RulesDirectory.CLASSPATH_ROOT + "/executable-model.txt";

    /** Where Drools records a project's model classes inside the module it builds. */
    private static final String DROOLS_MODEL_SUFFIX = "/drools-model";

    private PrecompiledRuleBase() {}

    /** Loads the rule base generated at build time. */
    static RuleBase load() throws InputException {
        ClassLoader loader = PrecompiledRuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream list = loader.getResourceAsStream(MODEL_LIST)) {
            if (list == null) {
                throw new IllegalStateException("the precompiled rule base (" + MODEL_LIST
                        + ") is missing from the classpath: rebuild with mvn package");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (!name.isBlank()) {
                    models.add((Model) Class.forName(name.strip(), true, loader).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the precompiled rule base: " + e, e);
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /**
     * Build step: {@code PrecompiledRuleBase RULES_DIR CLASSES_DIR} compiles the DRL of
     * RULES_DIR to the executable model and writes its classes and {@link #MODEL_LIST} under
     * CLASSES_DIR. A DRL error fails the build with file:line:col.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PrecompiledRuleBase RULES_DIR CLASSES_DIR");
        }
        Path classes = Path.of(args[1]);
        InternalKieModule module;
        try {
            module = (InternalKieModule) RuleBase.build(RulesDirectory.of(Path.of(args[0])), ExecutableModelProject.class)
                    .getKieModule();
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
        Path list = classes.resolve(MODEL_LIST);
        Files.createDirectories(list.getParent());
        Files.writeString(list, String.join("\n", modelClasses) + "\n", StandardCharsets.UTF_8);
    }
}
