package mgc.report.chart;

/** A checked system as a point on the chart: where it is and how it fared. */
public record PlottedSystem(String name, double rangeKm, double payloadKg, Outcome outcome) {

    /** The colour classes of points; each has its own colour and shape, so print and colour-blind readers can tell them apart. */
    public enum Outcome {
        PERMITTED("permitted"),
        MIXED("prohibited under some revisions"),
        PROHIBITED("prohibited");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
