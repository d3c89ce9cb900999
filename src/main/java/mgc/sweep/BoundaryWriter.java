package mgc.sweep;

import java.io.IOException;
import java.io.Writer;

/** Writes a sweep's boundaries in one format. */
public interface BoundaryWriter {

    void write(Boundary.Result result, Writer out) throws IOException;
}
