package mgc.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.engine.Verdict;
import mgc.revision.ImpulseCap;
import mgc.revision.PayloadCap;
import mgc.revision.PayloadCapBeyondRange;
import mgc.revision.PayloadTradeoff;
import mgc.revision.RangeCap;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;
import mgc.revision.Term;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import mgc.testing.RuleBaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void crossingTradeoffCurvesAreFoundAndSplitTheRegions() throws Exception {
        Path file = write("cross", """
                id: cross
                title: crossing curve
                date: 2030-01-01
                sources: [{id: s, cite: test}]
                terms:
                  ballistic-missile:
                    max-range: {limit: 800 km, source: [s]}
                    payload-tradeoff:
                      points: [{range: 300 km, payload: 1500 kg}, {range: 800 km, payload: 1000 kg}]
                      source: [s]
                    max-payload: {limit: 1200 kg, source: [s]}
                """);
        RevisionCatalog catalog = RuleBaseFixture.catalog(List.of(file));
        TypeComparison ballistic = RuleBaseFixture.of(RuleBaseFixture.compare(catalog, "2012", "cross"), SystemType.BALLISTIC_MISSILE);
        assertThat(ballistic.relation()).isEqualTo(Relation.INCOMPARABLE);
        // 2012's curve falls through the 1,200 kg cap at 460 km: below it 2012 allows more, above it "cross" does.
        assertThat(ballistic.regions()).anySatisfy(r -> {
            assertThat(r.direction()).isEqualTo(Direction.PERMITTED_BY_FROM);
            assertThat(r.range()).containsExactly(Span.interval(0, false, 460.0, false));
        });
        assertThat(ballistic.regions()).anySatisfy(r -> {
            assertThat(r.direction()).isEqualTo(Direction.PERMITTED_BY_TO);
            assertThat(r.range()).first().satisfies(s -> assertThat(s.lo()).isEqualTo(460.0));
        });
        assertThat(ballistic.counterexamples()).hasSize(2);
    }

    /**
     * Soundness over seeded random revisions: wherever a probe point (random, or on or right
     * beside a breakpoint) gets different verdicts, the analysis must have reported a difference
     * in that direction, with a region whose range covers the point. A missed region fails here.
     */
    @Test
    void noDifferenceEscapesTheAnalysisOnRandomRevisions() throws Exception {
        Random random = new Random(20260501L);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            files.add(write("rand-" + i, randomRevision("rand-" + i, random)));
        }
        RevisionCatalog catalog = RuleBaseFixture.catalog(files);
        List<String> ids = catalog.all().stream().map(Revision::id).toList();
        int differencesSeen = 0;
        for (int pair = 0; pair < 40; pair++) {
            Revision from = catalog.find(ids.get(random.nextInt(ids.size()))).orElseThrow();
            Revision to = catalog.find(ids.get(random.nextInt(ids.size()))).orElseThrow();
            List<TypeComparison> types = RuleBaseFixture.compare(catalog, from.id(), to.id());
            List<Revision> both = from.id().equals(to.id()) ? List.of(from) : List.of(from, to);
            try (Evaluator evaluator = RuleBaseFixture.ruleBase().newEvaluator(both)) {
                for (TypeComparison type : types) {
                    List<Double> ranges = probes(breakpoints(from, to, type.type(), "range"), random);
                    List<Double> payloads = probes(breakpoints(from, to, type.type(), "payload"), random);
                    List<Double> impulses = probes(breakpoints(from, to, type.type(), "impulse"), random);
                    for (int n = 0; n < 300; n++) {
                        Double range = pick(ranges, random, type.type());
                        Double payload = pick(payloads, random, type.type());
                        Propellant propellant = random.nextInt(5) == 0 ? null : Propellant.values()[random.nextInt(3)];
                        Double impulse = random.nextInt(5) == 0 ? null : impulses.get(random.nextInt(impulses.size()));
                        List<Verdict> verdicts = evaluator.evaluate(new SystemFact(type.type(), range, payload, propellant, impulse));
                        Decision a = verdicts.get(0).decision();
                        Decision b = verdicts.get(verdicts.size() - 1).decision();
                        if (a == b) {
                            continue;
                        }
                        differencesSeen++;
                        Direction direction = b == Decision.PERMITTED ? Direction.PERMITTED_BY_TO : Direction.PERMITTED_BY_FROM;
                        String point = from.id() + " -> " + to.id() + " " + type.type() + " at range " + range + ", payload " + payload
                                + ", " + propellant + ", impulse " + impulse;
                        assertThat(type.relation()).as(point).isIn(direction == Direction.PERMITTED_BY_TO
                                ? List.of(Relation.MORE_PERMISSIVE, Relation.INCOMPARABLE)
                                : List.of(Relation.LESS_PERMISSIVE, Relation.INCOMPARABLE));
                        assertThat(type.regions()).as(point).anyMatch(region -> region.direction() == direction
                                && (region.range().isEmpty() || region.range().stream().anyMatch(s -> contains(s, range))));
                    }
                }
            }
        }
        assertThat(differencesSeen).as("the random revisions must actually differ somewhere").isGreaterThan(500);
    }

    private static boolean contains(Span span, Double value) {
        if (span.undeclared() || value == null) {
            return span.undeclared() && value == null;
        }
        boolean above = span.loInclusive() ? value >= span.lo() : value > span.lo();
        boolean below = span.hi() == null || (span.hiInclusive() ? value <= span.hi() : value < span.hi());
        return above && below;
    }

    private static Double pick(List<Double> values, Random random, SystemType type) {
        if (!type.requiresRangeAndPayload() && random.nextInt(4) == 0) {
            return null;
        }
        return values.get(random.nextInt(values.size()));
    }

    /** Every breakpoint, a hair either side of it, and random values up to well past the largest. */
    private static List<Double> probes(TreeSet<Double> breakpoints, Random random) {
        List<Double> values = new ArrayList<>();
        double top = breakpoints.isEmpty() ? 1000 : breakpoints.last() * 1.5;
        for (double b : breakpoints) {
            values.add(b);
            values.add(Math.nextUp(b));
            values.add(b + b * 1e-6);
            if (b > 0) {
                values.add(Math.nextDown(b));
                values.add(b - b * 1e-6);
            }
        }
        for (int i = 0; i < 40; i++) {
            values.add(Math.max(0.001, random.nextDouble() * top));
        }
        return values;
    }

    private static TreeSet<Double> breakpoints(Revision from, Revision to, SystemType type, String field) {
        TreeSet<Double> points = new TreeSet<>();
        List<Term> terms = new ArrayList<>(from.termsFor(type));
        terms.addAll(to.termsFor(type));
        for (Term term : terms) {
            if (term instanceof RangeCap t && field.equals("range")) {
                points.add(t.max().value());
            } else if (term instanceof PayloadCap t && field.equals("payload")) {
                points.add(t.max().value());
            } else if (term instanceof PayloadTradeoff t) {
                t.points().forEach(p -> points.add(field.equals("range") ? p.range().value() : p.payload().value()));
            } else if (term instanceof PayloadCapBeyondRange t) {
                points.add(field.equals("range") ? t.threshold().value() : t.max().value());
            } else if (term instanceof ImpulseCap t && field.equals("impulse")) {
                points.add(t.max().value());
            }
        }
        points.removeIf(p -> p <= 0 && field.equals("range"));
        return points;
    }

    /** A revision with a random subset of terms, on coarse grids so that breakpoints of different revisions coincide. */
    private static String randomRevision(String id, Random random) {
        StringBuilder yaml = new StringBuilder();
        StringBuilder ballistic = new StringBuilder();
        if (random.nextBoolean()) {
            ballistic.append("    max-range: {limit: ").append(100 * (1 + random.nextInt(10))).append(" km, source: [s]}\n");
        }
        if (random.nextInt(3) == 0) {
            ballistic.append("    max-payload: {limit: ").append(250 * (1 + random.nextInt(8))).append(" kg, source: [s]}\n");
        }
        if (random.nextBoolean()) {
            int points = 2 + random.nextInt(3);
            double range = 50 * (1 + random.nextInt(6));
            double payload = 500 * (2 + random.nextInt(6));
            ballistic.append("    payload-tradeoff:\n      source: [s]\n      points:\n");
            for (int p = 0; p < points; p++) {
                ballistic.append("        - {range: ").append(range).append(" km, payload: ").append(payload).append(" kg}\n");
                range += 50 * (1 + random.nextInt(6)) + (random.nextInt(4) == 0 ? 0.5 : 0);
                payload = Math.max(0, payload - 250 * random.nextInt(5));
            }
        }
        if (random.nextInt(4) == 0) {
            ballistic.append("    impulse-cap: {limit: ").append(1_000_000 * (1 + random.nextInt(3)))
                    .append(" lbf*s, propellants: [solid], source: [s]}\n");
        }
        if (ballistic.length() > 0) {
            yaml.append("  ballistic-missile:\n").append(ballistic);
        }
        for (String type : List.of("cruise-missile", "uav")) {
            if (random.nextBoolean()) {
                yaml.append("  ").append(type).append(":\n    payload-cap-beyond-range: {")
                        .append(random.nextBoolean() ? "when-range-over: " : "when-range-at-least: ")
                        .append(100 * random.nextInt(6)).append(" km, payload: ").append(500 * random.nextInt(6))
                        .append(" kg, source: [s]}\n");
            }
        }
        // Launch vehicles may leave range and payload out, so terms on them exercise "not declared" cells.
        StringBuilder launcher = new StringBuilder();
        if (random.nextBoolean()) {
            launcher.append("    impulse-cap: {limit: ").append(1_000_000 * (1 + random.nextInt(5)))
                    .append(" lbf*s, propellants: [").append(random.nextBoolean() ? "solid" : "solid, hybrid")
                    .append(random.nextInt(3) == 0 ? ", liquid" : "").append("], source: [s]}\n");
        }
        if (random.nextInt(3) == 0) {
            launcher.append("    max-range: {limit: ").append(500 * (1 + random.nextInt(4))).append(" km, source: [s]}\n");
        }
        if (random.nextInt(3) == 0) {
            launcher.append("    max-payload: {limit: ").append(1000 * (1 + random.nextInt(4))).append(" kg, source: [s]}\n");
        }
        if (launcher.length() > 0) {
            yaml.append("  space-launch-vehicle:\n").append(launcher);
        }
        // A revision with no terms at all (like 2021) leaves the terms key out.
        return "id: " + id + "\ntitle: seeded random revision\ndate: 2030-01-01\nsources: [{id: s, cite: test}]\n"
                + (yaml.length() == 0 ? "" : "terms:\n" + yaml);
    }

    private Path write(String id, String text) throws IOException {
        Path file = dir.resolve(id + ".yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
