package mgc.report;

import mgc.output.RunSummary;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tally's counts, and what it tells a progress meter. */
class TallyTest {

    @Test
    void progressHearsSystemsAndErrorsAsTheyAreCounted() {
        Tally tally = new Tally();
        List<Long> heard = new ArrayList<>();
        tally.onProgress(heard::add);
        tally.file("a.yaml");
        tally.results("batch.jsonl", 2048, 2000, 48);
        tally.error();
        tally.results("batch.jsonl", 10, 10, 0, 0);
        assertThat(heard).containsExactly(2048L, 2049L, 2059L);
        RunSummary summary = tally.summary(1);
        assertThat(summary.line()).contains("2058 systems").contains("1 error");
    }
}
