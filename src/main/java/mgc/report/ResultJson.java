package mgc.report;

import mgc.output.JsonOutput;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mgc.capability.CapabilityResult;
import mgc.capability.CapabilityVerdict;
import mgc.capability.CurvePoint;
import mgc.capability.DeclaredRangeShortfall;
import mgc.capability.MtcrCategory;
import mgc.capability.StageImpulse;
import mgc.capability.Witness;
import mgc.engine.TermOutcome;
import mgc.engine.TraceStep;
import mgc.engine.Verdict;
import mgc.spec.Interval;
import mgc.spec.Stage;
import mgc.spec.Staging;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * The parts of a {@code --format json} result as records, written by Jackson databind into the
 * report's generator ({@link JsonOutput#field}). Component order is key order; a component marked
 * {@code NON_NULL} is left out when absent, any other null is written as null.
 */
final class ResultJson {


    private ResultJson() {}

    /** A declared figure: {@code {"value": 800, "unit": "km", "written": "800 km"}}. */
    record QuantityJson(BigDecimal value, String unit, String written) {
        static QuantityJson of(Optional<Quantity> quantity, String unit) {
            return quantity.map(q -> new QuantityJson(Numbers.plain(q.value()), unit, q.written())).orElse(null);
        }
    }

    /** An uncertain figure: {@code {"min": 780, "max": 820, "unit": "km", "written": "780..820 km"}}. */
    record IntervalJson(BigDecimal min, BigDecimal max, String unit, String written) {
        static IntervalJson of(Optional<Interval> interval, String unit) {
            return interval.map(i -> new IntervalJson(Numbers.plain(i.min().value()), Numbers.plain(i.max().value()), unit,
                    i.min().written() + ".." + i.max().written())).orElse(null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StageJson(@JsonProperty("gross_mass") QuantityJson grossMass, @JsonProperty("propellant_mass") QuantityJson propellantMass,
                     QuantityJson isp, @JsonProperty("burn_time") QuantityJson burnTime, @JsonProperty("vacuum_isp") QuantityJson vacuumIsp) {
        static StageJson of(Stage stage) {
            return new StageJson(QuantityJson.of(Optional.of(stage.grossMass()), "kg"), QuantityJson.of(Optional.of(stage.propellantMass()), "kg"),
                    QuantityJson.of(Optional.of(stage.isp()), "s"), QuantityJson.of(stage.burnTime(), "s"), QuantityJson.of(stage.vacuumIsp(), "s"));
        }
    }

    /** What the spec declared; a figure given as an interval takes its place. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Inputs(Object range, Object payload, String propellant, @JsonProperty("total_impulse") Object totalImpulse,
                  List<StageJson> stages, QuantityJson losses, @JsonProperty("diameter_m") BigDecimal diameterM,
                  @JsonProperty("drag_coefficient") BigDecimal dragCoefficient) {
        static Inputs of(SystemSpec spec) {
            Optional<Staging> staging = spec.staging();
            return new Inputs(figure(spec, "range", "km", spec.range()), figure(spec, "payload", "kg", spec.payload()),
                    spec.propellant().map(p -> p.id()).orElse(null), figure(spec, "total_impulse", "N*s", spec.totalImpulse()),
                    staging.map(s -> s.stages().stream().map(StageJson::of).toList()).orElse(null),
                    staging.map(s -> QuantityJson.of(s.losses(), "m/s")).orElse(null),
                    staging.flatMap(Staging::diameterM).map(Numbers::plain).orElse(null),
                    staging.flatMap(Staging::dragCoefficient).map(Numbers::plain).orElse(null));
        }

        private static Object figure(SystemSpec spec, String field, String unit, Optional<Quantity> declared) {
            QuantityJson quantity = QuantityJson.of(declared, unit);
            return quantity != null ? quantity : IntervalJson.of(spec.interval(field), unit);
        }
    }

    /** One check of a term: {@code actual} is null when undeclared, {@code margin} when not computed. */
    record CheckJson(String rule, String field, BigDecimal actual, BigDecimal limit, String unit, BigDecimal margin, boolean violated,
                     boolean interpolated, String basis, String source, @JsonInclude(JsonInclude.Include.NON_NULL) String reading,
                     String message) {
        static CheckJson of(TermOutcome check) {
            return new CheckJson(check.rule(), check.field(), check.actual() == null ? null : Numbers.plain(check.actual()),
                    Numbers.plain(check.limit()), check.unit(), check.margin() == null ? null : Numbers.plain(check.margin()),
                    check.violated(), check.interpolated(), check.basis(), check.source(), check.reading().orElse(null), check.message());
        }

        static List<CheckJson> all(List<TermOutcome> checks) {
            return checks.stream().map(CheckJson::of).toList();
        }
    }

    /** The rule engine's steps for one revision (--explain). */
    record TraceJson(String step, String rule, String ruleId, List<String> facts, List<String> recorded) {
        static List<TraceJson> of(List<TraceStep> steps) {
            return steps.stream().map(s -> new TraceJson(s.kind().word(), s.rule(), s.ruleId(), s.facts(), s.outcome())).toList();
        }
    }

    record PointJson(@JsonProperty("payload_kg") BigDecimal payloadKg, @JsonProperty("range_km") BigDecimal rangeKm, boolean orbital) {
        static PointJson of(CurvePoint point) {
            return new PointJson(Numbers.plain(point.payloadKg()), Numbers.plain(point.rangeKm()), point.orbital());
        }
    }

    record WitnessJson(@JsonProperty("payload_kg") BigDecimal payloadKg, @JsonProperty("range_km") BigDecimal rangeKm, boolean orbital,
                       String origin, String description, CheckJson check) {
        static WitnessJson of(Witness witness) {
            PointJson point = PointJson.of(witness.configuration().point());
            return new WitnessJson(point.payloadKg(), point.rangeKm(), point.orbital(),
                    witness.configuration().origin().name().toLowerCase(Locale.ROOT), witness.describe(), CheckJson.of(witness.check()));
        }
    }

    record MtcrJson(String category, String boundary, String deciding, @JsonProperty("from_stages") boolean fromStages) {}

    record DeclaredPointJson(@JsonProperty("payload_kg") BigDecimal payloadKg, @JsonProperty("declared_range_km") BigDecimal declaredRangeKm,
                             @JsonProperty("capable_range_km") BigDecimal capableRangeKm, boolean orbital,
                             @JsonProperty("shortfall_fraction") BigDecimal shortfallFraction,
                             @JsonProperty("threshold_fraction") BigDecimal thresholdFraction, boolean flagged, String message) {
        static DeclaredPointJson of(DeclaredRangeShortfall point) {
            return new DeclaredPointJson(Numbers.plain(point.payloadKg()), Numbers.plain(point.declaredRangeKm()),
                    Numbers.plain(point.capable().rangeKm()), point.capable().orbital(), Numbers.plain(point.shortfall()),
                    Numbers.plain(point.threshold()), point.flagged(), point.describe());
        }
    }

    record ImpulseJson(@JsonProperty("stages_ns") BigDecimal stagesNs,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("declared_ns") BigDecimal declaredNs,
                       @JsonProperty("checked_ns") BigDecimal checkedNs, boolean flagged, String message) {
        static ImpulseJson of(StageImpulse impulse) {
            return new ImpulseJson(Numbers.plain(impulse.derivedNs()), impulse.declaredNs().map(Numbers::plain).orElse(null),
                    Numbers.plain(impulse.checkedNs()), impulse.flagged(), impulse.describe());
        }
    }

    /** The capability assessment under one revision; the verdict's three keys only when the revision was assessed. */
    record CapabilityJson(@JsonProperty("declared_verdict") String declaredVerdict, String model,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("range_at_declared_payload_km") BigDecimal rangeAtDeclaredPayloadKm,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String verdict,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("configurations_checked") Integer configurationsChecked,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<WitnessJson> findings, MtcrJson mtcr,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("declared_point") DeclaredPointJson declaredPoint,
                          @JsonInclude(JsonInclude.Include.NON_NULL) ImpulseJson impulse, List<PointJson> curve, List<String> assumptions) {
        static CapabilityJson of(CapabilityResult capability, Verdict declared) {
            Optional<CapabilityVerdict> verdict = capability.verdictFor(declared.revision().id());
            MtcrCategory.Classification mtcr = capability.mtcr();
            return new CapabilityJson(declared.decision().id(), capability.model(),
                    capability.atDeclaredPayload().map(p -> Numbers.plain(p.rangeKm())).orElse(null),
                    verdict.map(v -> v.decision().id()).orElse(null), verdict.map(CapabilityVerdict::configurationsChecked).orElse(null),
                    verdict.map(v -> v.witnesses().stream().map(WitnessJson::of).toList()).orElse(null),
                    new MtcrJson(mtcr.category().label(), mtcr.boundary().id(), mtcr.deciding(), mtcr.fromStages()),
                    capability.declared().map(DeclaredPointJson::of).orElse(null), capability.impulse().map(ImpulseJson::of).orElse(null),
                    capability.summary().stream().map(PointJson::of).toList(), capability.assumptions());
        }
    }
}
