package mgc.api;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import mgc.compare.AnalysisException;
import mgc.compare.RevisionComparison;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.Evaluator;
import mgc.engine.RuleBase;
import mgc.engine.RuleInfo;
import mgc.engine.RulesDirectory;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;
import mgc.scenario.ExpectationResult;
import mgc.scenario.Scenario;
import mgc.scenario.ScenarioFiles;
import mgc.scenario.ScenarioReader;
import mgc.scenario.ScenarioRun;
import mgc.scenario.ScenarioRunner;

/**
 * The guideline as mgc encodes it: the shipped rule base (the revisions of 1979, 2001, 2012,
 * 2017, 2020 and 2021, with their sources), plus any hypothetical revisions you add. The entry
 * point of the API.
 *
 * <pre>{@code
 * Guideline guideline = Guideline.shipped();
 * CheckResult result = guideline.check(Spec.ballisticMissile("Hyunmoo-4").range(800, Unit.KM).payload(2, Unit.TONNE).build(), "2012");
 * result.verdict("2012").isProhibited();               // true: MG-TRADEOFF, 2,000 kg over the 500 kg limit at 800 km
 *
 * Guideline what = guideline.withRevision("""
 *         id: 2017-1000km
 *         title: Hypothetical 1,000 km cap
 *         date: 2026-01-01
 *         extends: "2017"
 *         sources: [{id: analyst, cite: "Analyst's scenario, 2026"}]
 *         terms:
 *           ballistic-missile:
 *             max-range: {limit: 1000 km, source: [analyst]}
 *         """);
 * what.compare("2017", "2017-1000km").relationFor(Spec.Type.BALLISTIC_MISSILE);   // MORE_PERMISSIVE
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@code with...} methods return a new guideline, and each check
 * or comparison runs in a rule-engine session of its own. The rule base is loaded once per
 * process (a fraction of a second) and shared by every guideline made from it.
 */
public final class Guideline {

    private static final class Shipped {
        static final Guideline INSTANCE = load();

        private static Guideline load() {
            RulesDirectory directory = RulesDirectory.packaged();
            try {
                List<InputFile> files = directory.revisionFiles().stream()
                        .map(p -> new InputFile(p, directory.display(p))).toList();
                return new Guideline(RuleBase.of(directory), files, List.of(), List.of());
            } catch (InputException e) {
                throw new IllegalStateException("the shipped rule base does not load: " + MgcException.of(e.errors()).getMessage(), e);
            }
        }
    }

    private final RuleBase ruleBase;
    private final List<InputFile> shippedFiles;
    private final List<InputFile> userFiles;
    private final List<RevisionCatalog.Text> userTexts;
    private final RevisionCatalog catalog;
    private final DocumentReader reader = new DocumentReader();

    private Guideline(RuleBase ruleBase, List<InputFile> shippedFiles, List<InputFile> userFiles,
                      List<RevisionCatalog.Text> userTexts) {
        this.ruleBase = ruleBase;
        this.shippedFiles = List.copyOf(shippedFiles);
        this.userFiles = List.copyOf(userFiles);
        this.userTexts = List.copyOf(userTexts);
        try {
            RevisionCatalog.Loaded loaded = RevisionCatalog.load(reader, shippedFiles, userFiles, userTexts);
            if (!loaded.errors().isEmpty()) {
                throw MgcException.of(loaded.errors());
            }
            this.catalog = loaded.catalog();
        } catch (InputException e) {
            throw MgcException.of(e.errors());
        }
    }

    /**
     * The shipped rule base with its revisions, loaded on first use.
     *
     * @return the guideline as shipped
     */
    public static Guideline shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * This guideline plus a hypothetical revision written as a revision file is (YAML or JSON;
     * it may {@code extends} a shipped revision, and may not reuse a shipped id).
     *
     * @param revision the revision document
     * @return a new guideline with the revision added
     * @throws MgcException naming line, column and field of every problem in the revision
     */
    public Guideline withRevision(String revision) {
        return withRevision(revision, "<revision " + (userFiles.size() + userTexts.size() + 1) + ">");
    }

    /**
     * As {@link #withRevision(String)}, read from a reader.
     *
     * @param revision the revision document; read to its end, not closed
     * @param name     the name errors give for it, e.g. a file or resource name
     * @return a new guideline with the revision added
     * @throws MgcException naming every problem in the revision
     * @throws UncheckedIOException when the reader fails
     */
    public Guideline withRevision(Reader revision, String name) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = revision.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read revision " + name + ": " + e.getMessage(), e);
        }
        return withRevision(text.toString(), name);
    }

    private Guideline withRevision(String revision, String name) {
        List<RevisionCatalog.Text> texts = new ArrayList<>(userTexts);
        texts.add(new RevisionCatalog.Text(name, revision));
        return new Guideline(ruleBase, shippedFiles, userFiles, texts);
    }

    /**
     * This guideline plus a hypothetical revision file, as {@code --revision-file FILE} adds one.
     *
     * @param file a revision file ({@code .yaml}, {@code .yml} or {@code .json})
     * @return a new guideline with the revision added
     * @throws MgcException when the file cannot be read or is not a valid revision
     */
    public Guideline withRevisionFile(Path file) {
        List<InputFile> files = new ArrayList<>(userFiles);
        files.add(InputFile.of(file));
        return new Guideline(ruleBase, shippedFiles, files, userTexts);
    }

    /**
     * Every revision id, shipped ones by date and then hypothetical ones in the order added.
     *
     * @return the ids, e.g. {@code [1979, 2001, 2012, 2017, 2020, 2021]}
     */
    public List<String> revisions() {
        return catalog.all().stream().map(Revision::id).toList();
    }

    /**
     * The revision in force, which {@link #check(Spec, String...)} uses by default.
     *
     * @return {@code 2012} for the shipped rule base
     */
    public String currentRevision() {
        return catalog.current().id();
    }

    /**
     * Checks a system, as {@code mgc check} does.
     *
     * @param spec      the system
     * @param revisions the revision ids to check against; none means the current revision plus
     *                  every hypothetical one added, as on the command line
     * @return one verdict per revision, in the order given
     * @throws MgcException when a revision id is unknown
     */
    public CheckResult check(Spec spec, String... revisions) {
        List<Revision> selected = select(revisions);
        try (Evaluator evaluator = ruleBase.newEvaluator(selected)) {
            return new CheckResult(spec, evaluator.evaluate(spec.model()).stream().map(Verdict::of).toList());
        }
    }

    /**
     * What a system's stages can do, as {@code mgc check --capability} works it out with its
     * defaults (docs/capability.md): every configuration of the range-payload curve checked
     * against each revision, the impulse cap on the larger of the declared and the stages'
     * figure, and the MTCR category (the control-list reading, "at least" 500 kg / 300 km).
     *
     * @param spec      the system; without stages nothing is assessed ({@link Capability#model()} is {@code none})
     * @param revisions the revision ids to check against; none means as {@link #check}
     * @return the assessment
     * @throws MgcException when a revision id is unknown
     */
    public Capability capability(Spec spec, String... revisions) {
        List<Revision> selected = select(revisions);
        try (Evaluator evaluator = ruleBase.newEvaluator(selected)) {
            return new Capability(spec, mgc.capability.CapabilityAssessment.withDefaults().evaluate(spec.model(), evaluator));
        }
    }

    /**
     * The least relaxation of a revision that permits every given system, as
     * {@code mgc propose --from FROM} writes it (docs/what-if.md): a revision file that
     * {@code extends} FROM and overrides only the terms that must change, each limit raised only
     * as far as the systems need (the trade-off curve only at and around their points, kept
     * non-increasing), each citing the proposal itself, not a published source. Before it is
     * returned it is read back and confirmed through the rule base: every system is permitted
     * under it, and no system type is permitted less than under FROM. Add it with
     * {@link #withRevision(String)} to check or compare against it.
     *
     * @param from  the revision to relax
     * @param id    the proposal's revision id, e.g. {@code proposal-2012}; must not be taken
     * @param specs the systems to permit
     * @return the revision file text (YAML), byte-identical for the same input; empty when FROM
     *         already permits every system
     * @throws MgcException when FROM is unknown, {@code id} is taken or malformed, or a system
     *         cannot be permitted by raising FROM's limits (e.g. it leaves out a value a term
     *         needs); the message names each such system and why
     */
    public Optional<String> propose(String from, String id, Collection<Spec> specs) {
        Revision fromRevision = find(from);
        if (catalog.find(id).isPresent()) {
            throw MgcException.of("propose", "revision \"" + id + "\" already exists; give the proposal its own id");
        }
        List<mgc.spec.SystemSpec> systems = specs.stream().map(Spec::model).toList();
        try {
            mgc.whatif.Proposal proposal;
            try (Evaluator evaluator = ruleBase.newEvaluator(List.of(fromRevision))) {
                proposal = new mgc.whatif.LeastRevision(evaluator, fromRevision).propose(systems);
            }
            if (!proposal.cannot().isEmpty()) {
                throw MgcException.of("propose --from " + from, String.join("; ", proposal.cannot().stream()
                        .map(c -> "cannot permit " + c.system() + " by raising " + from + "'s limits: " + c.reason()).toList()));
            }
            if (proposal.nothingToChange()) {
                return Optional.empty();
            }
            String yaml = mgc.whatif.ProposalWriter.write(proposal, id);
            mgc.whatif.ProposalConfirmation check = mgc.whatif.ProposalConfirmation.run(ruleBase, reader, shippedFiles, userFiles, userTexts,
                    "<proposal " + id + ">", yaml, id, from, systems);
            if (!check.confirmed()) {
                throw MgcException.of("propose --from " + from, "the proposal is not confirmed by the rule base: "
                        + String.join("; ", check.failures()));
            }
            return Optional.of(yaml);
        } catch (AnalysisException e) {
            throw MgcException.of("propose --from " + from, e.getMessage());
        }
    }

    /**
     * Compares two revisions exactly, as {@code mgc compare FROM TO} does: per system type, the
     * relation, the difference regions and a counterexample for each direction, each confirmed by
     * the rule base.
     *
     * @param from a revision id
     * @param to   a revision id
     * @return the comparison, without spec changes
     * @throws MgcException when a revision id is unknown
     */
    public Comparison compare(String from, String to) {
        return compare(from, to, List.of());
    }

    /**
     * As {@link #compare(String, String)}, and which of the given systems change verdict, as
     * {@code mgc compare FROM TO PATH...} does.
     *
     * @param from  a revision id
     * @param to    a revision id
     * @param specs the systems to check under both revisions
     * @return the comparison, with the specs whose verdict changes
     * @throws MgcException when a revision id is unknown
     */
    public Comparison compare(String from, String to, Collection<Spec> specs) {
        Revision fromRevision = find(from);
        Revision toRevision = find(to);
        List<Comparison.TypeComparison> types = new ArrayList<>();
        try (RevisionComparison comparison = new RevisionComparison(ruleBase, fromRevision, toRevision)) {
            for (mgc.compare.TypeComparison type : comparison.types()) {
                types.add(type(type));
            }
        } catch (AnalysisException e) {
            throw MgcException.of("compare " + from + " " + to, e.getMessage());
        }
        List<Comparison.Change> changes = new ArrayList<>();
        int unchanged = 0;
        List<Revision> pair = from.equals(to) ? List.of(fromRevision) : List.of(fromRevision, toRevision);
        try (Evaluator evaluator = ruleBase.newEvaluator(pair)) {
            for (Spec spec : specs) {
                List<mgc.engine.Verdict> verdicts = evaluator.evaluate(spec.model());
                Verdict before = Verdict.of(verdicts.get(0));
                Verdict after = Verdict.of(verdicts.get(verdicts.size() - 1));
                if (before.decision() != after.decision()) {
                    changes.add(new Comparison.Change(spec, before, after));
                } else {
                    unchanged++;
                }
            }
        }
        return new Comparison(from, to, types, changes, unchanged);
    }

    private static Comparison.TypeComparison type(mgc.compare.TypeComparison type) {
        List<Comparison.Region> regions = type.regions().stream()
                .map(r -> new Comparison.Region(r.permittedBy(), r.prohibitedBy(), r.description())).toList();
        List<Comparison.Counterexample> examples = type.counterexamples().stream()
                .map(c -> new Comparison.Counterexample(c.permittedBy(), c.prohibitedBy(), Spec.of(c.spec()), c.yaml(),
                        c.prohibiting().findings().stream().map(Finding::of).toList())).toList();
        return new Comparison.TypeComparison(Spec.Type.of(type.type()), Comparison.Relation.valueOf(type.relation().name()),
                regions, examples);
    }

    /**
     * Runs scenario files ({@code *.scenario.yaml}: a system and the verdict it must get under
     * each revision) as {@code mgc test} does, against this guideline's revisions.
     *
     * @param paths scenario files, or folders searched recursively for them
     * @return one result per expectation and per {@code unchanged} claim, file by file in order
     * @throws MgcException when a path has no scenario files or any scenario cannot be read or
     *                      run (an unknown field, verdict, rule or revision id); every problem
     *                      of every file is in the exception
     */
    public List<ScenarioResult> runScenarios(Path... paths) {
        List<String> arguments = java.util.Arrays.stream(paths).map(Path::toString).toList();
        ScenarioFiles.Expanded files = ScenarioFiles.expand(arguments);
        List<InputError> errors = new ArrayList<>(files.errors());
        List<ScenarioResult> results = new ArrayList<>();
        ScenarioReader scenarioReader = new ScenarioReader(reader, ruleBase.rules().stream().map(RuleInfo::id).toList());
        try (ScenarioRunner runner = new ScenarioRunner(ruleBase, catalog, shippedFiles, userFiles, reader)) {
            for (String file : files.files()) {
                ScenarioReader.Result read = scenarioReader.read(file);
                for (Scenario scenario : read.scenarios()) {
                    ScenarioRun run = runner.run(scenario);
                    errors.addAll(run.errors());
                    run.results().forEach(r -> results.add(result(r)));
                    run.unchanged().ifPresent(u -> results.add(new ScenarioResult(u.claim().location().file(),
                            u.claim().location().line(), u.claim().location().column(), scenario.name(), u.claim().describe(),
                            u.passed(), u.diff())));
                }
                errors.addAll(read.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw MgcException.of(errors);
        }
        return List.copyOf(results);
    }

    private static ScenarioResult result(ExpectationResult result) {
        mgc.document.Location at = result.expected().location();
        return new ScenarioResult(at.file(), at.line(), at.column(), result.scenario().name(), result.expected().revision(),
                result.passed(), result.diff());
    }

    private List<Revision> select(String... ids) {
        if (ids.length == 0) {
            List<Revision> selected = new ArrayList<>();
            selected.add(catalog.current());
            selected.addAll(catalog.hypothetical());
            return selected;
        }
        List<Revision> selected = new ArrayList<>();
        for (String id : ids) {
            Revision revision = find(id);
            if (!selected.contains(revision)) {
                selected.add(revision);
            }
        }
        return selected;
    }

    private Revision find(String id) {
        Optional<Revision> revision = catalog.find(id);
        return revision.orElseThrow(() -> MgcException.of("revision " + id, "unknown revision \"" + id + "\"; known: "
                + String.join(", ", revisions())));
    }

    /**
     * The revisions, for messages.
     *
     * @return e.g. {@code Guideline[1979, 2001, 2012 (current), 2017, 2020, 2021]}
     */
    @Override
    public String toString() {
        return "Guideline" + catalog.all().stream().map(Revision::label).toList();
    }
}
