package mgc.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.compare.AnalysisException;
import mgc.compare.Box;
import mgc.compare.BoxCells;
import mgc.compare.RegionAnalysis;
import mgc.compare.Span;
import mgc.compare.SpecText;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.engine.Evaluator;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * Finds, for a system a revision prohibits, the smallest change of each field alone that makes
 * it permitted. Exact: the field is freed (every value it can take, the others as declared)
 * and the region analysis cuts that line into cells on which the verdict is constant; the
 * permitted cell nearest the declared value gives the change, and its end (limits are
 * inclusive, so usually the limit itself) is written as a spec and run through the rule base.
 */
public final class NearestDesign {

    // Payload first: less payload at the same range is the usual fix, and the issue states it so.
    private static final List<String> AXES = List.of("payload", "range", "total_impulse");

    private final Evaluator evaluator;

    public NearestDesign(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** For a system of point values under the evaluator's revision at {@code index}. */
    public Nearest find(SystemSpec spec, int index) throws AnalysisException {
        if (spec.uncertain()) {
            throw new IllegalArgumentException("the nearest design is found for point figures");
        }
        Revision revision = evaluator.revisions().get(index);
        List<Nearest.Change> changes = new ArrayList<>();
        List<String> noHelp = new ArrayList<>();
        for (String axis : AXES) {
            Optional<Double> declared = value(spec, axis);
            if (declared.isEmpty()) {
                continue;
            }
            Optional<Nearest.Change> change = along(spec, revision, index, axis, declared.get());
            if (change.isPresent()) {
                changes.add(change.get());
            } else {
                noHelp.add(words(axis));
            }
        }
        if (spec.propellant().isPresent()) {
            Optional<Nearest.Change> change = propellant(spec, index);
            if (change.isPresent()) {
                changes.add(change.get());
            } else {
                noHelp.add("propellant");
            }
        }
        return new Nearest(revision.id(), changes, noHelp);
    }

    private Optional<Nearest.Change> along(SystemSpec spec, Revision revision, int index, String axis, double declared)
            throws AnalysisException {
        Box line = Box.of(spec).free(axis);
        BoxCells cells = new RegionAnalysis(evaluator, revision, revision).within(line);
        List<Span> spans = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (BoxCells.Cell cell : cells.cells()) {
            Span span = axis.equals("range") ? cell.range() : axis.equals("payload") ? cell.payload() : cell.totalImpulse();
            if (!span.undeclared()) {
                spans.add(span);
                decisions.add(cell.decision());
            }
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        double target = Double.NaN;
        boolean inclusive = false;
        for (int i = 0; i < spans.size(); i++) {
            if (decisions.get(i) != Decision.PERMITTED) {
                continue;
            }
            Span span = spans.get(i);
            double end;
            boolean closed;
            if (span.hi() != null && span.hi() <= declared) {
                end = span.hi();
                closed = span.hiInclusive();
            } else if (span.lo() >= declared) {
                end = span.lo();
                closed = span.loInclusive();
            } else {
                continue;
            }
            double distance = Math.abs(end - declared);
            // At one distance a bound that is itself permitted wins (the limit, rather than the open
            // cell below it); then a decrease: less of a thing is the usual fix.
            boolean better = distance < bestDistance
                    || (distance == bestDistance && closed && !inclusive)
                    || (distance == bestDistance && closed == inclusive && end < target);
            if (better) {
                best = i;
                bestDistance = distance;
                target = end;
                inclusive = closed;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        int low = best;
        while (low > 0 && decisions.get(low - 1) == Decision.PERMITTED) {
            low--;
        }
        int high = best;
        while (high + 1 < spans.size() && decisions.get(high + 1) == Decision.PERMITTED) {
            high++;
        }
        Span permitted = new Span(spans.get(low).lo(), spans.get(low).loInclusive(), spans.get(high).hi(), spans.get(high).hiInclusive(), false);
        double witnessValue = inclusive ? target : spans.get(best).isPoint() ? target
                : mgc.compare.Box.free(spans.get(best));
        BoxVerdict.Witness witness = confirm(spec, index, axis, witnessValue);
        String unit = unit(axis);
        String range = BoxText.describe(words(axis), unit, permitted);
        String others = others(spec, axis);
        String delta = (target >= declared ? "+" : "-") + Numbers.format(Math.abs(target - declared)) + " " + unit
                + (inclusive ? "" : ", the bound itself excluded");
        String description = range + (others.isEmpty() ? "" : " at " + others) + " (" + delta + ")";
        return Optional.of(new Nearest.Change(axis, unit, declared, target, inclusive, Optional.empty(),
                Optional.of(new BoxVerdict.Bounds(permitted.lo(), permitted.loInclusive(), permitted.hi(), permitted.hiInclusive(), unit)),
                others, description, witness));
    }

    private Optional<Nearest.Change> propellant(SystemSpec spec, int index) throws AnalysisException {
        for (Propellant other : Propellant.values()) {
            if (other == spec.propellant().orElseThrow()) {
                continue;
            }
            SpecText text = SpecText.of(spec.name() + " with " + other.id() + " propellant", spec.type(), number(spec.range()),
                    number(spec.payload()), other, number(spec.totalImpulse()));
            Verdict verdict = evaluator.evaluate(text.spec()).get(index);
            if (verdict.decision() == Decision.PERMITTED) {
                return Optional.of(new Nearest.Change("propellant", "", null, null, true, Optional.of(other.id()), Optional.empty(),
                        "", other.id() + " propellant (not " + spec.propellant().get().id() + ")",
                        new BoxVerdict.Witness(text.yaml(), text.spec(), verdict)));
            }
        }
        return Optional.empty();
    }

    private BoxVerdict.Witness confirm(SystemSpec spec, int index, String axis, double value) throws AnalysisException {
        Double range = axis.equals("range") ? Double.valueOf(value) : number(spec.range());
        Double payload = axis.equals("payload") ? Double.valueOf(value) : number(spec.payload());
        Double impulse = axis.equals("total_impulse") ? Double.valueOf(value) : number(spec.totalImpulse());
        SpecText text = SpecText.of(spec.name() + " with " + words(axis) + " " + Numbers.format(value) + " " + unit(axis),
                spec.type(), range, payload, spec.propellant().orElse(null), impulse);
        Verdict verdict = evaluator.evaluate(text.spec()).get(index);
        if (verdict.decision() != Decision.PERMITTED) {
            throw new AnalysisException("the rule base does not confirm the nearest design of " + spec.name() + ":\n" + text.yaml());
        }
        return new BoxVerdict.Witness(text.yaml(), text.spec(), verdict);
    }

    private static Optional<Double> value(SystemSpec spec, String axis) {
        return switch (axis) {
            case "range" -> spec.range().map(q -> q.value());
            case "payload" -> spec.payload().map(q -> q.value());
            default -> spec.totalImpulse().map(q -> q.value());
        };
    }

    private static Double number(Optional<mgc.units.Quantity> quantity) {
        return quantity.map(mgc.units.Quantity::value).orElse(null);
    }

    /** The other declared numbers, in words: "575 km", "900 kg". */
    private static String others(SystemSpec spec, String axis) {
        List<String> parts = new ArrayList<>();
        for (String other : AXES) {
            if (!other.equals(axis)) {
                value(spec, other).ifPresent(v -> parts.add(Numbers.format(v) + " " + unit(other)));
            }
        }
        return String.join(", ", parts);
    }

    static String unit(String axis) {
        return switch (axis) {
            case "range" -> "km";
            case "payload" -> "kg";
            default -> "N*s";
        };
    }

    static String words(String axis) {
        return axis.equals("total_impulse") ? "total impulse" : axis;
    }
}
