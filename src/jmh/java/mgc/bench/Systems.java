package mgc.bench;

import java.util.Random;

/**
 * Seeded random systems for the benchmarks, spread over every kind of term of the shipped
 * revisions (the same distribution as bench/gen_jsonl.py), as JSON Lines text.
 */
final class Systems {

    private static final String[] TYPES = {"ballistic-missile", "ballistic-missile", "cruise-missile", "uav",
            "space-launch-vehicle"};
    private static final String[] PROPELLANTS = {"solid", "liquid", "hybrid"};

    private Systems() {}

    static String jsonLine(Random random, int i) {
        String type = TYPES[random.nextInt(TYPES.length)];
        StringBuilder line = new StringBuilder(160).append("{\"name\":\"system-").append(i).append("\",\"type\":\"")
                .append(type).append('"');
        if (!type.equals("space-launch-vehicle") || random.nextBoolean()) {
            int km = 50 + random.nextInt(1951);
            line.append(",\"range\":\"").append(random.nextInt(5) < 4 ? km + " km" : km * 1000 + " m").append('"');
            int kg = random.nextInt(3001);
            line.append(",\"payload\":").append(random.nextInt(5) < 4 ? "\"" + kg + " kg\"" : String.valueOf(kg));
        }
        if (type.equals("space-launch-vehicle") || random.nextInt(5) == 0) {
            line.append(",\"propellant\":\"").append(PROPELLANTS[random.nextInt(PROPELLANTS.length)]).append('"');
            line.append(",\"total_impulse\":\"").append(100_000 + random.nextInt(1_900_001)).append(" lbf*s\"");
        }
        return line.append('}').toString();
    }
}
