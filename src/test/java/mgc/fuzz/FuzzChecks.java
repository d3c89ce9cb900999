package mgc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mgc.document.InputError;

/** What every refusal must look like: named file, sane position, a message, a printable line. */
final class FuzzChecks {

    private FuzzChecks() {}

    static void wellFormed(List<InputError> errors, String file) {
        for (InputError error : errors) {
            assertThat(error.file()).isNotNull();
            assertThat(error.line()).isNotNegative();
            assertThat(error.column()).isNotNegative();
            assertThat(error.message()).isNotBlank();
            assertThat(error.describe()).startsWith(error.file());
        }
    }
}
