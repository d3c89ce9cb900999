package mgc.capability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import mgc.document.Location;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Quantity;
import org.junit.jupiter.api.Test;

class MtcrCategoryTest {

    private static SystemSpec declared(Double rangeKm, Double payloadKg) {
        return new SystemSpec("t", SystemType.BALLISTIC_MISSILE,
                Optional.ofNullable(rangeKm).map(r -> Quantity.of(Dimension.LENGTH, r)),
                Optional.ofNullable(payloadKg).map(p -> Quantity.of(Dimension.MASS, p)),
                Optional.empty(), Optional.empty(), Location.startOf("t.yaml"), Map.of());
    }

    @Test
    void exactlyOnTheThresholdTheTwoReadingsDiffer() {
        SystemSpec boundary = declared(300.0, 500.0);
        assertThat(MtcrCategory.ofDeclared(boundary, MtcrBoundary.AT_LEAST).category()).isEqualTo(MtcrCategory.CATEGORY_I);
        assertThat(MtcrCategory.ofDeclared(boundary, MtcrBoundary.EXCEEDING).category()).isEqualTo(MtcrCategory.CATEGORY_II);
        assertThat(MtcrBoundary.DEFAULT).isEqualTo(MtcrBoundary.AT_LEAST);
    }

    @Test
    void declaredPointCategories() {
        assertThat(MtcrCategory.ofDeclared(declared(300.1, 500.1), MtcrBoundary.EXCEEDING).category()).isEqualTo(MtcrCategory.CATEGORY_I);
        assertThat(MtcrCategory.ofDeclared(declared(800.0, 100.0), MtcrBoundary.AT_LEAST).category()).isEqualTo(MtcrCategory.CATEGORY_II);
        assertThat(MtcrCategory.ofDeclared(declared(299.9, 2000.0), MtcrBoundary.AT_LEAST).category()).isEqualTo(MtcrCategory.NOT_CONTROLLED);
        assertThat(MtcrCategory.ofDeclared(declared(null, null), MtcrBoundary.AT_LEAST).category()).isEqualTo(MtcrCategory.UNDETERMINED);
        assertThat(MtcrCategory.ofDeclared(declared(800.0, 500.0), MtcrBoundary.AT_LEAST).deciding()).contains("declared point");
    }

    /** The category comes from the curve: what the stages can do, not what is declared. */
    @Test
    void stagesDecideTheCategory() {
        // carries 500 kg to ~460 km
        CapabilityCurve scud = new CapabilityCurve(new RocketEquation(new double[] {4915}, new double[] {3771}, new double[] {230}, 600), 180);
        MtcrCategory.Classification one = MtcrCategory.of(scud, MtcrBoundary.EXCEEDING);
        assertThat(one.category()).isEqualTo(MtcrCategory.CATEGORY_I);
        assertThat(one.deciding()).startsWith("with 500 kg it reaches 460.");

        // a small rocket: 300 km only with a light payload
        CapabilityCurve small = new CapabilityCurve(new RocketEquation(new double[] {1500}, new double[] {1150}, new double[] {240}, 400), 50);
        assertThat(small.at(500).rangeKm()).isLessThan(300);
        assertThat(small.at(0).rangeKm()).isGreaterThanOrEqualTo(300);
        MtcrCategory.Classification two = MtcrCategory.of(small, MtcrBoundary.AT_LEAST);
        assertThat(two.category()).isEqualTo(MtcrCategory.CATEGORY_II);
        assertThat(two.deciding()).contains("kg to 300 km");

        CapabilityCurve tiny = new CapabilityCurve(new RocketEquation(new double[] {500}, new double[] {300}, new double[] {220}, 300), 20);
        assertThat(MtcrCategory.of(tiny, MtcrBoundary.AT_LEAST).category()).isEqualTo(MtcrCategory.NOT_CONTROLLED);
    }
}
