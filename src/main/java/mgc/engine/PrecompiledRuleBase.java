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

    /** A load begun by {@link #startLoading()} and not yet taken by {@link #load()}. */
    private static final BackgroundLoad<RuleBase> EARLY = new BackgroundLoad<>("mgc-rule-base");

    private PrecompiledRuleBase() {}

    /**
     * Begins loading on a background thread, for a command line that will need the packaged rule
     * base: the rule network is then built on the second core while the first parses the command
     * line and reads the revision files (start-up, docs/performance.md). The next {@link #load()}
     * takes the result; it is the same rule base a load on the spot would give.
     */
    static void startLoading() {
        EARLY.start(() -> {
            RuleBase ruleBase = loadNow();
            ruleBase.prepareSession();
            return ruleBase;
        });
    }

    /** Loads the rule base generated at build time (or takes the one {@link #startLoading()} began). */
    static RuleBase load() throws InputException {
        return EARLY.take().orElseGet(PrecompiledRuleBase::loadNow);
    }

    private static RuleBase loadNow() {
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
