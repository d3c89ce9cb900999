package mgc.capability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import mgc.capability.flight.FlightModel;
import mgc.capability.flight.FlightVehicles;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.Verdict;
import mgc.revision.Breakpoints;
import mgc.revision.Revision;
import mgc.spec.Staging;
import mgc.spec.SystemSpec;
import mgc.units.Dimension;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * Judges a system by what its stages can do, not only by what is declared. The range-payload
 * curve is built from the stages; each configuration on it is turned into a system with that
 * range and payload and checked by the same {@link Evaluator} (the real rule base) as any
 * declared system. A revision prohibits the system when it prohibits any configuration.
 *
 * <p>Which configurations: no payload, the heaviest useful payload, the declared payload, every
 * payload a term names, the heaviest payload to every range a term names, the midpoints between
 * those, and evenly spaced samples. Limits are straight lines or steps between their breakpoints,
 * so a crossing of the curve is found at a breakpoint or between two of them; a bulge of the curve
 * past one straight segment that is narrower than the sampling is the one case that can be missed.
 *
 * <p>Usage from any command: {@code new CapabilityAssessment(options).evaluate(spec, evaluator)}.
 */
public final class CapabilityAssessment {

    private static final Comparator<Configuration> WITNESS_ORDER = Comparator
            .comparing((Configuration c) -> c.origin().ordinal())
            .thenComparing(c -> -c.point().payloadKg())
            .thenComparing(c -> -c.point().rangeKm());

    private final CapabilityOptions options;

    public CapabilityAssessment(CapabilityOptions options) {
        this.options = options;
    }

    public static CapabilityAssessment withDefaults() {
        return new CapabilityAssessment(CapabilityOptions.defaults());
    }

    public CapabilityOptions options() {
        return options;
    }

    /** Assesses one system against every revision the evaluator holds. */
    public CapabilityResult evaluate(SystemSpec spec, Evaluator evaluator) {
        if (spec.staging().isEmpty()) {
            return new CapabilityResult(Optional.empty(),
                    List.of("no stages given: capability not assessed; the MTCR category is judged from the declared point"),
                    List.of(), Optional.empty(), MtcrCategory.ofDeclared(spec, options.boundary()), List.of(), Optional.empty(), Optional.empty());
        }
        Staging staging = spec.staging().get();
        CapabilityCurve curve = new CapabilityCurve(model(staging), options.usefulRangeKm());
        StageImpulse impulse = StageImpulse.of(spec, staging, options.threshold());
        Optional<DeclaredRangeShortfall> declared = DeclaredRangeShortfall.of(spec, curve, options.threshold());
        MtcrCategory.Classification mtcr = MtcrCategory.of(curve, options.boundary());
        List<CapabilityVerdict> verdicts = List.of();
        int checked = 0;
        if (options.checkCurve()) {
            List<Configuration> configurations = configurations(spec, curve, Breakpoints.of(evaluator.revisions(), spec.type()));
            checked = configurations.size();
            verdicts = check(withImpulse(spec, impulse), configurations, evaluator);
        }
        List<CurvePoint> summary = summary(spec, curve);
        boolean orbital = summary.stream().anyMatch(CurvePoint::orbital);
        return new CapabilityResult(Optional.of(curve), assumptions(curve, orbital, checked), summary, declared, mtcr, verdicts,
                spec.payload().map(p -> curve.at(p.value())), Optional.of(impulse));
    }

    /** The flight model when every stage has a burn time and the diameter is given, else the burnout model. */
    public static RangeModel model(Staging staging) {
        if (staging.flightModel()) {
            return new FlightModel(FlightVehicles.of(staging));
        }
        double losses = staging.losses().map(Quantity::value).orElse(CapabilityOptions.DEFAULT_LOSSES_MS);
        return new BurnoutModel(RocketEquation.of(staging, losses), staging.losses().isPresent());
    }

    /** The configurations to check, sorted by payload, without repeats. */
    List<Configuration> configurations(SystemSpec spec, CapabilityCurve curve, Breakpoints breakpoints) {
        Map<List<Double>, Configuration> byPoint = new TreeMap<>(Comparator.<List<Double>, Double>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)));
        double most = curve.maxPayloadKg();
        add(byPoint, new Configuration(curve.at(0), Configuration.Origin.END));
        add(byPoint, new Configuration(curve.at(most), Configuration.Origin.END));
        spec.payload().ifPresent(p -> add(byPoint, new Configuration(curve.at(p.value()), Configuration.Origin.DECLARED)));
        for (double payload : breakpoints.payloadsKg()) {
            if (payload <= most) {
                add(byPoint, new Configuration(curve.at(payload), Configuration.Origin.PAYLOAD_BREAKPOINT));
            }
        }
        for (double range : breakpoints.rangesKm()) {
            if (!(range > 0)) {
                continue; // every flight is beyond a range of 0: the other configurations cover it
            }
            OptionalDouble payload = curve.payloadTo(range);
            if (payload.isPresent() && payload.getAsDouble() <= most) {
                // The heaviest payload that reaches the range, flown exactly that far: flying shorter is always possible.
                add(byPoint, new Configuration(new CurvePoint(payload.getAsDouble(), range, false), Configuration.Origin.RANGE_BREAKPOINT));
            }
        }
        List<Double> anchors = byPoint.keySet().stream().map(k -> k.get(0)).distinct().sorted().toList();
        for (int i = 1; i < anchors.size(); i++) {
            add(byPoint, new Configuration(curve.at((anchors.get(i - 1) + anchors.get(i)) / 2), Configuration.Origin.SAMPLE));
        }
        for (CurvePoint point : curve.sample(options.samples())) {
            add(byPoint, new Configuration(point, Configuration.Origin.SAMPLE));
        }
        return List.copyOf(byPoint.values());
    }

    private static void add(Map<List<Double>, Configuration> byPoint, Configuration configuration) {
        List<Double> key = List.of(configuration.point().payloadKg(), configuration.point().rangeKm());
        Configuration existing = byPoint.get(key);
        if (existing == null || configuration.origin().ordinal() < existing.origin().ordinal()) {
            byPoint.put(key, configuration);
        }
    }

    private static List<CapabilityVerdict> check(SystemSpec spec, List<Configuration> configurations, Evaluator evaluator) {
        List<Revision> revisions = evaluator.revisions();
        List<Map<String, Witness>> byRevision = new ArrayList<>();
        revisions.forEach(r -> byRevision.add(new TreeMap<>()));
        for (Configuration configuration : configurations) {
            List<Verdict> verdicts = evaluator.evaluate(configured(spec, configuration.point()));
            for (int i = 0; i < verdicts.size(); i++) {
                Map<String, Witness> witnesses = byRevision.get(i);
                for (TermOutcome finding : verdicts.get(i).findings()) {
                    Witness best = witnesses.get(finding.rule());
                    if (best == null || WITNESS_ORDER.compare(configuration, best.configuration()) < 0) {
                        witnesses.put(finding.rule(), new Witness(configuration, finding));
                    }
                }
            }
        }
        List<CapabilityVerdict> verdicts = new ArrayList<>(revisions.size());
        for (int i = 0; i < revisions.size(); i++) {
            List<Witness> witnesses = List.copyOf(byRevision.get(i).values());
            verdicts.add(new CapabilityVerdict(revisions.get(i), witnesses.isEmpty() ? Decision.PERMITTED : Decision.PROHIBITED,
                    witnesses, configurations.size()));
        }
        return verdicts;
    }

    /** The system with the larger of its declared and its stages' total impulse, for the impulse caps. */
    static SystemSpec withImpulse(SystemSpec spec, StageImpulse impulse) {
        if (spec.intervals().containsKey("total_impulse")) {
            return spec; // an uncertain impulse is checked over its interval by the what-if paths, not here
        }
        return new SystemSpec(spec.name(), spec.type(), spec.range(), spec.payload(), spec.propellant(),
                Optional.of(Quantity.of(Dimension.IMPULSE, impulse.checkedNs())), spec.location(), spec.fieldLocations(),
                spec.staging(), spec.intervals());
    }

    /** The system flown in one configuration: the same system with that range and payload declared. */
    static SystemSpec configured(SystemSpec spec, CurvePoint point) {
        return new SystemSpec(spec.name(), spec.type(), Optional.of(Quantity.of(Dimension.LENGTH, point.rangeKm())),
                Optional.of(Quantity.of(Dimension.MASS, point.payloadKg())), spec.propellant(), spec.totalImpulse(),
                spec.location(), spec.fieldLocations());
    }

    /** A few points for the report: the ends, quarters, the MTCR payload and the declared payload. */
    private static List<CurvePoint> summary(SystemSpec spec, CapabilityCurve curve) {
        Map<Double, CurvePoint> points = new TreeMap<>();
        double most = curve.maxPayloadKg();
        for (int quarter = 0; quarter <= 4; quarter++) {
            double payload = quarter == 4 ? most : most * quarter / 4;
            points.put(payload, curve.at(payload));
        }
        if (MtcrCategory.PAYLOAD_KG <= most) {
            points.put(MtcrCategory.PAYLOAD_KG, curve.at(MtcrCategory.PAYLOAD_KG));
        }
        spec.payload().ifPresent(p -> points.put(p.value(), curve.at(p.value())));
        return List.copyOf(points.values());
    }

    private List<String> assumptions(CapabilityCurve curve, boolean orbital, int checked) {
        List<String> lines = new ArrayList<>(curve.model().assumptions());
        lines.add("capability: every payload from 0 kg to " + Numbers.format(curve.maxPayloadKg())
                + " kg, the most that reaches the useful range of " + Numbers.format(curve.usefulRangeKm())
                + " km (--useful-range); less payload, or a shorter flight, is always possible, so the curve is the limit"
                + (curve.reachesUsefulRange() ? "" : "; the stages do not reach the useful range even with no payload, so only the no-payload flight is checked"));
        if (orbital) {
            lines.add("orbital speed: no finite ballistic range; such a configuration is taken to reach "
                    + Numbers.format(BallisticRange.HALF_CIRCUMFERENCE_KM) + " km, half the circumference (anywhere on Earth)");
        }
        if (checked > 0) {
            lines.add("checked: " + checked + " configurations through the rule base (ends, declared payload, every range and payload"
                    + " the revisions' terms name, midpoints, " + (options.samples() + 1) + " evenly spaced samples)");
        }
        if (curve.model() instanceof BurnoutModel) {
            lines.add("not modelled: thrust and acceleration limits, structural limits, guidance, lofted or depressed trajectories,"
                    + " Earth's rotation, burnout altitude");
        }
        return lines;
    }
}
