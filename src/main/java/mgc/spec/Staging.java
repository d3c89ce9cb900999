package mgc.spec;

import java.util.List;
import java.util.Optional;
import mgc.units.Quantity;

/**
 * The rocket a system is built from, for the capability model: its stages (first stage first),
 * the gravity and drag losses the user states, if any, and for the flight model the body's
 * diameter (in m) and drag coefficient. Nothing is defaulted here; the capability model states
 * the defaults it applies.
 *
 * @param diameterM        the body's largest diameter, m, which gives the reference area for drag
 * @param dragCoefficient  one drag coefficient for every Mach number; empty means the default curve
 */
public record Staging(List<Stage> stages, Optional<Quantity> losses, Optional<Double> diameterM,
                      Optional<Double> dragCoefficient) {

    public Staging {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a staging needs at least one stage");
        }
    }

    /** Stages for the burnout model only. */
    public Staging(List<Stage> stages, Optional<Quantity> losses) {
        this(stages, losses, Optional.empty(), Optional.empty());
    }

    /** Whether the flight model applies: every stage has a burn time and the diameter is given. */
    public boolean flightModel() {
        return diameterM.isPresent() && stages.stream().allMatch(s -> s.burnTime().isPresent());
    }
}
