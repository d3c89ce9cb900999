package mgc.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mgc.document.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static ShippedSuite.Outcome realSystemsOnly;

    @BeforeAll
    static void run() throws InputException {
        realSystemsOnly = ShippedSuite.run(List.of("scenarios/real-systems.scenario.yaml"));
    }

    @Test
    void countsOnlyApplicablePairsAndOnlyTheSidesTheDrlDeclares() {
        List<Coverage.Entry> entries = realSystemsOnly.coverage().entries();
        // 1979 has a range and a payload cap for ballistic missiles, both required fields: no MG-UNDECLARED.
        assertThat(entries.stream().filter(e -> e.revision().equals("1979")).map(e -> e.rule() + " " + e.side().id()))
                .containsExactly("MG-PAYLOAD fires", "MG-PAYLOAD within", "MG-RANGE fires", "MG-RANGE within");
        // MG-UNDECLARED has no "within" rule in the DRL, so only its firing side is counted.
        assertThat(entries.stream().filter(e -> e.rule().equals("MG-UNDECLARED")).map(Coverage.Entry::side).distinct())
                .containsExactly(Coverage.Side.FIRES);
        // The impulse cap needs propellant and impulse, which a spec may omit: MG-UNDECLARED applies while it lasts.
        assertThat(entries.stream().filter(e -> e.rule().equals("MG-UNDECLARED")).map(Coverage.Entry::revision))
                .containsExactly("2001", "2012", "2017");
        assertThat(entries).noneMatch(e -> e.revision().equals("2021"));
    }

    @Test
    void aPartialSuiteShowsWhatItNeverReached() {
        Coverage coverage = realSystemsOnly.coverage();
        assertThat(coverage.percent()).isLessThan(100.0).isGreaterThan(0.0);
        // No real system sits just over the 2012 range cap, so MG-RANGE never fires under 2012 here.
        assertThat(coverage.entries()).contains(new Coverage.Entry("2012", "MG-RANGE", Coverage.Side.FIRES, false));
        // Hyunmoo-4 is prohibited by the 2012 trade-off curve.
        assertThat(coverage.entries()).contains(new Coverage.Entry("2012", "MG-TRADEOFF", Coverage.Side.FIRES, true));
        long covered = coverage.entries().stream().filter(Coverage.Entry::covered).count();
        assertThat(coverage.percent()).isEqualTo(100.0 * covered / coverage.entries().size());
    }
}
