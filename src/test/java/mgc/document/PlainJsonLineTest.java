package mgc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A plain JSON line read without Jackson must give the very nodes (values, kinds, locations, key
 * order) that Jackson's path gives; any other line must be left to Jackson, so that its errors
 * are worded as they always were.
 */
class PlainJsonLineTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults();
    private final DocumentReader reader = new DocumentReader(LIMITS);

    @Test
    void plainLinesGiveTheNodesJacksonGives() throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "{\"name\":\"system-0\",\"type\":\"ballistic-missile\",\"range\":\"101 km\",\"payload\":\"1003 kg\"}",
                "{\"name\":\"s\",\"type\":\"uav\",\"range\":\"914000 m\",\"payload\":383}",
                "{ \"name\" : \"Hyunmoo ü 現\" ,\t\"payload\": 0 }  ",
                "  {\"name\":\"x\"}",
                "{}",
                "{ }",
                "{\"name\":\"\uD83D\uDE80 rocket\",\"range\":\"800 km\"}",
                "{\"a\":1,\"b\":\"\",\"c\":12345678901234567890}"));
        Random random = new Random(20261203);
        String[] keys = {"name", "type", "range", "payload", "propellant", "total_impulse", "extra"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder line = new StringBuilder(blanks(random)).append('{');
            int fields = random.nextInt(keys.length + 1);
            for (int f = 0; f < fields; f++) {
                line.append(f == 0 ? "" : blanks(random) + ",").append(blanks(random)).append('"').append(keys[f]).append('"')
                        .append(blanks(random)).append(':').append(blanks(random));
                if (random.nextBoolean()) {
                    line.append(random.nextInt(100_000));
                } else {
                    line.append('"').append(random.nextInt(3000)).append(random.nextBoolean() ? " km" : " kg").append('"');
                }
            }
            lines.add(line.append(blanks(random)).append('}').append(blanks(random)).toString());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Node.MapNode plain = PlainJsonLine.read("in.jsonl", i + 7, line, LIMITS);
            Node jackson = reader.parseJsonLine("in.jsonl", i + 7, line);

            assertThat(plain).as(line).isNotNull().isEqualTo(jackson);
            assertThat(plain.fields().keySet()).as(line).containsExactlyElementsOf(((Node.MapNode) jackson).fields().keySet());
            assertThat(plain.fields().values()).as(line).extracting(Node.Field::keyLocation)
                    .containsExactlyElementsOf(((Node.MapNode) jackson).fields().values().stream().map(Node.Field::keyLocation).toList());
        }
    }

    @Test
    void anythingElseIsLeftToJackson() {
        for (String line : List.of(
                "{\"name\":\"a\\\"b\"}",               // an escape
                "{\"name\":\"a\u0001b\"}",              // a control character
                "{\"name\":\"a\",\"name\":\"b\"}",      // a duplicate key
                "{\"payload\":01}",                     // a leading zero
                "{\"payload\":-1}",                     // a sign
                "{\"payload\":1.5}",                    // a fraction
                "{\"payload\":1e3}",                    // an exponent
                "{\"payload\":true}",
                "{\"payload\":null}",
                "{\"range\":{\"min\":\"1 km\"}}",       // nesting
                "{\"stages\":[]}",
                "{\"name\":\"a\"} x",                   // content after the object
                "{\"name\":\"a\",}",                    // a trailing comma
                "{\"name\" \"a\"}",                     // no colon
                "{\"name\":\"a\"",                      // no end
                "{name:\"a\"}",                         // an unquoted key
                "[{\"name\":\"a\"}]",
                "{\"name\":\"a\"}\r",
                "\uFEFF{\"name\":\"a\"}")) {
            assertThat(PlainJsonLine.read("in.jsonl", 1, line, LIMITS)).as(line).isNull();
        }
    }

    @Test
    void aValueOverAReadLimitIsLeftToJackson() {
        ReadLimits small = new ReadLimits(LIMITS.maxFileBytes(), LIMITS.maxDepth(), 5, 3, 3);

        assertThat(PlainJsonLine.read("in.jsonl", 1, "{\"name\":\"12345\"}", small)).isNotNull();
        assertThat(PlainJsonLine.read("in.jsonl", 1, "{\"name\":\"123456\"}", small)).isNull();
        assertThat(PlainJsonLine.read("in.jsonl", 1, "{\"longer\":\"1\"}", small)).isNull();
        assertThat(PlainJsonLine.read("in.jsonl", 1, "{\"a\":123}", small)).isNotNull();
        assertThat(PlainJsonLine.read("in.jsonl", 1, "{\"a\":1234}", small)).isNull();
        assertThat(PlainJsonLine.read("in.jsonl", 1, "{\"a\":1,\"b\":2}", small)).isNotNull();
        assertThat(PlainJsonLine.read("in.jsonl", 1, "{\"a\":1,\"b\":2,\"c\":3}", small)).isNull();
    }

    private static String blanks(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\t";
            case 2 -> "  ";
            default -> "";
        };
    }
}
