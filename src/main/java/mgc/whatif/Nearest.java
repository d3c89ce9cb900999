package mgc.whatif;

import java.util.List;
import java.util.Optional;

/**
 * The nearest permitted designs of a prohibited system under one revision: for each field, the
 * smallest change of that field alone that makes the system permitted, each confirmed through
 * the rule base, and the fields no change of which alone helps.
 *
 * @param changes one per field that helps, in the order range, payload, total impulse, propellant
 * @param noHelp the fields (of those the system declares) no change of which alone permits it
 */
public record Nearest(String revision, List<Change> changes, List<String> noHelp) {

    public Nearest {
        changes = List.copyOf(changes);
        noHelp = List.copyOf(noHelp);
    }

    /**
     * Change one field from {@code from} to {@code to}. For a number: permitted for every value
     * in {@code permitted} (which holds {@code to}, or reaches it when {@code inclusive} is false
     * and the bound itself is prohibited), the other fields as declared.
     *
     * @param atOthers the other fields' values, in words ("575 km")
     * @param witness the confirmed spec: {@code to} itself, or a value inside {@code permitted} when the bound is open
     */
    public record Change(String field, String unit, Double from, Double to, boolean inclusive, Optional<String> propellant,
                         Optional<BoxVerdict.Bounds> permitted, String atOthers, String description, BoxVerdict.Witness witness) {

        /** The change itself, {@code to - from}, in {@code unit}; 0 for a propellant. */
        public double delta() {
            return from == null || to == null ? 0 : to - from;
        }
    }

    /** In words: "permitted with payload <= 875 kg at 575 km (-25 kg), or with range <= 560 km at 900 kg (-15 km)". */
    public String describe() {
        if (changes.isEmpty()) {
            return "no change of " + String.join(", ", noHelp) + " alone permits it";
        }
        String text = "permitted with " + String.join(", or with ", changes.stream().map(Change::description).toList());
        if (!noHelp.isEmpty()) {
            text += "; no change of " + String.join(" or ", noHelp) + " alone helps";
        }
        return text;
    }
}
