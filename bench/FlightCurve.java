import java.util.Arrays;
import java.util.List;
import mgc.capability.CapabilityCurve;
import mgc.capability.flight.Burn;
import mgc.capability.flight.DragCurve;
import mgc.capability.flight.FlightModel;
import mgc.capability.flight.FlightVehicle;

/**
 * Times one rocket's range-payload curve with the flight model (issue 12): a fresh model each
 * round (no remembered flights), the heaviest payload to the useful range found by bisection,
 * then 201 evenly spaced points, as `mgc check --capability` asks for them. Prints the first
 * (cold JVM) round and the median of the rest. Run by bench/capability.sh.
 */
public class FlightCurve {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        FlightVehicle scud = new FlightVehicle(List.of(new Burn(4897, 3699, 230, 75)), 0.84, DragCurve.v2());
        double[] ms = new double[rounds];
        double range = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            CapabilityCurve curve = new CapabilityCurve(new FlightModel(scud), 180);
            curve.sample(200);
            range = curve.at(985).rangeKm();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(ms, 1, rounds);
        Arrays.sort(warm);
        System.out.printf("Scud-B flight-model curve (201 points + bisection): first %.0f ms, median of %d more %.0f ms;"
                + " 985 kg -> %.1f km%n", ms[0], warm.length, warm[warm.length / 2], range);
    }
}
