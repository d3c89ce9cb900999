package mgc.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * The parts of {@code mgc compare --format json} as records, written by Jackson databind into the
 * report's generator. Component order is key order; {@code NON_NULL} components are left out when
 * absent, other nulls written as null.
 */
final class CompareJson {

    private CompareJson() {}

    record TypeJson(String type, String relation, List<RegionJson> regions, List<CounterexampleJson> counterexamples) {
        static TypeJson of(TypeComparison type) {
            return new TypeJson(type.type().id(), type.relation().id(), type.regions().stream().map(RegionJson::of).toList(),
                    type.counterexamples().stream().map(CounterexampleJson::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegionJson(@JsonProperty("permitted-by") String permittedBy, @JsonProperty("prohibited-by") String prohibitedBy,
                      String description, List<Object> range, PayloadJson payload, List<String> propellant,
                      @JsonProperty("total_impulse") List<Object> totalImpulse) {
        static RegionJson of(Region region) {
            return new RegionJson(region.permittedBy(), region.prohibitedBy(), region.description(), spans(region.range(), "km"),
                    region.payload().map(PayloadJson::of).orElse(null), region.propellants().isEmpty() ? null : region.propellants(),
                    spans(region.totalImpulse(), "N*s"));
        }

        /** Each span as {@link SpanJson}, or {@code {"undeclared": true}}; null (left out) for none. */
        private static List<Object> spans(List<Span> spans, String unit) {
            return spans.isEmpty() ? null : spans.stream().map(s -> s.undeclared() ? (Object) new Undeclared(true)
                    : new SpanJson(Numbers.plain(s.lo()), s.loInclusive(), s.hi() == null ? null : Numbers.plain(s.hi()),
                            s.hiInclusive(), unit)).toList();
        }
    }

    record Undeclared(boolean undeclared) {}

    /** {@code to} is null for a span open above. */
    record SpanJson(BigDecimal from, @JsonProperty("from-inclusive") boolean fromInclusive, BigDecimal to,
                    @JsonProperty("to-inclusive") boolean toInclusive, String unit) {}

    /** {@code above} holds the lower limit (inclusive = at least), {@code below} the upper (inclusive = up to); null when open. */
    record PayloadJson(boolean undeclared, BoundJson above, BoundJson below) {
        static PayloadJson of(Region.PayloadBand band) {
            return new PayloadJson(band.undeclared(), band.lower().map(BoundJson::of).orElse(null), band.upper().map(BoundJson::of).orElse(null));
        }
    }

    record BoundJson(List<String> limits, boolean inclusive, List<LimitValueJson> values) {
        static BoundJson of(Region.Bound bound) {
            return new BoundJson(bound.limits(), bound.inclusive(), bound.values().stream()
                    .map(v -> new LimitValueJson(v.rangeKm() == null ? null : Numbers.plain(v.rangeKm()), Numbers.plain(v.payloadKg()))).toList());
        }
    }

    record LimitValueJson(@JsonProperty("range_km") BigDecimal rangeKm, @JsonProperty("payload_kg") BigDecimal payloadKg) {}

    record CounterexampleJson(@JsonProperty("permitted-by") String permittedBy, @JsonProperty("prohibited-by") String prohibitedBy,
                              SpecJson spec, String yaml, boolean confirmed, List<FindingJson> findings) {
        static CounterexampleJson of(Counterexample example) {
            return new CounterexampleJson(example.permittedBy(), example.prohibitedBy(), SpecJson.of(example.spec()), example.yaml(),
                    true, FindingJson.all(example.prohibiting()));
        }
    }

    /** A counterexample as a spec file writes it ({@code "range": "200 km"}): a document {@code mgc check} accepts as it stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SpecJson(String name, String type, String range, String payload, String propellant,
                    @JsonProperty("total_impulse") String totalImpulse) {
        static SpecJson of(SystemSpec spec) {
            return new SpecJson(spec.name(), spec.type().id(), written(spec.range()), written(spec.payload()),
                    spec.propellant().map(p -> p.id()).orElse(null), written(spec.totalImpulse()));
        }

        private static String written(Optional<Quantity> quantity) {
            return quantity.map(q -> Numbers.plain(q.value()).toPlainString() + " " + q.unit()).orElse(null);
        }
    }

    record FindingJson(String revision, String rule, String field, String message) {
        static List<FindingJson> all(Verdict verdict) {
            return verdict.findings().stream().map(FindingJson::of).toList();
        }

        static FindingJson of(TermOutcome check) {
            return new FindingJson(check.revision(), check.rule(), check.field(), check.message());
        }
    }

    record ChangeJson(String file, int line, int column, String system, String type, String from, String to, List<FindingJson> findings,
                      @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("capability_findings") List<FindingJson> capabilityFindings) {
        static ChangeJson of(VerdictChange change) {
            SystemSpec spec = change.spec();
            return new ChangeJson(change.file(), spec.location().line(), spec.location().column(), spec.name(), spec.type().id(),
                    change.fromDecision().id(), change.toDecision().id(), FindingJson.all(change.prohibiting()),
                    change.capability().isEmpty() ? null : change.capabilityWitnesses().stream()
                            .map(w -> new FindingJson(w.check().revision(), w.check().rule(), w.check().field(), w.describe())).toList());
        }
    }
}
