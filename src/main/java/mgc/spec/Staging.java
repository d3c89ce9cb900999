package mgc.spec;

import java.util.List;
import java.util.Optional;
import mgc.units.Quantity;

/**
 * The rocket a system is built from, for the capability model: its stages (first stage first)
 * and the gravity and drag losses the user states, if any. Nothing is defaulted here; the
 * capability model states the default it applies for absent losses.
 */
public record Staging(List<Stage> stages, Optional<Quantity> losses) {

    public Staging {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a staging needs at least one stage");
        }
    }
}
