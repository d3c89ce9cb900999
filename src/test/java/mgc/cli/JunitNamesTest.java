package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mgc.output.JunitNames;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JUnit XML case names stay unique and stable when systems share a name; class names read as packages. */
class JunitNamesTest {

    @TempDir
    Path dir;

    @Test
    void classNamesAreDottedWithoutTheExtension() {
        assertThat(JunitNames.classname("scenarios/examples/hyunmoo-4.yaml")).isEqualTo("scenarios.examples.hyunmoo-4");
        assertThat(JunitNames.classname("./a/b.scenario.yaml")).isEqualTo("a.b");
        assertThat(JunitNames.classname("/tmp/x.y/batch.jsonl")).isEqualTo("tmp.x_y.batch");
        assertThat(JunitNames.classname("noext")).isEqualTo("noext");
    }

    @Test
    void twoSystemsOfOneNameGetTheirLinesAndOthersDoNot() throws Exception {
        Path file = Files.writeString(dir.resolve("dup.yaml"), """
                - {name: X, type: uav, range: 1 km, payload: 1 kg}
                - {name: Y, type: uav, range: 1 km, payload: 1 kg}
                - {name: X, type: uav, range: 2 km, payload: 1 kg}
                """);
        String xml = Cli.run("check", "--format", "junit", "--all-revisions", file.toString()).out();
        assertThat(xml).contains("name=\"X (line 1) [2012 (current)]\"").contains("name=\"X (line 3) [2012 (current)]\"")
                .contains("name=\"Y [2012 (current)]\"").doesNotContain("name=\"X [")
                .contains("classname=\"" + JunitNames.classname(file.toString()) + "\"");
        assertThat(xml.lines().filter(l -> l.contains("<testcase")).map(l -> l.replaceAll(".* name=\"([^\"]*)\".*", "$1")))
                .doesNotHaveDuplicates().hasSize(18);
    }
}
