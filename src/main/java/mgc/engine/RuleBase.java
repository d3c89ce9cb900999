package mgc.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.revision.Revision;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * The rule base, shared by every {@link Evaluator} of a process; each evaluator opens its own
 * session on it. The packaged rules come precompiled ({@link PrecompiledRuleBase}); a rules
 * folder given at run time is compiled from DRL.
 */
public final class RuleBase {

    private static final String KFS_PREFIX = "src/main/resources/mgc/rules/";

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, java.util.SortedSet<String>> outcomes;

    /** Whether its rules compare a system's values only with its terms' numbers (the shipped DRL): see {@link CellKey}. */
    private final boolean decidesByCell;
    /** A fresh session made ahead of need ({@link #prepareSession}), taken by the next evaluator. */
    private final java.util.concurrent.atomic.AtomicReference<KieSession> spare = new java.util.concurrent.atomic.AtomicReference<>();

    RuleBase(KieBase kieBase) {
        this(kieBase, false);
    }

    RuleBase(KieBase kieBase, boolean decidesByCell) {
        this.kieBase = kieBase;
        this.decidesByCell = decidesByCell;
        this.rules = describe(kieBase);
        this.outcomes = outcomes(kieBase);
    }

    /**
     * The rule base of a rules folder: the packaged one is loaded from the executable model
     * generated at build time from the same DRL (no DRL compilation at start); any other folder
     * is compiled now.
     */
    public static RuleBase of(RulesDirectory directory) throws InputException {
        return directory.bundled() ? PrecompiledRuleBase.load() : compile(directory);
    }

    /**
     * Begins loading the packaged rule base on a background thread, for a command line that is
     * about to need it (start-up); {@link #of} then takes it. Costs only a core's time otherwise.
     */
    public static void startLoadingPackaged() {
        PrecompiledRuleBase.startLoading();
    }

    /** Compiles the DRL files; compile errors come back as {@code file:line:col: message}. */
    public static RuleBase compile(RulesDirectory directory) throws InputException {
        KieBuilder builder = build(directory, null);
        KieServices services = KieServices.Factory.get();
        KieContainer container = services.newKieContainer(builder.getKieModule().getReleaseId());
        return new RuleBase(container.getKieBase());
    }

    /**
     * Builds the DRL of a folder as a kind of project (classic DRL when {@code projectType} is
     * null, or the executable model); errors are reported against the files as the user sees them.
     */
    static KieBuilder build(RulesDirectory directory, Class<? extends KieBuilder.ProjectType> projectType)
            throws InputException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        Map<String, String> displayNames = new HashMap<>();
        for (InputFile drl : directory.drlFiles()) {
            String relative = directory.relativeName(drl);
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            try (InputStream in = drl.open()) {
                files.write(KFS_PREFIX + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputException(InputError.ofFile(drl.name(), "cannot read: " + e.getMessage()));
            }
            displayNames.put(name, drl.name());
        }
        KieBuilder builder = services.newKieBuilder(files);
        builder = projectType == null ? builder.buildAll() : builder.buildAll(projectType);
        List<InputError> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : message.getPath();
            String file = displayNames.getOrDefault(path.substring(path.lastIndexOf('/') + 1),
                    path.isEmpty() ? directory.displayRoot() : path);
            errors.add(new InputError(file, Math.max(0, message.getLine()), Math.max(1, message.getColumn()), null,
                    "DRL does not compile: " + message.getText().strip().replaceAll("\\s+", " ")));
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return builder;
    }

    /** The rules by stable id, from their DRL metadata, sorted by id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /**
     * For each rule id, the outcomes its DRL rules can record ({@code @outcome}: {@code violated},
     * {@code within}), sorted. Rule coverage counts both sides of a rule only where both exist.
     */
    public Map<String, java.util.SortedSet<String>> outcomes() {
        return outcomes;
    }

    /** A session holding the terms of these revisions; not thread-safe, so one per thread. */
    public Evaluator newEvaluator(List<Revision> revisions) {
        KieSession session = spare.getAndSet(null);
        return new Evaluator(session == null ? kieBase.newKieSession() : session, revisions, decidesByCell);
    }

    /**
     * Makes the next {@link #newEvaluator} session now, on this thread: at start-up the rule-base
     * thread has time to spare while the main thread waits for the revision files, and a first
     * session is dear (it loads and initialises the session's classes; docs/performance.md).
     */
    void prepareSession() {
        KieSession made = kieBase.newKieSession();
        if (!spare.compareAndSet(null, made)) {
            made.dispose();
        }
    }

    KieBase kieBase() {
        return kieBase;
    }

    private static Map<String, java.util.SortedSet<String>> outcomes(KieBase kieBase) {
        Map<String, java.util.SortedSet<String>> byId = new java.util.TreeMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object id = rule.getMetaData().get("ruleId");
                Object outcome = rule.getMetaData().get("outcome");
                if (id != null && outcome != null) {
                    byId.computeIfAbsent(id.toString(), k -> new java.util.TreeSet<>()).add(outcome.toString());
                }
            }
        }
        byId.replaceAll((k, v) -> java.util.Collections.unmodifiableSortedSet(v));
        return java.util.Collections.unmodifiableMap(byId);
    }

    private static List<RuleInfo> describe(KieBase kieBase) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object id = rule.getMetaData().get("ruleId");
                Object summary = rule.getMetaData().get("summary");
                if (id != null && summary != null) {
                    Object link = rule.getMetaData().get("link");
                    byId.put(id.toString(), new RuleInfo(id.toString(), summary.toString(), link == null ? "" : link.toString()));
                }
            }
        }
        return byId.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList();
    }
}
