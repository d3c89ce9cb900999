package mgc.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import mgc.document.Location;
import mgc.revision.ImpulseCap;
import mgc.revision.PayloadCap;
import mgc.revision.PayloadCapBeyondRange;
import mgc.revision.PayloadTradeoff;
import mgc.revision.RangeCap;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.Propellant;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Quantity;

/**
 * Random systems for property tests. Values cluster at the limits the revisions actually use
 * (exactly on them and just either side), since that is where a rule base goes wrong, and
 * spread log-uniformly elsewhere.
 */
final class Systems {

    private final double[] ranges;
    private final double[] payloads;
    private final double[] impulses;

    Systems(List<Revision> revisions) {
        TreeSet<Double> r = new TreeSet<>(List.of(1.0, 100.0, 1000.0));
        TreeSet<Double> p = new TreeSet<>(List.of(0.0, 1.0, 100.0));
        TreeSet<Double> i = new TreeSet<>(List.of(0.0, 1e6));
        for (Revision revision : revisions) {
            for (SystemType type : SystemType.values()) {
                for (Term term : revision.termsFor(type)) {
                    if (term instanceof RangeCap t) {
                        r.add(t.max().value());
                    } else if (term instanceof PayloadCap t) {
                        p.add(t.max().value());
                    } else if (term instanceof PayloadTradeoff t) {
                        t.points().forEach(point -> {
                            r.add(point.range().value());
                            p.add(point.payload().value());
                        });
                    } else if (term instanceof PayloadCapBeyondRange t) {
                        r.add(t.threshold().value());
                        p.add(t.max().value());
                    } else if (term instanceof ImpulseCap t) {
                        i.add(t.max().value());
                    }
                }
            }
        }
        ranges = r.stream().mapToDouble(Double::doubleValue).toArray();
        payloads = p.stream().mapToDouble(Double::doubleValue).toArray();
        impulses = i.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One of the limits the revisions use, exactly. */
    double rangeLimit(Random random) {
        return ranges[random.nextInt(ranges.length)];
    }

    double payloadLimit(Random random) {
        return payloads[random.nextInt(payloads.length)];
    }

    double range(Random random) {
        return Math.max(1e-3, value(random, ranges, 20_000));
    }

    double payload(Random random) {
        return value(random, payloads, 50_000);
    }

    double impulse(Random random) {
        return value(random, impulses, 1e8);
    }

    private static double value(Random random, double[] limits, double max) {
        int pick = random.nextInt(10);
        if (pick < 6) {
            double limit = limits[random.nextInt(limits.length)];
            return switch (random.nextInt(5)) {
                case 0, 1 -> limit;
                case 2 -> Math.nextUp(limit);
                case 3 -> Math.max(0, Math.nextDown(limit));
                default -> Math.max(0, limit + (random.nextInt(21) - 10) * 0.1);
            };
        }
        return Math.exp(random.nextDouble() * Math.log(max + 1)) - 1;
    }

    SystemSpec any(Random random) {
        SystemType type = SystemType.values()[random.nextInt(SystemType.values().length)];
        boolean required = type.requiresRangeAndPayload();
        Optional<Double> range = required || random.nextBoolean() ? Optional.of(range(random)) : Optional.empty();
        Optional<Double> payload = required || random.nextBoolean() ? Optional.of(payload(random)) : Optional.empty();
        Optional<Propellant> propellant = random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(Propellant.values()[random.nextInt(Propellant.values().length)]);
        Optional<Double> impulse = random.nextInt(3) == 0 ? Optional.empty() : Optional.of(impulse(random));
        return spec(type, range, payload, propellant, impulse);
    }

    static SystemSpec spec(SystemType type, Optional<Double> range, Optional<Double> payload,
                           Optional<Propellant> propellant, Optional<Double> impulse) {
        return new SystemSpec("generated", type, range.map(v -> Quantity.of(Dimension.LENGTH, v)),
                payload.map(v -> Quantity.of(Dimension.MASS, v)), propellant,
                impulse.map(v -> Quantity.of(Dimension.IMPULSE, v)), Location.startOf("generated"), Map.of());
    }

    static List<String> describe(SystemSpec spec) {
        List<String> parts = new ArrayList<>();
        parts.add(spec.type().id());
        spec.range().ifPresent(q -> parts.add("range " + q.value() + " km"));
        spec.payload().ifPresent(q -> parts.add("payload " + q.value() + " kg"));
        spec.propellant().ifPresent(p -> parts.add(p.id()));
        spec.totalImpulse().ifPresent(q -> parts.add("impulse " + q.value() + " N*s"));
        return parts;
    }
}
