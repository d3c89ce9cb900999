package mgc.capability;

import mgc.units.Numbers;

/**
 * One configuration of a system: a payload and the range it is flown to. {@code orbital} marks
 * a payload the stages put at orbital speed; its range is then half the circumference.
 */
public record CurvePoint(double payloadKg, double rangeKm, boolean orbital) {

    /** E.g. {@code with 500 kg it reaches 1,018.312 km}. */
    public String describe() {
        return "with " + Numbers.format(payloadKg) + " kg it " + reachText();
    }

    /** E.g. {@code reaches 1,018.312 km}, or the orbital case in words. */
    public String reachText() {
        return orbital
                ? "reaches orbital speed (no finite ballistic range; taken as " + Numbers.format(rangeKm) + " km, half the circumference)"
                : "reaches " + Numbers.format(rangeKm) + " km";
    }
}
