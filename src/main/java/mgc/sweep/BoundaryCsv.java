package mgc.sweep;

import java.io.IOException;
import java.io.Writer;

/**
 * The boundary as CSV, one row per revision and range (RFC 4180, {@code \n} line ends):
 * {@code revision,type,range_km,max_permitted_payload_kg,permitted_points,points,payload_limit}. The
 * payload cell is empty when no payload of the grid is permitted at that range; {@code payload_limit}
 * says whether that cell is the limit ({@code within-grid}), only the grid's top
 * ({@code at-or-above-top}, {@code no-limit}), or absent ({@code none-permitted}). Revision ids are
 * letters, digits, '.', '_' and '-', so no cell needs quoting.
 */
public final class BoundaryCsv implements SweepReport {

    private final Writer out;

    public BoundaryCsv(Writer out) {
        this.out = out;
    }

    @Override
    public void result(Boundary.Result result) throws IOException {
        SweepRequest request = result.request();
        out.write("revision,type,range_km,max_permitted_payload_kg,permitted_points,points,payload_limit\n");
        int payloads = request.payload().count();
        StringBuilder row = new StringBuilder(64);
        for (Boundary boundary : result.boundaries()) {
            for (int column = 0; column < request.range().count(); column++) {
                int max = boundary.maxPermittedPayloadIndex()[column];
                row.setLength(0);
                row.append(boundary.revision().id()).append(',').append(request.type().id()).append(',')
                        .append(request.range().decimalAt(column).toPlainString()).append(',')
                        .append(max < 0 ? "" : request.payload().decimalAt(max).toPlainString()).append(',')
                        .append(boundary.permittedPoints()[column]).append(',').append(payloads).append(',')
                        .append(boundary.payloadLimit(column, payloads).id()).append('\n');
                out.write(row.toString());
            }
        }
    }

    @Override
    public void end(Void nothing) throws IOException {
        out.flush();
    }
}
