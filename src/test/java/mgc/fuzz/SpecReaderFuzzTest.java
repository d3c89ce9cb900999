package mgc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputException;
import mgc.document.Node;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;

/**
 * Coverage-guided fuzzing of the spec reading path: bytes, read as YAML or JSON by
 * {@link DocumentReader}, then validated by {@link SpecReader}. Any input may be refused with
 * input errors; none may throw anything else, hang or exhaust memory (the fuzz executions run
 * with a small heap). Seeds and kept crash inputs: src/test/resources/mgc/fuzz/SpecReaderFuzzTestInputs/.
 */
class SpecReaderFuzzTest {

    private final DocumentReader reader = new DocumentReader();
    private final SpecReader specReader = new SpecReader();

    @FuzzTest
    @DictionaryEntries({"name", "type", "range", "payload", "propellant", "total_impulse", "ballistic-missile",
            "cruise-missile", "uav", "space-launch-vehicle", "solid", "liquid", "hybrid", " km", " mi", " nmi", " kg",
            " lb", " t", " N*s", " lbf*s", " kN*s", "1e999", ".nan", ".inf", "---", ": ", "- ", "{", "}", "[", "]",
            "&a", "*a", "!!str", "#"})
    void specReader(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Format format = (input[0] & 1) == 0 ? Format.YAML : Format.JSON;
        byte[] document = Arrays.copyOfRange(input, 1, input.length);
        String name = format == Format.YAML ? "fuzz.yaml" : "fuzz.json";
        List<Node> documents;
        try {
            documents = reader.read(name, document, format);
        } catch (InputException e) {
            FuzzChecks.wellFormed(e.errors(), name);
            return;
        }
        SpecReader.Result result = specReader.read(documents);
        FuzzChecks.wellFormed(result.errors(), name);
        for (SystemSpec spec : result.systems()) {
            assertThat(spec.name()).isNotBlank();
            spec.range().ifPresent(q -> assertThat(q.value()).isFinite().isPositive());
            spec.payload().ifPresent(q -> assertThat(q.value()).isFinite().isNotNegative());
            spec.totalImpulse().ifPresent(q -> assertThat(q.value()).isFinite().isNotNegative());
        }
    }
}
