package mgc.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void everyBreakpointIsACellOfItsOwnBetweenOpenIntervals() {
        List<Span> range = Cells.cut(new TreeSet<>(List.of(300.0, 800.0)), 0, false);
        assertThat(range).containsExactly(
                Span.interval(0, false, 300.0, false), Span.point(300), Span.interval(300, false, 800.0, false),
                Span.point(800), Span.interval(800, false, null, false));
        // A closed minimum that is itself a breakpoint (a 0 kg cap) gives the point alone, no empty interval.
        assertThat(Cells.cut(new TreeSet<>(List.of(0.0)), 0, true))
                .containsExactly(Span.point(0), Span.interval(0, false, null, false));
        // A breakpoint at an open minimum (a range threshold of 0 km) is not a value the field can take.
        assertThat(Cells.cut(new TreeSet<>(List.of(0.0, 100.0)), 0, false))
                .containsExactly(Span.interval(0, false, 100.0, false), Span.point(100), Span.interval(100, false, null, false));
    }

    @Test
    void samplesAreRoundNumbersStrictlyInsideTheirCell() {
        assertThat(Cells.niceBetween(800, 1000.0)).isEqualTo(900);
        assertThat(Cells.niceBetween(500, null)).isEqualTo(600);
        assertThat(Cells.niceBetween(2500, null)).isEqualTo(3000);
        assertThat(Cells.niceBetween(0, null)).isEqualTo(100);
        assertThat(Cells.niceBetween(300, 500.0)).isEqualTo(400);
        assertThat(Cells.niceBetween(4448221.6152605, null)).isEqualTo(5_000_000);
        assertThat(Cells.sample(Span.point(800))).isEqualTo(800);
        assertThat(Cells.sample(Span.notDeclared())).isNull();
        // However narrow the interval, the sample is inside it as a double, not just as a decimal.
        assertThat(Cells.niceBetween(1.0, 1.0000001)).isGreaterThan(1.0).isLessThan(1.0000001);
        assertThat(Cells.niceBetween(459.99, 460.0)).isGreaterThan(459.99).isLessThan(460.0);
        double lo = 733.3333333333334;
        assertThat(Cells.niceBetween(lo, Math.nextUp(Math.nextUp(lo)))).isGreaterThan(lo).isLessThan(Math.nextUp(Math.nextUp(lo)));
    }
}
