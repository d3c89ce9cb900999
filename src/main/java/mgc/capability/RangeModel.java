package mgc.capability;

import java.util.List;

/**
 * How far a staged system flies a payload: the burnout model (rocket equation, then a vacuum
 * ballistic arc from the surface) or the flight model (mgc.capability.flight: a flight integrated
 * through the atmosphere). The curve, the configurations checked, the MTCR category and the
 * declared-point check all read ranges from one model.
 */
public interface RangeModel {

    /** The farthest flight with this payload. */
    BallisticRange.Reach reach(double payloadKg);

    /** Launch mass with this payload, kg. */
    double launchMass(double payloadKg);

    /** The model's id in output: {@code burnout} or {@code flight}. */
    String id();

    /** The model and each of its assumptions in words, with sources. */
    List<String> assumptions();
}
