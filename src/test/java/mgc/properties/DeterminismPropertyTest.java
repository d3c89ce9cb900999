package mgc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import mgc.cli.Main;
import mgc.spec.SystemType;
import mgc.testing.RuleBaseFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs give byte-identical output, run after run; given in another order, they give
 * the same output apart from order, and the output follows the order the files were given in.
 * Checked through the real command line ({@link Main#run}) in text and JSON (and, run twice
 * in the same order, in every other format), over a batch of random spec files in both
 * formats and several units, a few of them broken.
 */
class DeterminismPropertyTest {

    private static final int FILES = 300;
    private static final int ROUNDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Systems systems;

    @BeforeAll
    static void load() {
        systems = new Systems(RuleBaseFixture.load().catalog().shipped());
    }

    record Run(int status, String out, String err) {}

    @Test
    void sameInputsInAnyOrderGiveTheSameOutputApartFromOrder() {
        int[] filesChecked = {0};
        int rounds = Seeded.forAll("deterministic output", Seeded.cases(ROUNDS), random -> {
            List<String> files = writeBatch(random);
            List<String> reordered = new ArrayList<>(files);
            Collections.shuffle(reordered, random);
            // Every other format: the same run twice gives byte-identical output.
            for (String format : List.of("junit", "sarif", "markdown", "html")) {
                Run first = run(format, files);
                assertThat(first.out()).as(format).isNotEmpty();
                assertThat(run(format, files)).as("the same run twice, %s", format).isEqualTo(first);
                filesChecked[0] += 2 * files.size();
            }
            for (String format : List.of("text", "json")) {
                Run first = run(format, files);
                Run again = run(format, files);
                Run shuffled = run(format, reordered);
                filesChecked[0] += 3 * files.size();
                assertThat(first.status()).isEqualTo(2);
                assertThat(again).as("the same run twice, %s", format).isEqualTo(first);
                assertThat(shuffled.status()).isEqualTo(first.status());
                if (format.equals("text")) {
                    assertThat(textFiles(first)).hasSizeGreaterThan(FILES / 2);
                    assertThat(errorFiles(first)).isNotEmpty();
                    assertSameTextApartFromOrder(first, shuffled);
                    assertFollowsOrder(textFiles(shuffled), reordered);
                    assertFollowsOrder(errorFiles(shuffled), reordered);
                } else {
                    assertThat(jsonFiles(first)).hasSizeGreaterThan(FILES / 2);
                    assertSameJsonApartFromOrder(first, shuffled);
                    assertFollowsOrder(jsonFiles(shuffled), reordered);
                    List<String> errors = new ArrayList<>();
                    parse(shuffled.out()).get("errors").forEach(e -> errors.add(e.get("file").asText()));
                    assertThat(errors).isNotEmpty();
                    assertFollowsOrder(errors, reordered);
                }
            }
        });
        System.out.println("deterministic output: " + rounds + " rounds, " + filesChecked[0] + " file checks");
        assertThat(filesChecked[0]).isGreaterThanOrEqualTo(1000);
    }

    private static Run run(String format, List<String> files) {
        List<String> args = new ArrayList<>(List.of("check", "--all-revisions", "--format", format));
        args.addAll(files);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private static void assertSameTextApartFromOrder(Run a, Run b) {
        List<String> blocksA = new ArrayList<>(List.of(a.out().split("\n\n")));
        List<String> blocksB = new ArrayList<>(List.of(b.out().split("\n\n")));
        // The closing summary counts the whole batch, so it is the same in any order.
        assertThat(blocksB.remove(blocksB.size() - 1)).isEqualTo(blocksA.remove(blocksA.size() - 1));
        Collections.sort(blocksA);
        Collections.sort(blocksB);
        assertThat(blocksB).isEqualTo(blocksA);
        assertThat(sortedLines(b.err())).isEqualTo(sortedLines(a.err()));
    }

    private static void assertSameJsonApartFromOrder(Run a, Run b) {
        JsonNode ja = parse(a.out());
        JsonNode jb = parse(b.out());
        assertThat(sorted(jb.get("results"))).isEqualTo(sorted(ja.get("results")));
        assertThat(sorted(jb.get("errors"))).isEqualTo(sorted(ja.get("errors")));
        assertThat(jb.get("summary")).isEqualTo(ja.get("summary"));
    }

    /** The files named in the output appear in the order they were given (each file's lines together). */
    private static void assertFollowsOrder(List<String> named, List<String> given) {
        int last = -1;
        for (String file : named) {
            int at = given.indexOf(file);
            assertThat(at).as("output names %s, which was not given", file).isNotNegative();
            assertThat(at).as("%s comes out of order", file).isGreaterThanOrEqualTo(last);
            last = at;
        }
    }

    private static List<String> textFiles(Run run) {
        List<String> files = new ArrayList<>();
        for (String block : run.out().split("\n\n")) {
            String[] lines = block.split("\n");
            if (lines.length > 1 && lines[1].startsWith("  ")) {
                String where = lines[1].strip();
                files.add(where.substring(0, where.lastIndexOf(':', where.lastIndexOf(':') - 1)));
            }
        }
        return files;
    }

    private static List<String> jsonFiles(Run run) {
        List<String> files = new ArrayList<>();
        parse(run.out()).get("results").forEach(r -> files.add(r.get("file").asText()));
        return files;
    }

    /** Error lines name their file first: {@code error: FILE:line:col: ...} or {@code error: FILE: ...}. */
    private static List<String> errorFiles(Run run) {
        List<String> files = new ArrayList<>();
        for (String line : run.err().split("\n")) {
            if (line.startsWith("error: " + dir)) {
                String rest = line.substring("error: ".length());
                int end = rest.indexOf(".yaml:") >= 0 ? rest.indexOf(".yaml:") + 5 : rest.indexOf(".json:") + 5;
                files.add(rest.substring(0, end));
            }
        }
        return files;
    }

    private static List<String> sortedLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        Collections.sort(lines);
        return lines;
    }

    private static List<String> sorted(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.toString()));
        Collections.sort(items);
        return items;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Random spec files: one or more systems each, YAML or JSON, several units; one in twelve broken. */
    private static List<String> writeBatch(Random random) {
        try {
            Path batch = Files.createTempDirectory(dir, "batch");
            List<String> files = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                boolean json = random.nextBoolean();
                Path file = batch.resolve(String.format("spec-%03d.%s", i, json ? "json" : "yaml"));
                int count = 1 + random.nextInt(3);
                List<String> systemsText = new ArrayList<>();
                for (int s = 0; s < count; s++) {
                    systemsText.add(system(random, json, i + "-" + s));
                }
                String text = json ? "[" + String.join(",\n", systemsText) + "]" : String.join("---\n", systemsText);
                if (random.nextInt(12) == 0 || i == FILES / 2) {
                    text = broken(random, text, json);
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
                files.add(file.toString());
            }
            return files;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String system(Random random, boolean json, String name) {
        SystemType type = SystemType.values()[random.nextInt(SystemType.values().length)];
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"name", "system " + name});
        fields.add(new String[] {"type", type.id()});
        fields.add(new String[] {"range", unit(systems.range(random), random, new String[] {"km", "mi", "nmi", "m"},
                new double[] {1, 1.609344, 1.852, 0.001})});
        fields.add(new String[] {"payload", unit(systems.payload(random), random, new String[] {"kg", "lb", "t"},
                new double[] {1, 0.45359237, 1000})});
        if (random.nextBoolean()) {
            fields.add(new String[] {"propellant", random.nextBoolean() ? "solid" : "liquid"});
            fields.add(new String[] {"total_impulse", unit(systems.impulse(random), random,
                    new String[] {"N*s", "lbf*s"}, new double[] {1, 4.4482216152605})});
        }
        List<String> parts = new ArrayList<>();
        for (String[] field : fields) {
            parts.add(json ? "\"" + field[0] + "\": \"" + field[1] + "\"" : field[0] + ": \"" + field[1] + "\"");
        }
        return json ? "{" + String.join(", ", parts) + "}" : String.join("\n", parts) + "\n";
    }

    private static String unit(double canonical, Random random, String[] units, double[] factors) {
        int pick = random.nextInt(units.length);
        double value = Math.max(canonical / factors[pick], pick == 0 ? 0 : 0.001);
        return String.format(java.util.Locale.ROOT, "%.3f %s", value, units[pick]);
    }

    private static String broken(Random random, String text, boolean json) {
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, text.length() / 2);
            case 1 -> text.replaceFirst("payload", "paylaod");
            case 2 -> text.replaceFirst(" (km|mi|nmi|m)\"", " furlong\"");
            default -> json ? text + "}" : text.replaceFirst("type: ", "type: [");
        };
    }
}
