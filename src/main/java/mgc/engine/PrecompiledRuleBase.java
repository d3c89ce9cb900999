package mgc.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputException;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;

/**
 * The packaged rule base compiled ahead of time. At {@code mvn package} (phase
 * process-classes) {@link ExecutableModelWriter} turns {@code rules/*.drl}, the one source of the rules, into
 * Drools' executable model: Java classes for every constraint and consequence, written beside
 * mgc's own classes. At run time {@link #load} instantiates those classes and builds the rule
 * network from them, which skips parsing and compiling DRL at every start (the bulk of a short
 * run's time).
 */
public final class PrecompiledRuleBase {

    /** The classpath resource listing the generated model classes, one a line. */
    static final String MODEL_LIST = RulesDirectory.CLASSPATH_ROOT + "/executable-model.txt";

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
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models), true);
    }
}
