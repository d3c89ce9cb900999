package mgc.units;

/**
 * A measured value held in its dimension's canonical unit (km, kg, N*s), with the text the user
 * wrote kept for messages. Conversion happens once, when the value is read.
 */
public record Quantity(Dimension dimension, double value, String written) {

    public static Quantity of(Dimension dimension, double value) {
        return new Quantity(dimension, value, Numbers.format(value) + " " + dimension.canonicalUnit());
    }

    public String unit() {
        return dimension.canonicalUnit();
    }

    /** As a revision file may write it, e.g. {@code 1000 kg}: the exact decimal, canonical unit, no thousands separator. */
    public String exact() {
        return Numbers.plain(value).toPlainString() + " " + unit();
    }

    /** The canonical form, e.g. {@code 1,000 kg}. */
    public String display() {
        return Numbers.format(value) + " " + dimension.canonicalUnit();
    }
}
