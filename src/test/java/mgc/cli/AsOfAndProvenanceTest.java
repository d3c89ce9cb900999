package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --as-of picks the revision in force on a date and says by which date; every machine output carries provenance. */
class AsOfAndProvenanceTest {

    @TempDir
    Path dir;

    private Path spec() throws Exception {
        Path file = dir.resolve("bm.yaml");
        Files.writeString(file, "name: BM 575\ntype: ballistic-missile\nrange: 575 km\npayload: 900 kg\n");
        return file;
    }

    @Test
    void asOfMid2015ChecksAgainst2012AndEarly2018Against2017() throws Exception {
        Cli.Run in2015 = Cli.run("check", "--as-of", "2015-06-01", "--format", "json", spec().toString());
        JsonNode json = new ObjectMapper().readTree(in2015.out());
        assertThat(json.get("results")).hasSize(1);
        assertThat(json.get("results").get(0).get("revision").asText()).isEqualTo("2012");
        assertThat(json.get("results").get(0).get("verdict").asText()).isEqualTo("prohibited");
        assertThat(json.get("provenance").get("asOf").get(0).asText()).startsWith("as of 2015-06-01: 2012, in force since 2012-10-07");

        Cli.Run in2018 = Cli.run("check", "--as-of", "2018-01-01", spec().toString());
        assertThat(in2018.out()).startsWith("as of 2018-01-01: 2017, in force since 2017-11-07").containsPattern("\\n  2017 +permitted");
        assertThat(in2018.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void aDateBetweenTheRecordsTwoDatesSaysWhichWasUsedAndWhatTheOtherGives() throws Exception {
        Cli.Run run = Cli.run("check", "--as-of", "2017-10", spec().toString());
        assertThat(run.out()).contains("as of 2017-10 (read as 2017-10-01): 2012", "2017 if 2017 is dated 2017-09-04 (agreed in principle");
        Cli.Run dayOf = Cli.run("check", "--as-of", "2017-11-07", spec().toString());
        assertThat(dayOf.out()).startsWith("as of 2017-11-07: 2017,");
        Cli.Run dayBefore = Cli.run("check", "--as-of", "2017-11-06", spec().toString());
        assertThat(dayBefore.out()).startsWith("as of 2017-11-06: 2012,");
    }

    @Test
    void aDateBeforeTheFirstRevisionOrMalformedIsAUsageError() throws Exception {
        Cli.Run early = Cli.run("check", "--as-of", "1979-09-09", spec().toString());
        assertThat(early.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(early.err()).contains("--as-of: no revision was in force on 1979-09-09");
        Cli.Run bad = Cli.run("check", "--as-of", "2017-13-01", spec().toString());
        assertThat(bad.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(bad.err()).contains("--as-of", "2017-13-01");
    }

    @Test
    void everyMachineOutputCarriesVersionDigestAndRevisions() throws Exception {
        String file = spec().toString();
        JsonNode json = new ObjectMapper().readTree(Cli.run("check", "--format", "json", file).out()).get("provenance");
        assertThat(json.get("version").asText()).isNotBlank().isNotEqualTo("unknown");
        String digest = json.get("ruleBaseDigest").asText();
        assertThat(digest).matches("sha256:[0-9a-f]{64}");
        assertThat(json.get("revisions").get(0).asText()).isEqualTo("2012");

        String[] lines = Cli.run("check", "--format", "jsonl", file).out().split("\n");
        assertThat(lines[lines.length - 1]).contains("\"ruleBaseDigest\":\"" + digest + "\"");

        JsonNode sarif = new ObjectMapper().readTree(Cli.run("check", "--format", "sarif", file).out()).get("runs").get(0);
        assertThat(sarif.get("tool").get("driver").get("version").asText()).isEqualTo(json.get("version").asText());
        assertThat(sarif.get("tool").get("driver").get("properties").get("ruleBaseDigest").asText()).isEqualTo(digest);
        assertThat(sarif.get("properties").get("ruleBaseDigest").asText()).isEqualTo(digest);
        assertThat(sarif.get("properties").get("revisionIds").get(0).asText()).isEqualTo("2012");

        assertThat(Cli.run("check", "--format", "junit", file).out()).contains("rule base " + digest);
        assertThat(Cli.run("check", "--format", "markdown", file).out()).contains(digest.substring(7));
        assertThat(Cli.run("check", "--format", "html", file).out()).contains("<code class=\"rule-base-digest\">" + digest);
    }

    @Test
    void aUserRevisionFileChangesTheDigestAndTheSameInputGivesTheSameBytes() throws Exception {
        Path revision = dir.resolve("mine.yaml");
        Files.writeString(revision, "id: mine\ntitle: Mine\ndate: 2030\nextends: \"2017\"\n");
        String file = spec().toString();
        String plain = Cli.run("check", "--format", "json", file).out();
        String withFile = Cli.run("check", "--format", "json", "--revision-file", revision.toString(), file).out();
        String digestPlain = new ObjectMapper().readTree(plain).get("provenance").get("ruleBaseDigest").asText();
        String digestWith = new ObjectMapper().readTree(withFile).get("provenance").get("ruleBaseDigest").asText();
        assertThat(digestWith).isNotEqualTo(digestPlain);
        assertThat(Cli.run("check", "--format", "json", file).out()).isEqualTo(plain);
    }
}
