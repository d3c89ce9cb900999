package mgc.compare;

import java.nio.charset.StandardCharsets;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputException;
import mgc.spec.Propellant;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Numbers;

/**
 * A sample point written as a spec file and read back through the ordinary spec reader, so a
 * counterexample or witness the user is shown is exactly the spec that was evaluated.
 *
 * @param yaml the spec file text (canonical units: km, kg, N*s)
 */
public record SpecText(String yaml, SystemSpec spec) {

    public static SpecText of(String name, SystemType type, Double range, Double payload, Propellant propellant,
                              Double impulse) throws AnalysisException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("name: \"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        yaml.append("type: ").append(type.id()).append('\n');
        if (range != null) {
            yaml.append("range: ").append(Numbers.plain(range).toPlainString()).append(" km\n");
        }
        if (payload != null) {
            yaml.append("payload: ").append(Numbers.plain(payload).toPlainString()).append(" kg\n");
        }
        if (propellant != null) {
            yaml.append("propellant: ").append(propellant.id()).append('\n');
        }
        if (impulse != null) {
            yaml.append("total_impulse: ").append(Numbers.plain(impulse).toPlainString()).append(" N*s\n");
        }
        try {
            SpecReader.Result read = new SpecReader().read(new DocumentReader().read("<sample>",
                    yaml.toString().getBytes(StandardCharsets.UTF_8), Format.YAML));
            if (!read.errors().isEmpty() || read.systems().size() != 1) {
                throw new AnalysisException("sample point is not a valid spec: "
                        + (read.errors().isEmpty() ? "" : read.errors().get(0).describe()));
            }
            return new SpecText(yaml.toString(), read.systems().get(0));
        } catch (InputException e) {
            throw new AnalysisException("sample point is not a valid spec: " + e.getMessage());
        }
    }
}
