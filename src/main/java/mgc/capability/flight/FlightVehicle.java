package mgc.capability.flight;

import java.util.List;

/**
 * What the flight model needs of a rocket: its stages (first first), the diameter that gives the
 * reference area for drag, and the drag curve.
 */
public record FlightVehicle(List<Burn> burns, double diameterM, DragCurve drag) {

    public FlightVehicle {
        burns = List.copyOf(burns);
        if (burns.isEmpty() || !(diameterM > 0)) {
            throw new IllegalArgumentException("need at least one stage and a diameter > 0");
        }
    }

    public double referenceAreaM2() {
        return Math.PI * diameterM * diameterM / 4;
    }

    /** Launch mass with this payload, kg. */
    public double launchMass(double payloadKg) {
        return payloadKg + burns.stream().mapToDouble(Burn::grossKg).sum();
    }
}
