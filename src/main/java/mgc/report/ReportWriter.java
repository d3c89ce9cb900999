package mgc.report;

import java.io.IOException;
import java.util.List;
import mgc.document.InputError;
import mgc.revision.Revision;

/**
 * Writes the results of a check run in one format. Results are streamed in input order, so a
 * large batch is never held in memory; errors may be buffered by formats that list them last.
 */
public interface ReportWriter {

    void begin(List<Revision> revisions) throws IOException;

    void result(SystemResult result) throws IOException;

    void error(InputError error) throws IOException;

    void end(RunSummary summary) throws IOException;
}
