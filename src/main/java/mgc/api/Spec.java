package mgc.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import mgc.document.Format;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;

/**
 * A proposed missile system, validated exactly as a spec file is: built in Java with explicit
 * units, or parsed from YAML or JSON text or a file. Immutable.
 *
 * <pre>{@code
 * Spec hyunmoo4 = Spec.ballisticMissile("Hyunmoo-4").range(800, Unit.KM).payload(2, Unit.TONNE).build();
 * Spec parsed = Spec.parse("name: Hyunmoo-2C\ntype: ballistic-missile\nrange: 800 km\npayload: 500 kg\n");
 * }</pre>
 *
 * <p>A value the spec does not give is empty, never defaulted: a launch vehicle without a
 * propellant cannot be shown to comply with an impulse cap, and is prohibited (MG-UNDECLARED).
 */
public final class Spec {

    /** The kinds of system the guideline distinguishes. */
    public enum Type {
        /** {@code ballistic-missile}. */
        BALLISTIC_MISSILE(SystemType.BALLISTIC_MISSILE),
        /** {@code cruise-missile}. */
        CRUISE_MISSILE(SystemType.CRUISE_MISSILE),
        /** {@code uav}: an unmanned aerial vehicle. */
        UAV(SystemType.UAV),
        /** {@code space-launch-vehicle}. */
        SPACE_LAUNCH_VEHICLE(SystemType.SPACE_LAUNCH_VEHICLE);

        private final SystemType model;

        Type(SystemType model) {
            this.model = model;
        }

        /**
         * The name spec files use.
         *
         * @return e.g. {@code ballistic-missile}
         */
        public String id() {
            return model.id();
        }

        SystemType model() {
            return model;
        }

        static Type of(SystemType model) {
            return Stream.of(values()).filter(t -> t.model == model).findFirst().orElseThrow();
        }

        /**
         * The name spec files use.
         *
         * @return {@link #id()}
         */
        @Override
        public String toString() {
            return id();
        }
    }

    /** The propellant of a system, which decides whether an impulse cap applies. */
    public enum Propellant {
        /** {@code solid}. */
        SOLID(mgc.spec.Propellant.SOLID),
        /** {@code liquid}. */
        LIQUID(mgc.spec.Propellant.LIQUID),
        /** {@code hybrid}. */
        HYBRID(mgc.spec.Propellant.HYBRID);

        private final mgc.spec.Propellant model;

        Propellant(mgc.spec.Propellant model) {
            this.model = model;
        }

        /**
         * The name spec files use.
         *
         * @return e.g. {@code solid}
         */
        public String id() {
            return model.id();
        }

        static Propellant of(mgc.spec.Propellant model) {
            return Stream.of(values()).filter(p -> p.model == model).findFirst().orElseThrow();
        }
    }

    private final SystemSpec model;

    private Spec(SystemSpec model) {
        this.model = model;
    }

    SystemSpec model() {
        return model;
    }

    static Spec of(SystemSpec model) {
        return new Spec(model);
    }

    /**
     * Starts a ballistic missile.
     *
     * @param name the system's name, non-empty
     * @return a builder; range and payload are required
     */
    public static Builder ballisticMissile(String name) {
        return new Builder(name, Type.BALLISTIC_MISSILE);
    }

    /**
     * Starts a cruise missile.
     *
     * @param name the system's name, non-empty
     * @return a builder; range and payload are required
     */
    public static Builder cruiseMissile(String name) {
        return new Builder(name, Type.CRUISE_MISSILE);
    }

    /**
     * Starts an unmanned aerial vehicle.
     *
     * @param name the system's name, non-empty
     * @return a builder; range and payload are required
     */
    public static Builder uav(String name) {
        return new Builder(name, Type.UAV);
    }

    /**
     * Starts a space launch vehicle.
     *
     * @param name the system's name, non-empty
     * @return a builder; range and payload are optional, propellant and total impulse decide the impulse cap
     */
    public static Builder spaceLaunchVehicle(String name) {
        return new Builder(name, Type.SPACE_LAUNCH_VEHICLE);
    }

    /**
     * Starts a system of any type.
     *
     * @param name the system's name, non-empty
     * @param type its type
     * @return a builder
     */
    public static Builder of(String name, Type type) {
        return new Builder(name, type);
    }

    /**
     * Parses exactly one system from spec-file text (YAML, which includes JSON).
     *
     * @param text one system, e.g. {@code "name: X\ntype: uav\nrange: 300 km\npayload: 2500 kg\n"}
     * @return the system
     * @throws MgcException when the text is not exactly one valid system
     */
    public static Spec parse(String text) {
        List<Spec> specs = parseAll(text);
        if (specs.size() != 1) {
            throw MgcException.of("<spec text>", "expected exactly one system, found " + specs.size()
                    + " (use Spec.parseAll for several)");
        }
        return specs.get(0);
    }

    /**
     * Parses every system of spec-file text: YAML documents separated by {@code ---}, or a JSON
     * object or array.
     *
     * @param text the text of a spec file
     * @return the systems, in order
     * @throws MgcException naming line, column and field of every problem, when any system is invalid
     */
    public static List<Spec> parseAll(String text) {
        return SpecDocuments.read("<spec text>", text, Format.YAML);
    }

    /**
     * Reads every system of a spec file ({@code .yaml}, {@code .yml} or {@code .json}).
     *
     * @param file the spec file
     * @return the systems, in order
     * @throws MgcException when the file cannot be read or any system in it is invalid
     */
    public static List<Spec> read(Path file) {
        return SpecDocuments.read(file);
    }

    /**
     * The example specs shipped with mgc (the repository's {@code scenarios/examples/}:
     * Hyunmoo-2A, -2B, -2C, -4, a Scud-B class missile, a capability demo and a JSON batch).
     *
     * @return every system of every example file, files in name order
     */
    public static List<Spec> examples() {
        return SpecDocuments.examples();
    }

    /**
     * The system's name.
     *
     * @return the name, non-empty
     */
    public String name() {
        return model.name();
    }

    /**
     * The system's type.
     *
     * @return the type
     */
    public Type type() {
        return Type.of(model.type());
    }

    /**
     * The declared range.
     *
     * @param unit a length unit
     * @return the range in {@code unit}, or empty when not declared
     */
    public OptionalDouble range(Unit unit) {
        return SpecValues.in(model.range(), unit, Unit.Kind.LENGTH);
    }

    /**
     * The declared payload.
     *
     * @param unit a mass unit
     * @return the payload in {@code unit}, or empty when not declared
     */
    public OptionalDouble payload(Unit unit) {
        return SpecValues.in(model.payload(), unit, Unit.Kind.MASS);
    }

    /**
     * The declared total impulse.
     *
     * @param unit an impulse unit
     * @return the total impulse in {@code unit}, or empty when not declared
     */
    public OptionalDouble totalImpulse(Unit unit) {
        return SpecValues.in(model.totalImpulse(), unit, Unit.Kind.IMPULSE);
    }

    /**
     * The declared propellant.
     *
     * @return the propellant, or empty when not declared
     */
    public Optional<Propellant> propellant() {
        return model.propellant().map(Propellant::of);
    }

    /**
     * Where the system was read from, for messages.
     *
     * @return {@code file:line:column}, or a description such as {@code Spec "X"} for a built spec
     */
    public String location() {
        return model.location().line() > 0 ? model.location().toString() : model.location().file();
    }

    /**
     * The system as a spec file would write it, in canonical units.
     *
     * @return e.g. {@code Hyunmoo-4 (ballistic-missile, range 800 km, payload 2,000 kg)}
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(name()).append(" (").append(model.type().id());
        model.range().ifPresent(q -> out.append(", range ").append(q.display()));
        model.payload().ifPresent(q -> out.append(", payload ").append(q.display()));
        model.propellant().ifPresent(p -> out.append(", ").append(p.id()).append(" propellant"));
        model.totalImpulse().ifPresent(q -> out.append(", total impulse ").append(q.display()));
        return out.append(')').toString();
    }

    /**
     * Builds a {@link Spec} field by field, each value with its unit. Nothing is checked until
     * {@link #build()}, which validates the system exactly as a spec file is validated.
     */
    public static final class Builder {

        private final String name;
        private final Type type;
        private String range;
        private String payload;
        private String totalImpulse;
        private Propellant propellant;
        private final List<Stage> stages = new ArrayList<>();
        private String diameter;
        private Double dragCoefficient;
        private String losses;

        private Builder(String name, Type type) {
            this.name = name;
            this.type = type;
        }

        /**
         * Sets the range.
         *
         * @param value the range, greater than 0
         * @param unit  a length unit
         * @return this builder
         */
        public Builder range(double value, Unit unit) {
            range = SpecValues.quantity(value, unit, Unit.Kind.LENGTH);
            return this;
        }

        /**
         * Sets the payload.
         *
         * @param value the payload, 0 or more
         * @param unit  a mass unit
         * @return this builder
         */
        public Builder payload(double value, Unit unit) {
            payload = SpecValues.quantity(value, unit, Unit.Kind.MASS);
            return this;
        }

        /**
         * Sets the total impulse.
         *
         * @param value the total impulse, 0 or more
         * @param unit  an impulse unit
         * @return this builder
         */
        public Builder totalImpulse(double value, Unit unit) {
            totalImpulse = SpecValues.quantity(value, unit, Unit.Kind.IMPULSE);
            return this;
        }

        /**
         * Sets the propellant.
         *
         * @param propellant the propellant
         * @return this builder
         */
        public Builder propellant(Propellant propellant) {
            this.propellant = propellant;
            return this;
        }

        /**
         * Adds a stage, after those added before (first stage first), for
         * {@code mgc check --capability} and the capability model (docs/capability.md). Stages are
         * accepted for ballistic missiles and space launch vehicles only.
         *
         * @param stage the stage
         * @return this builder
         */
        public Builder stage(Stage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * Sets the body's diameter, which gives the flight model its reference area for drag
         * (with a {@link Stage#burnTime(double) burn time} on every stage).
         *
         * @param value the diameter, greater than 0
         * @param unit  a length unit
         * @return this builder
         */
        public Builder diameter(double value, Unit unit) {
            diameter = SpecValues.quantity(value, unit, Unit.Kind.LENGTH);
            return this;
        }

        /**
         * Sets one drag coefficient for every Mach number instead of the flight model's default
         * curve (needs the {@link #diameter(double, Unit) diameter}).
         *
         * @param coefficient the drag coefficient, greater than 0, no unit
         * @return this builder
         */
        public Builder dragCoefficient(double coefficient) {
            dragCoefficient = coefficient;
            return this;
        }

        /**
         * Sets the gravity and drag losses the burnout model subtracts (stages without burn times).
         *
         * @param metresPerSecond the losses, m/s, 0 or more
         * @return this builder
         */
        public Builder losses(double metresPerSecond) {
            losses = SpecValues.number(metresPerSecond) + " m/s";
            return this;
        }

        /**
         * Validates the system as a spec file would be (required fields, ranges of values).
         *
         * @return the spec
         * @throws MgcException naming each field at fault
         */
        public Spec build() {
            return new SpecDraft(name, type, range, payload, propellant, totalImpulse, stages, losses, diameter,
                    dragCoefficient).build();
        }
    }
}
