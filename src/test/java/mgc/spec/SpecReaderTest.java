package mgc.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputError;
import org.junit.jupiter.api.Test;

class SpecReaderTest {

    private SpecReader.Result read(String name, String text) throws Exception {
        Format format = name.endsWith(".json") ? Format.JSON : Format.YAML;
        return new SpecReader().read(new DocumentReader().read(name, text.getBytes(StandardCharsets.UTF_8), format));
    }

    private List<String> errors(String yaml) throws Exception {
        return read("s.yaml", yaml).errors().stream().map(InputError::describe).toList();
    }

    @Test
    void readsASpecInCanonicalUnits() throws Exception {
        SystemSpec spec = read("s.yaml", "name: H\ntype: ballistic-missile\nrange: 497.096953789 mi\npayload: 1102.31 lb\n"
                + "propellant: solid\ntotal_impulse: 4.4e6 N*s\n").systems().get(0);

        assertThat(spec.range().orElseThrow().value()).isCloseTo(800, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(spec.payload().orElseThrow().value()).isCloseTo(500, org.assertj.core.data.Offset.offset(0.01));
        assertThat(spec.propellant()).contains(Propellant.SOLID);
        assertThat(spec.locationOf("payload").line()).isEqualTo(4);
    }

    @Test
    void readsJsonObjectsAndArraysAndYamlDocuments() throws Exception {
        assertThat(read("s.json", "{\"name\":\"A\",\"type\":\"uav\",\"range\":300,\"payload\":1}").systems()).hasSize(1);
        assertThat(read("s.json", "[{\"name\":\"A\",\"type\":\"uav\",\"range\":300,\"payload\":1},"
                + "{\"name\":\"B\",\"type\":\"uav\",\"range\":300,\"payload\":1}]").systems()).hasSize(2);
        assertThat(read("s.yaml", "name: A\ntype: uav\nrange: 1\npayload: 1\n---\nname: B\ntype: uav\nrange: 1\npayload: 1\n")
                .systems()).extracting(SystemSpec::name).containsExactly("A", "B");
    }

    @Test
    void aBadSystemDoesNotLoseTheOthersInTheFile() throws Exception {
        SpecReader.Result result = read("s.yaml", "name: A\ntype: uav\nrange: -1 km\npayload: 1\n---\n"
                + "name: B\ntype: uav\nrange: 1\npayload: 1\n");

        assertThat(result.systems()).extracting(SystemSpec::name).containsExactly("B");
        assertThat(result.errors()).extracting(InputError::describe).containsExactly("s.yaml:3:8: range: must be greater than 0, got -1 km");
    }

    @Test
    void reportsEveryProblemOfASystemInLineOrder() throws Exception {
        assertThat(errors("type: cruise-misile\nrange: 0\npayload: NaN kg\nfoo: 1\n")).containsExactly(
                "s.yaml:1:1: name: missing required field",
                "s.yaml:1:7: type: unknown value \"cruise-misile\" (did you mean \"cruise-missile\"?); expected one of "
                        + "ballistic-missile, cruise-missile, uav, space-launch-vehicle",
                "s.yaml:2:8: range: must be greater than 0, got 0",
                "s.yaml:3:10: payload: must be a finite number, got NaN",
                "s.yaml:4:1: foo: unknown field; known fields: name, type, range, payload, propellant, total_impulse, stages, losses, diameter, drag_coefficient");
    }

    @Test
    void oneTypoOfARequiredFieldIsOneError() throws Exception {
        assertThat(errors("name: X\ntype: uav\nrnage: 5 km\npayload: 1 kg\n")).containsExactly(
                "s.yaml:3:1: rnage: unknown field (did you mean \"range\"?); known fields: name, type, range, payload, "
                        + "propellant, total_impulse, stages, losses, diameter, drag_coefficient");
        // Two typos, two errors; a typo of an optional field is still one error.
        assertThat(errors("nmae: X\ntype: uav\nrnage: 5 km\npayload: 1 kg\npropelant: solid\n")).hasSize(3)
                .noneMatch(e -> e.contains("missing required field"));
        // A field that is really absent is still reported as missing.
        assertThat(errors("name: X\ntype: uav\npayload: 1 kg\n")).containsExactly("s.yaml:1:1: range: missing required field");
    }

    @Test
    void rangeAndPayloadAreOptionalOnlyForLaunchVehicles() throws Exception {
        assertThat(read("s.yaml", "name: N\ntype: space-launch-vehicle\npropellant: liquid\n").systems()).hasSize(1);
        assertThat(errors("name: N\ntype: uav\n")).containsExactly(
                "s.yaml:1:1: range: missing required field", "s.yaml:1:1: payload: missing required field");
    }

    @Test
    void refusesWrongTypesWithoutGuessing() throws Exception {
        assertThat(errors("name: 42\ntype: uav\nrange: [1]\npayload: true\n")).containsExactly(
                "s.yaml:1:7: name: expected a string, got a number (42); quote it to make it a string",
                "s.yaml:3:8: range: expected a number or \"<number> <unit>\" (units: km, m, mi, nmi), got a list",
                "s.yaml:4:10: payload: expected a number or \"<number> <unit>\" (units: kg, t, lb), got a boolean");
        assertThat(errors("- 1\n- 2\n")).allMatch(e -> e.contains("expected a mapping of fields, got a number"));
    }
    @Test
    void fieldLocationsAreTheMapOfEachFieldToItsValuesLocation() throws Exception {
        // The reader hands SystemSpec a view of the node's fields (FieldLocations), not a copy:
        // it must be the map a copy would be, entry for entry, in equality and hash too.
        String yaml = "name: H\ntype: ballistic-missile\nrange: 800 km\npayload: 500 kg\npropellant: solid\n";
        mgc.document.Node node = new DocumentReader().read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML).get(0);
        SystemSpec spec = new SpecReader().readSystem(node);
        java.util.Map<String, mgc.document.Location> expected = new java.util.HashMap<>();
        ((mgc.document.Node.MapNode) node).fields().values().forEach(f -> expected.put(f.key(), f.value().location()));

        assertThat(spec.fieldLocations()).isEqualTo(expected).hasSize(5);
        assertThat(spec.fieldLocations().hashCode()).isEqualTo(java.util.Map.copyOf(expected).hashCode());
        assertThat(spec.fieldLocations().get("range")).isEqualTo(new mgc.document.Location("s.yaml", 3, 8));
        assertThat(spec.fieldLocations().get("total_impulse")).isNull();
        assertThat(spec.locationOf("total_impulse")).isEqualTo(spec.location());
        assertThat(spec).isEqualTo(new SystemSpec(spec.name(), spec.type(), spec.range(), spec.payload(), spec.propellant(),
                spec.totalImpulse(), spec.location(), java.util.Map.copyOf(expected), spec.staging(), spec.intervals()));
    }
    @Test
    void plainSpecsGiveTheSpecTheGeneralReaderGivesAndLeaveEverythingElseToIt() throws Exception {
        // PlainSpecLine reads a batch's usual line straight into its spec, and must give the spec that
        // reading the line's nodes and then the spec gives, or null. PlainSpec reads a batch's usual line in one pass; it must build the very SystemSpec the
        // general reader builds, and return null (so the general reader reports it) for anything
        // the general reader refuses or reads otherwise: intervals, bad units, wrong kinds, blank
        // names, unknown or flight fields, missing required figures.
        java.util.Random random = new java.util.Random(20261203);
        String[][] values = {
            {"\"system-1\"", "\" \"", "\"\"", "7", "\"x\\ty\""},
            {"\"ballistic-missile\"", "\"space-launch-vehicle\"", "\"uav\"", "\"cruise-missile\"", "\"ballistic-missle\"", "1"},
            {"\"800 km\"", "\"914000 m\"", "\"497 mi\"", "\"300 nmi\"", "800", "\"0 km\"", "\"780..820 km\"", "\"800 kms\"",
                "\"8.5 km\"", "\" 800 km\"", "\"1e3 km\"", "{\"min\":\"1 km\",\"max\":\"2 km\"}", "true", "null", "[1]"},
            {"\"500 kg\"", "\"1 t\"", "\"1102 lb\"", "0", "\"0 kg\"", "\"-1 kg\"", "\"5..6 kg\"", "\"500 g\"", "2.5"},
            {"\"solid\"", "\"liquid\"", "\"hybrid\"", "\"slid\"", "3"},
            {"\"1362524 lbf*s\"", "\"4448 kN*s\"", "\"100 N*s\"", "5000000", "\"1e7 N*s\"", "\"1 Ns\""},
            {"\"1 m/s\""}, {"1"}};
        String[] keys = {"name", "type", "range", "payload", "propellant", "total_impulse", "losses", "extra"};
        DocumentReader reader = new DocumentReader();
        int plain = 0;
        int lines = 0;
        for (int i = 0; i < 20_000; i++) {
            List<Integer> order = new java.util.ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
            java.util.Collections.shuffle(order, random);
            StringBuilder line = new StringBuilder("{");
            for (int k : order) {
                boolean usual = k < 4 ? random.nextInt(10) > 0 : k < 6 ? random.nextBoolean() : random.nextInt(20) == 0;
                if (usual) {
                    String[] choices = values[k];
                    String value = random.nextInt(3) > 0 ? choices[0] : choices[random.nextInt(choices.length)];
                    line.append(line.length() > 1 ? "," : "").append('"').append(keys[k]).append("\":").append(value);
                }
            }
            String text = line.append('}').toString();
            // Blanks and odd spellings around the JSON too, for the line reader (PlainSpecLine).
            if (random.nextInt(8) == 0) {
                text = (random.nextBoolean() ? " " : "\t") + text.replace(",", random.nextBoolean() ? " , " : ",\t")
                        .replace(":", random.nextBoolean() ? " :" : ": ") + (random.nextBoolean() ? " " : "");
            }
            if (random.nextInt(50) == 0) {
                text = text.replace("\"range\"", "\"type\"");  // a duplicate key (or a type that is a figure)
            }
            SystemSpec fromLine = PlainSpecLine.read("in.jsonl", i + 1, text, mgc.document.ReadLimits.defaults());
            SystemSpec throughNodes;
            try {
                throughNodes = new SpecReader().readSystem(reader.readJsonLine("in.jsonl", i + 1, text));
            } catch (mgc.document.InputException e) {
                throughNodes = null;
            }
            if (fromLine != null) {
                assertThat(fromLine).as(text).isEqualTo(throughNodes);
                assertThat(fromLine.fieldLocations()).as(text).isEqualTo(throughNodes.fieldLocations());
                assertThat(List.copyOf(fromLine.fieldLocations().keySet())).as(text)
                        .isEqualTo(List.copyOf(throughNodes.fieldLocations().keySet()));
                lines++;
            }
            mgc.document.Node node;
            try {
                node = reader.readJsonLine("in.jsonl", i + 1, text);
            } catch (mgc.document.InputException e) {
                assertThat(fromLine).as(text).isNull();
                continue;
            }
            SystemSpec fast = PlainSpec.read((mgc.document.Node.MapNode) node);
            SystemSpec general;
            try {
                general = new SpecReader().readGeneral(node);
            } catch (mgc.document.InputException e) {
                assertThat(fast).as(text).isNull();
                continue;
            }
            if (fast != null) {
                plain++;
                assertThat(fast).as(text).isEqualTo(general);
                assertThat(fast.fieldLocations()).as(text).isEqualTo(general.fieldLocations());
            } else {
                assertThat(general.uncertain() || general.staging().isPresent() || text.contains("extra")
                        || text.contains("losses")).as("a valid point spec left to the general reader: " + text).isTrue();
            }
        }
        assertThat(plain).isGreaterThan(5_000);
        assertThat(lines).as("lines read straight into their spec").isGreaterThan(plain * 3 / 4);
    }
}
