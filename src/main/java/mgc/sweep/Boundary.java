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
 */
public record Boundary(Revision revision, int[] maxPermittedPayloadIndex, int[] permittedPoints) {

    /** The revisions' boundaries of one sweep, in the order the revisions were chosen. */
    public record Result(SweepRequest request, List<Boundary> boundaries) {}
}
