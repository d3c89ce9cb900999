package mgc.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mgc.api.Guideline;
import mgc.api.Spec;
import mgc.api.Unit;
import mgc.document.DocumentReader;
import mgc.document.Format;
import org.junit.jupiter.api.Test;

/** A revision file written by mgc propose validates against schemas/revision.schema.json, like a hand-written one. */
class ProposalSchemaTest {

    @Test
    void aProposalValidatesAgainstTheRevisionSchema() throws Exception {
        Schema revision = SchemaFiles.load("revision.schema.json");
        List<Spec> specs = List.of(
                Spec.ballisticMissile("Hyunmoo-4").range(800, Unit.KM).payload(2, Unit.TONNE).build(),
                Spec.ballisticMissile("Far").range(900, Unit.KM).payload(500, Unit.KG).build(),
                Spec.cruiseMissile("Heavy \"cruise\"").range(1500, Unit.KM).payload(1000, Unit.KG).build(),
                Spec.uav("Big UAV").range(400, Unit.KM).payload(3000, Unit.KG).build());
        String yaml = Guideline.shipped().propose("2012", "proposal-2012", specs).orElseThrow();
        var document = new DocumentReader().read("proposal.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML).get(0);
        assertThat(SchemaFiles.messages(SchemaFiles.validate(revision, document))).as(yaml).isEmpty();
    }
}
