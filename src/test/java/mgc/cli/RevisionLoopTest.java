package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a hypothetical revision and trying it: the mistakes people make on the way. */
class RevisionLoopTest {

    private static final String REVISION = """
            id: "1000km"
            extends: "2017"
            title: "2017 with a 1,000 km cap"
            date: 2030-01-01
            sources: [{id: me, cite: "my what-if"}]
            terms:
              ballistic-missile:
                max-range: {limit: 1000 km, source: [me]}
            """;
    private static final String HYUNMOO_4 = "scenarios/examples/hyunmoo-4.yaml";

    @TempDir
    Path dir;

    @Test
    void aRevisionFileCheckedAsASpecIsNamedForWhatItIs() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.yaml"), REVISION);
        Cli.Run run = Cli.run("check", file.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).isEqualTo("error: " + file + ":1:1: this is a revision file (it has terms), not a spec;"
                + " pass it with --revision-file\n");
    }

    @Test
    void aScenarioFileCheckedAsASpecIsNamedForWhatItIs() throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"),
                "name: n\nsystem: {name: X, type: uav, range: 1 km, payload: 1 kg}\nexpect:\n  \"2012\": permitted\n");
        Cli.Run run = Cli.run("check", file.toString());
        assertThat(run.err()).isEqualTo("error: " + file + ":1:1: this is a scenario file (it has expect), not a spec;"
                + " run it with mgc test\n");
    }

    @Test
    void aSpecWithATypeIsStillReadAsASpecWhateverElseItHas() throws Exception {
        Path file = Files.writeString(dir.resolve("x.yaml"), "name: X\ntype: uav\nrange: 1 km\npayload: 1 kg\nterms: 1\n");
        assertThat(Cli.run("check", file.toString()).err()).contains("terms: unknown field").doesNotContain("revision file");
    }

    @Test
    void aRevisionFileBesideRevisionIdsIsCheckedToo() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.revision.yaml"), REVISION);
        Cli.Run run = Cli.run("check", "--revision", "2017", "--revision-file", file.toString(), HYUNMOO_4);
        assertThat(run.out()).contains("  2017  ").contains("  1000km (hypothetical)  ").contains("x 2 revisions");
    }

    @Test
    void compareNamesTheArgumentAndSuggestsRevisionFile() {
        Cli.Run run = Cli.run("compare", "2012", "2018");
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).startsWith("error: TO: unknown revision \"2018\"")
                .contains("a hypothetical revision is loaded with --revision-file FILE");
        assertThat(Cli.run("compare", "2013", "2017").err()).startsWith("error: FROM: unknown revision \"2013\"");
    }

    @Test
    void aHypotheticalsShowLabelsItsBasesNotesAsInherited() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.revision.yaml"), REVISION + "notes:\n  - My own note.\n");
        Cli.Run run = Cli.run("revisions", "--revision-file", file.toString(), "show", "1000km");
        assertThat(run.out()).contains("note (from 2017): The payload limit on ballistic missiles was removed")
                .contains("\nnote: My own note.\n")
                .doesNotContain("\nnote: The payload limit");
        assertThat(Cli.run("revisions", "show", "2017").out()).contains("\nnote: The payload limit on ballistic missiles was removed");
    }
}
