package mgc.spec;

import mgc.units.Quantity;

/**
 * An uncertain figure: every value from {@code min} to {@code max}, both included, in the
 * field's canonical unit ({@code range: 780..820 km}). Public figures for real systems are often
 * ranges; a spec with one is checked over the whole box its intervals span.
 */
public record Interval(Quantity min, Quantity max) {

    public Interval {
        if (min.dimension() != max.dimension()) {
            throw new IllegalArgumentException("an interval's ends must be of one dimension");
        }
        if (min.value() > max.value()) {
            throw new IllegalArgumentException("an interval's min must not exceed its max");
        }
    }

    /** E.g. {@code 780..820 km}. */
    public String display() {
        return mgc.units.Numbers.format(min.value()) + ".." + max.display();
    }
}
