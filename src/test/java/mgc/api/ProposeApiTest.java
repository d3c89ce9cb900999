package mgc.api;

import static mgc.api.assertj.MgcAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Guideline.propose: the least relaxation through the library, checked and compared like any hypothetical revision. */
class ProposeApiTest {

    private static final Spec HYUNMOO_4 = Spec.ballisticMissile("Hyunmoo-4").range(800, Unit.KM).payload(2, Unit.TONNE).build();

    @Test
    void aProposalFrom2012PermitsHyunmoo4AndIsMorePermissiveForBallisticMissilesOnly() {
        Guideline shipped = Guideline.shipped();
        String yaml = shipped.propose("2012", "least-2012", List.of(HYUNMOO_4)).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(yaml).contains("extends: \"2012\"")
                .contains("- {range: 800 km, payload: 2000 kg}\n        - {range: 801 km, payload: 500 kg}");
        Guideline with = shipped.withRevision(yaml);
        assertThat(with.check(HYUNMOO_4, "2012", "least-2012")).isProhibitedUnder("2012").byRule("MG-TRADEOFF");
        assertThat(with.check(HYUNMOO_4, "least-2012")).isPermittedUnder("least-2012");
        Comparison comparison = with.compare("2012", "least-2012");
        org.assertj.core.api.Assertions.assertThat(comparison.types()).extracting(t -> t.type().id() + " " + t.relation().id())
                .containsExactly("ballistic-missile more-permissive", "cruise-missile equivalent", "uav equivalent",
                        "space-launch-vehicle equivalent");
    }

    @Test
    void aSystemAlreadyPermittedNeedsNoProposal() {
        Spec hyunmoo2c = Spec.ballisticMissile("Hyunmoo-2C").range(800, Unit.KM).payload(500, Unit.KG).build();
        org.assertj.core.api.Assertions.assertThat(Guideline.shipped().propose("2012", "p", List.of(hyunmoo2c))).isEqualTo(Optional.empty());
    }

    @Test
    void aTakenIdAndAnUnknownRevisionAreErrors() {
        assertThatThrownBy(() -> Guideline.shipped().propose("2012", "2017", List.of(HYUNMOO_4)))
                .isInstanceOf(MgcException.class).hasMessageContaining("revision \"2017\" already exists");
        assertThatThrownBy(() -> Guideline.shipped().propose("2013", "p", List.of(HYUNMOO_4))).isInstanceOf(MgcException.class);
    }
}
