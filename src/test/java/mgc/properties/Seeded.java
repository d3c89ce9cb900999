package mgc.properties;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over seeded random cases. The seed is new each run unless {@code -Dmgc.seed=N}
 * fixes it, and the number of cases can be raised with {@code -Dmgc.cases=N}; a failure names
 * the seed and the case, so it can be replayed exactly.
 */
final class Seeded {

    private Seeded() {}

    static long seed() {
        String fixed = System.getProperty("mgc.seed");
        return fixed == null || fixed.isBlank() ? new Random().nextLong() : Long.parseLong(fixed.strip());
    }

    static int cases(int byDefault) {
        String given = System.getProperty("mgc.cases");
        return given == null || given.isBlank() ? byDefault : Integer.parseInt(given.strip());
    }

    /**
     * Runs {@code property} for {@code cases} cases, each with its own generator drawn from the
     * seed, and returns the number of cases run.
     */
    static int forAll(String property, int cases, Consumer<Random> body) {
        long seed = seed();
        Random seeds = new Random(seed);
        for (int i = 0; i < cases; i++) {
            Random random = new Random(seeds.nextLong());
            try {
                body.accept(random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property \"" + property + "\" failed at case " + (i + 1) + " of " + cases
                        + "; replay with -Dmgc.seed=" + seed + "\n" + e.getMessage(), e);
            }
        }
        System.out.println("property \"" + property + "\": " + cases + " cases passed (seed " + seed + ")");
        return cases;
    }
}
