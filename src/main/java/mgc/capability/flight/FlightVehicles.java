package mgc.capability.flight;

import java.util.ArrayList;
import java.util.List;
import mgc.spec.Stage;
import mgc.spec.Staging;

/** Builds the flight model's vehicle from a spec's staging. */
public final class FlightVehicles {

    private FlightVehicles() {}

    /** The vehicle of a staging that {@link Staging#flightModel() has the flight fields}. */
    public static FlightVehicle of(Staging staging) {
        if (!staging.flightModel()) {
            throw new IllegalArgumentException("the flight model needs burn_time on every stage and a diameter");
        }
        List<Burn> burns = new ArrayList<>();
        for (Stage stage : staging.stages()) {
            double isp = stage.isp().value();
            burns.add(new Burn(stage.grossMass().value(), stage.propellantMass().value(), isp,
                    stage.burnTime().orElseThrow().value(), stage.vacuumIsp().map(q -> q.value()).orElse(isp)));
        }
        DragCurve drag = staging.dragCoefficient().map(DragCurve::constant).orElseGet(DragCurve::v2);
        return new FlightVehicle(burns, staging.diameterM().orElseThrow(), drag);
    }
}
