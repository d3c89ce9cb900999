package mgc.sweep;

import java.util.List;
import mgc.revision.Revision;

/**
 * What a sweep found for one revision: for each range of the grid, the largest payload of the
 * grid that the revision permits at that range, and how many of the column's points it permits.
 *
 * @param maxPermittedPayloadIndex per range index, the payload index of the largest permitted
 *                                 payload, or -1 when no payload of the column is permitted
 * @param permittedPoints          per range index, how many payloads of the column are permitted
 * @param noPayloadLimit           per range index, true when the rule base permits any payload at
 *                                 that range (a probe with an unbounded payload is permitted), so the
 *                                 grid's top is not the limit but only where the grid stops
 */
public record Boundary(Revision revision, int[] maxPermittedPayloadIndex, int[] permittedPoints, boolean[] noPayloadLimit) {

    /** Where the payload limit at one range lies with respect to the grid. */
    public enum PayloadLimit {
        /** The largest permitted payload of the grid is the limit (to the grid's step). */
        WITHIN_GRID("within-grid"),
        /** The grid's top payload is permitted but an unbounded one is not: the limit is at or above the grid's top. */
        AT_OR_ABOVE_TOP("at-or-above-top"),
        /** No payload limit at this range: any payload is permitted. */
        NO_LIMIT("no-limit"),
        /** No payload of the grid is permitted at this range. */
        NONE_PERMITTED("none-permitted");

        private final String id;

        PayloadLimit(String id) {
            this.id = id;
        }

        /** The value written in the CSV and JSON outputs. */
        public String id() {
            return id;
        }
    }

    /** Where the payload limit at range index {@code column} lies, for a grid of {@code payloads} payloads. */
    public PayloadLimit payloadLimit(int column, int payloads) {
        int max = maxPermittedPayloadIndex[column];
        if (max < 0) {
            return PayloadLimit.NONE_PERMITTED;
        }
        if (noPayloadLimit[column]) {
            return PayloadLimit.NO_LIMIT;
        }
        return max == payloads - 1 ? PayloadLimit.AT_OR_ABOVE_TOP : PayloadLimit.WITHIN_GRID;
    }

    /** The revisions' boundaries of one sweep, in the order the revisions were chosen. */
    public record Result(SweepRequest request, List<Boundary> boundaries) {}
}
