package mgc.report;

import mgc.whatif.BoxVerdict;

/**
 * A {@code depends} verdict in one line, the same in every format that has no structure of its
 * own for it (JUnit, SARIF, Markdown, HTML): the prohibited part of the box named, and the two
 * witness points the rule base confirmed.
 */
final class DependsText {

    private DependsText() {}

    /** "prohibited where range > 800 km; permitted at range 790 km, payload 500 kg; prohibited at range 810 km, ..." */
    static String line(BoxVerdict box) {
        StringBuilder text = new StringBuilder("prohibited where ").append(box.prohibitedWhere());
        box.permitted().ifPresent(w -> text.append("; permitted at ").append(TextReport.inputs(w.spec())));
        box.prohibited().ifPresent(w -> text.append("; prohibited at ").append(TextReport.inputs(w.spec())));
        return text.append(" (witnesses confirmed by the rule base)").toString();
    }
}
