package mgc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mgc.capability.CapabilityAssessment;
import mgc.capability.CapabilityOptions;
import mgc.capability.MtcrBoundary;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.units.Dimension;
import mgc.units.Quantity;
import mgc.units.QuantityParser;
import picocli.CommandLine.Option;

/** Options for judging systems by what their stages can do (mgc.capability); a mixin for any command. */
public final class CapabilityArguments {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?)\\s*%?");

    @Option(names = "--capability",
            description = "Also check every configuration the stages allow (the range-payload curve), with the MTCR category.")
    boolean capability;

    @Option(names = "--mtcr", description = "Print each system's MTCR category (from its stages, or else its declared point).")
    boolean mtcr;

    @Option(names = "--capability-threshold", paramLabel = "PERCENT", defaultValue = "20%",
            description = "Flag a declared range more than this far below what the stages give (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--mtcr-boundary", paramLabel = "READING", defaultValue = "at-least",
            description = "MTCR Category I at exactly 500 kg / 300 km: at-least (EU list) or exceeding (MTCR Guidelines) (default: ${DEFAULT-VALUE}).")
    String boundary;

    @Option(names = "--useful-range", paramLabel = "RANGE", defaultValue = "180 km",
            description = "Shortest flight counted as a capability; heavier payloads flown shorter are not (default: ${DEFAULT-VALUE}).")
    String usefulRange;

    /** The check to run, or empty when neither --capability nor --mtcr is given. */
    Optional<CapabilityAssessment> check() throws InputException {
        List<InputError> errors = new ArrayList<>();
        double fraction = CapabilityOptions.DEFAULT_THRESHOLD;
        Matcher percent = PERCENT.matcher(threshold.strip());
        if (percent.matches()) {
            fraction = Double.parseDouble(percent.group(1)) / 100;
        } else {
            errors.add(error("--capability-threshold", "expected a percentage from 0% to less than 100%, e.g. 20%, got \"" + threshold + "\""));
        }
        MtcrBoundary reading = MtcrBoundary.byId().get(boundary);
        if (reading == null) {
            errors.add(error("--mtcr-boundary", "unknown reading \"" + boundary + "\"; expected one of "
                    + String.join(", ", MtcrBoundary.byId().keySet())));
        }
        double floor = CapabilityOptions.DEFAULT_USEFUL_RANGE_KM;
        try {
            Quantity range = QuantityParser.parse(usefulRange, Dimension.LENGTH);
            floor = range.value();
            if (!(floor > 0 && floor < 20000)) {
                errors.add(error("--useful-range", "must be more than 0 km and less than 20,000 km, got " + usefulRange));
            }
        } catch (QuantityParser.QuantityException e) {
            errors.add(error("--useful-range", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        if (!capability && !mtcr) {
            return Optional.empty();
        }
        return Optional.of(new CapabilityAssessment(new CapabilityOptions(capability, fraction, reading, floor,
                CapabilityOptions.DEFAULT_SAMPLES)));
    }

    private static InputError error(String option, String message) {
        return new InputError(option, 0, 0, null, message);
    }
}
