package mgc.capability.flight;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The pitch-over kick that flies a payload farthest: a coarse scan of kicks from 0.5 to 60
 * degrees from the vertical finds the best bracket, then Brent's method (Apache Commons Math)
 * refines it. The range is flat near its peak, so the kick is found to 1e-5 rad and the range
 * to far better than the model's accuracy.
 */
public final class PitchOver {

    private static final double LOW = Math.toRadians(0.5);
    private static final double HIGH = Math.toRadians(60);
    private static final int SCAN = 12;

    private PitchOver() {}

    /** The best flight of this payload and the kick that gives it. */
    public record Best(double kickRad, Flight.Outcome outcome) {}

    public static Best best(FlightVehicle vehicle, double payloadKg) {
        double step = (HIGH - LOW) / SCAN;
        double bestKick = LOW;
        Flight.Outcome bestOutcome = null;
        for (int i = 0; i <= SCAN; i++) {
            double kick = LOW + i * step;
            Flight.Outcome outcome = Flight.fly(vehicle, payloadKg, kick);
            if (bestOutcome == null || outcome.rangeKm() > bestOutcome.rangeKm()) {
                bestKick = kick;
                bestOutcome = outcome;
            }
            if (outcome.orbital()) {
                return new Best(kick, outcome); // no farther than anywhere on Earth
            }
        }
        if (bestOutcome.rangeKm() == 0) {
            return new Best(bestKick, bestOutcome);
        }
        double low = Math.max(LOW, bestKick - step);
        double high = Math.min(HIGH, bestKick + step);
        UnivariatePointValuePair refined = new BrentOptimizer(1e-6, 1e-5).optimize(new MaxEval(60), GoalType.MAXIMIZE,
                new SearchInterval(low, high, bestKick),
                new UnivariateObjectiveFunction(kick -> Flight.fly(vehicle, payloadKg, kick).rangeKm()));
        if (refined.getValue() <= bestOutcome.rangeKm()) {
            return new Best(bestKick, bestOutcome);
        }
        return new Best(refined.getPoint(), Flight.fly(vehicle, payloadKg, refined.getPoint()));
    }
}
