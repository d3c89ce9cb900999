package mgc.api;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Guideline#compare(String, String)} found: exactly how revision {@code to} relates
 * to revision {@code from} for each system type, the regions where they differ, one confirmed
 * counterexample per direction, and (with specs) the systems whose verdict changes; the same
 * content as {@code mgc compare --format json}.
 *
 * @param from      the revision compared from
 * @param to        the revision compared to
 * @param types     one entry per system type, in the order of {@link Spec.Type}
 * @param changes   the given specs whose verdict differs between the two (empty without specs)
 * @param unchanged how many given specs keep their verdict
 */
public record Comparison(String from, String to, List<TypeComparison> types, List<Change> changes, int unchanged) {

    /**
     * A comparison; the lists are copied.
     *
     * @param from      the revision compared from
     * @param to        the revision compared to
     * @param types     one entry per system type
     * @param changes   the specs whose verdict differs
     * @param unchanged how many specs keep their verdict
     */
    public Comparison {
        types = List.copyOf(types);
        changes = List.copyOf(changes);
    }

    /** How the systems {@code to} permits relate to those {@code from} permits, for one type. */
    public enum Relation {
        /** The same systems are permitted. */
        EQUIVALENT,
        /** {@code to} permits everything {@code from} permits, and more. */
        MORE_PERMISSIVE,
        /** {@code from} permits everything {@code to} permits, and more. */
        LESS_PERMISSIVE,
        /** Each permits something the other prohibits. */
        INCOMPARABLE;

        /**
         * The word the command line and JSON use.
         *
         * @return e.g. {@code more-permissive}
         */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The exact difference for one system type.
     *
     * @param type            the system type
     * @param relation        how {@code to} relates to {@code from}
     * @param regions         the sets of systems one revision permits and the other prohibits
     * @param counterexamples one system per direction of difference, confirmed by the rule base
     */
    public record TypeComparison(Spec.Type type, Relation relation, List<Region> regions,
                                 List<Counterexample> counterexamples) {

        /**
         * A type's comparison; the lists are copied.
         *
         * @param type            the system type
         * @param relation        the relation
         * @param regions         the difference regions
         * @param counterexamples the counterexamples
         */
        public TypeComparison {
            regions = List.copyOf(regions);
            counterexamples = List.copyOf(counterexamples);
        }
    }

    /**
     * A set of systems one revision permits and the other prohibits.
     *
     * @param permittedBy  the revision that permits them
     * @param prohibitedBy the revision that prohibits them
     * @param description  the set in words and numbers, e.g.
     *                     {@code ballistic-missile, range over 800 km up to 1,000 km, any payload}
     */
    public record Region(String permittedBy, String prohibitedBy, String description) {}

    /**
     * A concrete system one revision permits and the other prohibits, checked by the rule base.
     *
     * @param permittedBy  the revision that permits it
     * @param prohibitedBy the revision that prohibits it
     * @param spec         the system
     * @param yaml         the system as a spec file; {@code mgc check} on it gives the same verdicts
     * @param findings     why {@code prohibitedBy} prohibits it
     */
    public record Counterexample(String permittedBy, String prohibitedBy, Spec spec, String yaml,
                                 List<Finding> findings) {

        /**
         * A counterexample; the list is copied.
         *
         * @param permittedBy  the revision that permits it
         * @param prohibitedBy the revision that prohibits it
         * @param spec         the system
         * @param yaml         the spec file text
         * @param findings     the prohibiting findings
         */
        public Counterexample {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A given spec whose verdict differs between the two revisions.
     *
     * @param spec     the system
     * @param from     its verdict under {@code from}
     * @param to       its verdict under {@code to}
     */
    public record Change(Spec spec, Verdict from, Verdict to) {

        /**
         * The verdict that prohibits the system, whose findings are the cause of the change.
         *
         * @return {@code from} or {@code to}, whichever is prohibited
         */
        public Verdict prohibiting() {
            return from.isProhibited() ? from : to;
        }

        /**
         * The change as the command line prints it.
         *
         * @return e.g. {@code Hyunmoo-4 (ballistic-missile, ...): 2012 prohibited -> 2017 permitted}
         *         followed by the prohibiting findings
         */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(spec.toString()).append(" at ").append(spec.location()).append(": ")
                    .append(from.revision()).append(' ').append(from.decision().id()).append(" -> ")
                    .append(to.revision()).append(' ').append(to.decision().id());
            prohibiting().findings().forEach(f -> out.append("\n    ").append(prohibiting().revision()).append(' ').append(f));
            return out.toString();
        }
    }

    /**
     * The comparison for one system type.
     *
     * @param type a system type
     * @return its comparison
     */
    public TypeComparison type(Spec.Type type) {
        return types.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    /**
     * How {@code to} relates to {@code from} for one system type.
     *
     * @param type a system type
     * @return the relation
     */
    public Relation relationFor(Spec.Type type) {
        return type(type).relation();
    }

    /**
     * Whether anything differs: a type that is not equivalent, or a spec whose verdict changes.
     *
     * @return true when {@code mgc compare} would exit with status 1
     */
    public boolean differs() {
        return !changes.isEmpty() || types.stream().anyMatch(t -> t.relation() != Relation.EQUIVALENT);
    }

    /**
     * The change of one spec, found by name.
     *
     * @param system a system name
     * @return its change, or empty when its verdict is unchanged or it was not given
     */
    public Optional<Change> change(String system) {
        return changes.stream().filter(c -> c.spec().name().equals(system)).findFirst();
    }
}
