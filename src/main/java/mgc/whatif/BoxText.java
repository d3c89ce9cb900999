package mgc.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mgc.compare.Box;
import mgc.compare.BoxCells;
import mgc.compare.Span;
import mgc.engine.Decision;
import mgc.units.Numbers;

/**
 * The prohibited part of a box in words and conditions, e.g. "range > 800 km" or "payload >
 * the 2012 trade-off limit (1,000 kg at 500 km to 875 kg at 575 km)". The range cells of the
 * analysis are taken in order; on each, the prohibited payloads (or impulses) are described as
 * all of them or those above a limit; neighbouring range cells with the same condition are
 * joined. A bound that is the box's own edge is left out: the box already says it.
 */
final class BoxText {

    private static final String BOX_EDGE = "(box)";

    private static final Map<String, String> LIMIT_WORDS = Map.of(
            "MG-TRADEOFF", "trade-off limit",
            "MG-PAYLOAD", "payload cap",
            "MG-PAYLOAD-BEYOND-RANGE", "payload cap beyond its range threshold");

    private BoxText() {}

    /** What is prohibited on one range cell: everything, nothing, what lies above a limit, or a list. */
    private record Condition(String kind, List<String> limits, boolean inclusive, Double impulse, List<String> other) {
        static final Condition ALL = new Condition("all", List.of(), false, null, List.of());
        static final Condition NONE = new Condition("none", List.of(), false, null, List.of());
    }

    private record Group(Condition condition, List<List<BoxCells.Cell>> rangeCells) {}

    static List<BoxVerdict.Part> prohibitedParts(BoxCells cells) {
        List<List<BoxCells.Cell>> byRange = new ArrayList<>();
        for (BoxCells.Cell cell : cells.cells()) {
            if (byRange.isEmpty() || byRange.get(byRange.size() - 1).get(0).rangeCell() != cell.rangeCell()) {
                byRange.add(new ArrayList<>());
            }
            byRange.get(byRange.size() - 1).add(cell);
        }
        List<Group> groups = new ArrayList<>();
        for (List<BoxCells.Cell> rangeCell : byRange) {
            Condition condition = condition(rangeCell);
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.condition().equals(condition)) {
                last.rangeCells().add(rangeCell);
            } else {
                List<List<BoxCells.Cell>> list = new ArrayList<>();
                list.add(rangeCell);
                groups.add(new Group(condition, list));
            }
        }
        List<BoxVerdict.Part> parts = new ArrayList<>();
        for (Group group : groups) {
            if (!group.condition().kind().equals("none")) {
                parts.add(part(cells.box(), group));
            }
        }
        return parts;
    }

    private static Condition condition(List<BoxCells.Cell> cells) {
        boolean all = cells.stream().allMatch(c -> c.decision() == Decision.PROHIBITED);
        boolean none = cells.stream().noneMatch(c -> c.decision() == Decision.PROHIBITED);
        if (all) {
            return Condition.ALL;
        }
        if (none) {
            return Condition.NONE;
        }
        boolean oneImpulse = cells.stream().map(BoxCells.Cell::totalImpulse).distinct().count() == 1;
        boolean onePayload = cells.stream().map(BoxCells.Cell::payload).distinct().count() == 1;
        int first = tail(cells);
        if (first >= 0 && oneImpulse) {
            BoxCells.Cell at = cells.get(first);
            List<String> limits = at.payloadBelow().stream().filter(l -> !l.startsWith(BOX_EDGE)).toList();
            return new Condition("payload", limits, at.payload().isPoint(), null, List.of());
        }
        if (first >= 0 && onePayload) {
            BoxCells.Cell at = cells.get(first);
            return new Condition("impulse", List.of(), at.totalImpulse().isPoint(), at.totalImpulse().lo(), List.of());
        }
        List<String> other = new ArrayList<>();
        for (BoxCells.Cell cell : cells) {
            if (cell.decision() == Decision.PROHIBITED) {
                other.add(describe("payload", "kg", cell.payload()) + " and " + describe("total impulse", "N*s", cell.totalImpulse()));
            }
        }
        return new Condition("other", List.of(), false, null, other);
    }

    /** The index from which every cell is prohibited and before which none is; -1 when the cells are not so. */
    private static int tail(List<BoxCells.Cell> cells) {
        int first = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).decision() == Decision.PROHIBITED) {
                if (first < 0) {
                    first = i;
                }
            } else if (first >= 0) {
                return -1;
            }
        }
        return first;
    }

    private static BoxVerdict.Part part(Box box, Group group) {
        List<BoxCells.Cell> firstCell = group.rangeCells().get(0);
        List<BoxCells.Cell> lastCell = group.rangeCells().get(group.rangeCells().size() - 1);
        Span low = firstCell.get(0).range();
        Span high = lastCell.get(0).range();
        List<String> words = new ArrayList<>();
        Optional<BoxVerdict.Bounds> range = Optional.empty();
        if (!low.undeclared() && !box.range().undeclared()) {
            boolean lowEdge = low.lo() == box.range().lo() && low.loInclusive() == box.range().loInclusive();
            boolean highEdge = Objects.equals(high.hi(), box.range().hi()) && high.hiInclusive() == box.range().hiInclusive();
            if (!lowEdge || !highEdge) {
                Span joined = new Span(low.lo(), low.loInclusive(), high.hi(), high.hiInclusive(), false);
                range = Optional.of(new BoxVerdict.Bounds(joined.lo(), joined.loInclusive(), joined.hi(), joined.hiInclusive(), "km"));
                Span shown = new Span(lowEdge ? 0 : joined.lo(), !lowEdge && joined.loInclusive(), highEdge ? null : joined.hi(),
                        !highEdge && joined.hiInclusive(), false);
                words.add(describe("range", "km", shown));
            }
        }
        Condition condition = group.condition();
        Optional<BoxVerdict.Above> payload = Optional.empty();
        Optional<BoxVerdict.Above> impulse = Optional.empty();
        switch (condition.kind()) {
            case "payload" -> {
                String label = condition.limits().isEmpty() ? null : condition.limits().get(0);
                double[] lowEnds = label == null ? null : firstCell.get(0).limitsAtEnds().get(label);
                double[] highEnds = label == null ? null : lastCell.get(0).limitsAtEnds().get(label);
                double from = lowEnds != null ? lowEnds[0] : firstCell.stream().filter(c -> c.decision() == Decision.PROHIBITED)
                        .findFirst().map(c -> c.payload().lo()).orElseThrow();
                double to = highEnds != null ? highEnds[1] : from;
                payload = Optional.of(new BoxVerdict.Above(condition.limits(), condition.inclusive(), from, to, "kg"));
                String sign = condition.inclusive() ? " >= " : " > ";
                if (close(from, to)) {
                    words.add("payload" + sign + Numbers.format(from) + " kg" + (condition.limits().isEmpty() ? ""
                            : " (" + String.join(" = ", condition.limits().stream().map(BoxText::limitName).toList()) + ")"));
                } else {
                    words.add("payload" + sign + String.join(" = ", condition.limits().stream().map(BoxText::limitName).toList())
                            + " (" + Numbers.format(from) + " kg at " + Numbers.format(low.lo()) + " km to " + Numbers.format(to)
                            + " kg at " + Numbers.format(high.hi()) + " km)");
                }
            }
            case "impulse" -> {
                impulse = Optional.of(new BoxVerdict.Above(List.of(), condition.inclusive(), condition.impulse(), condition.impulse(), "N*s"));
                words.add("total impulse" + (condition.inclusive() ? " >= " : " > ") + Numbers.format(condition.impulse()) + " N*s ("
                        + Numbers.format(condition.impulse() / 4.4482216152605) + " lbf*s)");
            }
            case "other" -> words.add("(" + String.join(" or ", condition.other()) + ")");
            default -> {
                // every payload of the box at these ranges: the range condition says it all
            }
        }
        if (words.isEmpty()) {
            words.add("every point of the box");
        }
        return new BoxVerdict.Part(String.join(" and ", words), range, payload, impulse);
    }

    /** A set of values in words; a low end of 0 is the least value a field takes and is left out. */
    static String describe(String field, String unit, Span span) {
        if (span.undeclared()) {
            return field + " not declared";
        }
        if (span.isPoint()) {
            return field + " = " + Numbers.format(span.lo()) + " " + unit;
        }
        boolean lower = span.lo() != 0;
        if (!lower && span.hi() == null) {
            return "any " + field;
        }
        if (!lower) {
            return field + (span.hiInclusive() ? " <= " : " < ") + Numbers.format(span.hi()) + " " + unit;
        }
        if (span.hi() == null) {
            return field + (span.loInclusive() ? " >= " : " > ") + Numbers.format(span.lo()) + " " + unit;
        }
        return Numbers.format(span.lo()) + " " + unit + (span.loInclusive() ? " <= " : " < ") + field
                + (span.hiInclusive() ? " <= " : " < ") + Numbers.format(span.hi()) + " " + unit;
    }

    static String limitName(String label) {
        int space = label.lastIndexOf(' ');
        String rule = label.substring(space + 1);
        return "the " + label.substring(0, space) + " " + LIMIT_WORDS.getOrDefault(rule, rule + " limit");
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
