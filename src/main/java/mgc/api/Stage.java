package mgc.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * One rocket stage for {@link Spec.Builder#stage(Stage)}, as a spec file's {@code stages:} entry
 * gives it (docs/capability.md): the stage loaded with its propellant (not the stages above it,
 * not the payload), the propellant it burns and its specific impulse; for the flight model also
 * its burn time and, optionally, its vacuum Isp (the Isp is then the sea-level figure). Nothing is
 * checked until the spec is built, which validates it exactly as a spec file's stage is validated
 * (errors name {@code stages[0].isp} and so on). Immutable.
 *
 * <pre>{@code
 * Spec scud = Spec.ballisticMissile("Scud-B").range(300, Unit.KM).payload(985, Unit.KG)
 *         .stage(Stage.of(4897, 3699, Unit.KG, 230).burnTime(75)).diameter(0.84, Unit.M).build();
 * }</pre>
 */
public final class Stage {

    private final String grossMass;
    private final String propellantMass;
    private final String isp;
    private final String burnTime;
    private final String vacuumIsp;

    private Stage(String grossMass, String propellantMass, String isp, String burnTime, String vacuumIsp) {
        this.grossMass = grossMass;
        this.propellantMass = propellantMass;
        this.isp = isp;
        this.burnTime = burnTime;
        this.vacuumIsp = vacuumIsp;
    }

    /**
     * A stage for the burnout model (add {@link #burnTime(double)} for the flight model).
     *
     * @param grossMass      the stage with its propellant, greater than 0
     * @param propellantMass the propellant it burns, less than the gross mass
     * @param massUnit       a mass unit for both
     * @param ispSeconds     specific impulse, s, greater than 0
     * @return the stage
     */
    public static Stage of(double grossMass, double propellantMass, Unit massUnit, double ispSeconds) {
        return new Stage(SpecValues.quantity(grossMass, massUnit, Unit.Kind.MASS),
                SpecValues.quantity(propellantMass, massUnit, Unit.Kind.MASS), seconds(ispSeconds), null, null);
    }

    /**
     * The same stage with a burn time, which the flight model needs on every stage (with the
     * system's {@link Spec.Builder#diameter(double, Unit) diameter}).
     *
     * @param seconds how long it burns, s, greater than 0
     * @return a new stage
     */
    public Stage burnTime(double seconds) {
        return new Stage(grossMass, propellantMass, isp, seconds(seconds), vacuumIsp);
    }

    /**
     * The same stage with its vacuum Isp: the Isp given to {@link #of} is then its sea-level
     * figure, and the flight model lets thrust rise as the air thins (F = F_vac - p * A_e).
     *
     * @param seconds specific impulse in vacuum, s, at least the sea-level Isp
     * @return a new stage
     */
    public Stage vacuumIsp(double seconds) {
        return new Stage(grossMass, propellantMass, isp, burnTime, seconds(seconds));
    }

    /** Writes the stage as a spec file's {@code stages:} entry. */
    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("gross_mass", grossMass);
        json.writeStringField("propellant_mass", propellantMass);
        json.writeStringField("isp", isp);
        if (burnTime != null) {
            json.writeStringField("burn_time", burnTime);
        }
        if (vacuumIsp != null) {
            json.writeStringField("vacuum_isp", vacuumIsp);
        }
        json.writeEndObject();
    }

    private static String seconds(double value) {
        return SpecValues.number(value) + " s";
    }

    /**
     * The stage as a spec file would write it.
     *
     * @return e.g. {@code {gross_mass: 4897 kg, propellant_mass: 3699 kg, isp: 230 s, burn_time: 75 s}}
     */
    @Override
    public String toString() {
        return "{gross_mass: " + grossMass + ", propellant_mass: " + propellantMass + ", isp: " + isp
                + (burnTime == null ? "" : ", burn_time: " + burnTime) + (vacuumIsp == null ? "" : ", vacuum_isp: " + vacuumIsp) + "}";
    }
}
