package mgc.api;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import mgc.engine.Evaluator;
import mgc.revision.Revision;

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

    /** Loads the shipped rule base on first use of {@link #shipped()}, once per process. */
    private static final class Shipped {
        static final Guideline INSTANCE = new Guideline(LoadedRevisions.shipped());
    }

    private final LoadedRevisions loaded;

    private Guideline(LoadedRevisions loaded) {
        this.loaded = loaded;
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
        return new Guideline(loaded.withText("<revision " + (loaded.added() + 1) + ">", revision));
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
        StringWriter text = new StringWriter();
        try {
            revision.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read revision " + name + ": " + e.getMessage(), e);
        }
        return new Guideline(loaded.withText(name, text.toString()));
    }

    /**
     * This guideline plus a hypothetical revision file, as {@code --revision-file FILE} adds one.
     *
     * @param file a revision file ({@code .yaml}, {@code .yml} or {@code .json})
     * @return a new guideline with the revision added
     * @throws MgcException when the file cannot be read or is not a valid revision
     */
    public Guideline withRevisionFile(Path file) {
        return new Guideline(loaded.withFile(file));
    }

    /**
     * Every revision id, shipped ones by date and then hypothetical ones in the order added.
     *
     * @return the ids, e.g. {@code [1979, 2001, 2012, 2017, 2020, 2021]}
     */
    public List<String> revisions() {
        return loaded.catalog().all().stream().map(Revision::id).toList();
    }

    /**
     * The revision in force, which {@link #check(Spec, String...)} uses by default.
     *
     * @return {@code 2012} for the shipped rule base
     */
    public String currentRevision() {
        return loaded.catalog().current().id();
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
        try (Evaluator evaluator = loaded.ruleBase().newEvaluator(loaded.select(revisions))) {
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
        try (Evaluator evaluator = loaded.ruleBase().newEvaluator(loaded.select(revisions))) {
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
        return Proposer.propose(loaded, from, id, specs);
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
        return Comparer.compare(loaded, from, to, specs);
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
        return ScenarioRuns.run(loaded, paths);
    }

    /**
     * The revisions, for messages.
     *
     * @return e.g. {@code Guideline[1979, 2001, 2012 (current), 2017, 2020, 2021]}
     */
    @Override
    public String toString() {
        return "Guideline" + loaded.catalog().all().stream().map(Revision::label).toList();
    }
}
