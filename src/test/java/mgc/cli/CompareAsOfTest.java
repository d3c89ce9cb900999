package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;

/** mgc compare --as-of DATE / --to-as-of DATE: each side by the revision in force on a date (issue 11). */
class CompareAsOfTest {

    @Test
    void mid2015ComparesFrom2012AndEarly2018To2017SayingWhichDatesWereUsed() throws Exception {
        Cli.Run run = Cli.run("compare", "--as-of", "2015-06-01", "--to-as-of", "2018-01-01");
        assertThat(run.out()).startsWith("from as of 2015-06-01: 2012, in force since 2012-10-07")
                .contains("\nto as of 2018-01-01: 2017, in force since 2017-11-07");
        assertThat(run.out()).endsWith(Cli.run("compare", "2012", "2017").out());
        assertThat(run.status()).isEqualTo(Cli.run("compare", "2012", "2017").status());
    }

    @Test
    void aDateOnOneSideAndAnIdOnTheOtherMatchTheTwoIds() throws Exception {
        String byIds = Cli.run("compare", "2012", "2017").out();
        String mixed = Cli.run("compare", "--as-of", "2015-06-01", "2017").out();
        assertThat(mixed).startsWith("from as of 2015-06-01: 2012,").endsWith(byIds);
        String other = Cli.run("compare", "2012", "--to-as-of", "2018-01-01").out();
        assertThat(other).startsWith("to as of 2018-01-01: 2017,").endsWith(byIds);
    }

    @Test
    void theDayARevisionStartsIsItsOwnAndTheDayBeforeIsNot() throws Exception {
        assertThat(Cli.run("compare", "--as-of", "2017-11-06", "--to-as-of", "2017-11-07").out())
                .startsWith("from as of 2017-11-06: 2012,").contains("\nto as of 2017-11-07: 2017,");
    }

    @Test
    void jsonNamesTheRevisionsTheDatesAndTheRuleBase() throws Exception {
        JsonNode json = new ObjectMapper().readTree(
                Cli.run("compare", "--format", "json", "--as-of", "2015-06-01", "--to-as-of", "2018-01-01").out());
        assertThat(json.get("from").asText()).isEqualTo("2012");
        assertThat(json.get("to").asText()).isEqualTo("2017");
        JsonNode provenance = json.get("provenance");
        assertThat(provenance.get("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(provenance.get("ruleBaseDigest").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(provenance.get("revisions").toString()).isEqualTo("[\"2012\",\"2017\"]");
        assertThat(provenance.get("asOf").get(0).asText()).startsWith("from as of 2015-06-01: 2012");
        assertThat(provenance.get("asOf").get(1).asText()).startsWith("to as of 2018-01-01: 2017");

        JsonNode byIds = new ObjectMapper().readTree(Cli.run("compare", "--format", "json", "2012", "2017").out());
        assertThat(byIds.get("provenance").get("revisions").toString()).isEqualTo("[\"2012\",\"2017\"]");
        assertThat(byIds.get("provenance").get("asOf")).isEmpty();
    }

    @Test
    void badDatesAreUsageErrorsNamingTheOption() throws Exception {
        Cli.Run bad = Cli.run("compare", "--as-of", "2015-13-01", "2017");
        assertThat(bad.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(bad.err()).contains("--as-of", "2015-13-01").doesNotContain("Exception");
        Cli.Run early = Cli.run("compare", "2012", "--to-as-of", "1970");
        assertThat(early.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(early.err()).contains("--to-as-of: no revision was in force on 1970");
        Cli.Run missing = Cli.run("compare", "--as-of", "2015-06-01");
        assertThat(missing.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(missing.err()).contains("TO");
    }
}
