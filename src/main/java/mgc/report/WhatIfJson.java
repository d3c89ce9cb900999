package mgc.report;

import mgc.output.JsonOutput;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;
import mgc.units.Quantity;
import mgc.whatif.BoxVerdict;
import mgc.whatif.Nearest;

/**
 * The JSON of the what-ifs, shared by the JSON and JSON Lines reports: a verdict over a box
 * ({@code box}) and the nearest permitted designs ({@code nearest}), as records written by
 * Jackson databind; {@code NON_NULL} components are left out when absent, other nulls written as null.
 */
final class WhatIfJson {

    private WhatIfJson() {}

    static void box(JsonGenerator json, BoxVerdict box) throws IOException {
        JsonOutput.field(json, "box", BoxJson.of(box));
    }

    static void nearest(JsonGenerator json, Nearest nearest) throws IOException {
        JsonOutput.field(json, "nearest", NearestJson.of(nearest));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BoxJson(String verdict, @JsonProperty("prohibited_where") String prohibitedWhere, List<PartJson> parts,
                   @JsonProperty("permitted_witness") WitnessJson permittedWitness,
                   @JsonProperty("prohibited_witness") WitnessJson prohibitedWitness) {
        static BoxJson of(BoxVerdict box) {
            return new BoxJson(box.decision().id(), box.prohibitedWhere().isEmpty() ? null : box.prohibitedWhere(),
                    box.parts().stream().map(PartJson::of).toList(), box.permitted().map(WitnessJson::of).orElse(null),
                    box.prohibited().map(WitnessJson::of).orElse(null));
        }
    }

    /** A piece of the prohibited part: a range (none: the box's whole range), payload or total impulse above a limit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartJson(String description, BoundsJson range, AboveJson payload, @JsonProperty("total_impulse") AboveJson totalImpulse) {
        static PartJson of(BoxVerdict.Part part) {
            return new PartJson(part.description(), part.range().map(BoundsJson::of).orElse(null),
                    part.payload().map(AboveJson::of).orElse(null), part.totalImpulse().map(AboveJson::of).orElse(null));
        }
    }

    /** {@code to} is null for bounds open above. */
    record BoundsJson(BigDecimal from, @JsonProperty("from_inclusive") boolean fromInclusive, BigDecimal to,
                      @JsonProperty("to_inclusive") boolean toInclusive, String unit) {
        static BoundsJson of(BoxVerdict.Bounds bounds) {
            return new BoundsJson(Numbers.plain(bounds.from()), bounds.fromInclusive(), bounds.to() == null ? null : Numbers.plain(bounds.to()),
                    bounds.toInclusive(), bounds.unit());
        }
    }

    record AboveJson(List<String> limits, boolean inclusive, BigDecimal from, BigDecimal to, String unit) {
        static AboveJson of(BoxVerdict.Above above) {
            return new AboveJson(above.limits(), above.inclusive(), Numbers.plain(above.fromValue()), Numbers.plain(above.toValue()),
                    above.unit());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WitnessJson(@JsonProperty("range_km") BigDecimal rangeKm, @JsonProperty("payload_kg") BigDecimal payloadKg,
                       @JsonProperty("total_impulse_ns") BigDecimal totalImpulseNs, String verdict, List<String> findings, String yaml) {
        static WitnessJson of(BoxVerdict.Witness witness) {
            SystemSpec spec = witness.spec();
            return new WitnessJson(value(spec.range()), value(spec.payload()), value(spec.totalImpulse()),
                    witness.verdict().decision().id(),
                    witness.verdict().findings().stream().map(check -> check.rule() + ": " + check.message()).toList(), witness.yaml());
        }

        private static BigDecimal value(Optional<Quantity> quantity) {
            return quantity.map(q -> Numbers.plain(q.value())).orElse(null);
        }
    }

    record NearestJson(String description, List<ChangeJson> changes, @JsonProperty("no_help") List<String> noHelp) {
        static NearestJson of(Nearest nearest) {
            return new NearestJson(nearest.describe(), nearest.changes().stream().map(ChangeJson::of).toList(), nearest.noHelp());
        }
    }

    /** A change of one field: to a propellant ({@code to} only), or of a number (from, to, inclusive, change, unit). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChangeJson(String field, BigDecimal from, Object to, Boolean inclusive, BigDecimal change, String unit, BoundsJson permitted,
                      String description, String witness) {
        static ChangeJson of(Nearest.Change change) {
            BoundsJson permitted = change.permitted().map(BoundsJson::of).orElse(null);
            if (change.propellant().isPresent()) {
                return new ChangeJson(change.field(), null, change.propellant().get(), null, null, null, permitted, change.description(),
                        change.witness().yaml());
            }
            return new ChangeJson(change.field(), Numbers.plain(change.from()), Numbers.plain(change.to()), change.inclusive(),
                    Numbers.plain(change.delta()), change.unit(), permitted, change.description(), change.witness().yaml());
        }
    }
}
