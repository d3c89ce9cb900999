package mgc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.report.chart.PlottedSystem;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Quantity;

/**
 * What the HTML report keeps of a run until its end: a row for each of the first
 * {@value DetailCap#SYSTEMS} systems (the charts need every point before they can be drawn), and
 * of every system only counts, by revision and decision and by type, so memory stays flat.
 */
final class HtmlRows {

    /** What the page needs of one system. */
    record Row(String file, String name, SystemType type, Double range, Double payload, List<VerdictRow> verdicts) {

        boolean plottable() {
            return range != null && payload != null;
        }

        PlottedSystem.Outcome overall() {
            long prohibited = verdicts.stream().filter(v -> v.decision == Decision.PROHIBITED).count();
            if (verdicts.stream().anyMatch(v -> v.decision == Decision.DEPENDS)) {
                return PlottedSystem.Outcome.MIXED;
            }
            return prohibited == 0 ? PlottedSystem.Outcome.PERMITTED
                    : prohibited == verdicts.size() ? PlottedSystem.Outcome.PROHIBITED : PlottedSystem.Outcome.MIXED;
        }

        VerdictRow under(String revision) {
            return verdicts.stream().filter(v -> v.revision.equals(revision)).findFirst().orElseThrow();
        }
    }

    record VerdictRow(String revision, Decision decision, List<String> findings) {}

    private final List<Row> rows = new ArrayList<>();
    private final DetailCap cap = new DetailCap();
    /** Verdicts of every system by revision (its index in the run's revisions) and decision. */
    private final long[][] decisions;
    private final Map<String, Integer> revisionIndex = new HashMap<>();
    private final long[] ofType = new long[SystemType.values().length];

    HtmlRows(List<Revision> revisions) {
        decisions = new long[revisions.size()][Decision.values().length];
        for (int i = 0; i < revisions.size(); i++) {
            revisionIndex.put(revisions.get(i).id(), i);
        }
    }

    void add(SystemResult result) {
        SystemSpec spec = result.spec();
        for (Verdict verdict : result.verdicts()) {
            decisions[revisionIndex.get(verdict.revision().id())][result.decision(verdict).ordinal()]++;
        }
        ofType[spec.type().ordinal()]++;
        if (!cap.admit()) {
            return;
        }
        List<VerdictRow> verdicts = new ArrayList<>();
        for (Verdict verdict : result.verdicts()) {
            List<String> findings = new ArrayList<>();
            if (result.decision(verdict) == Decision.DEPENDS) {
                result.box(verdict).ifPresent(box -> findings.add(DependsText.line(box)));
            }
            for (Reason reason : result.reasons(verdict)) {
                findings.add(reason.rule() + ": " + reason.message() + " (source: " + reason.source() + ")");
            }
            verdicts.add(new VerdictRow(verdict.revision().id(), result.decision(verdict), findings));
        }
        rows.add(new Row(result.file(), spec.name(), spec.type(), spec.range().map(Quantity::value).orElse(null),
                spec.payload().map(Quantity::value).orElse(null), verdicts));
    }

    /** The systems shown in full, in input order. */
    List<Row> rows() {
        return rows;
    }

    DetailCap cap() {
        return cap;
    }

    /** Systems of every kind with this decision under the revision. */
    long count(Revision revision, Decision decision) {
        return decisions[revisionIndex.get(revision.id())][decision.ordinal()];
    }

    /** Systems of this type, shown in full or not. */
    long ofType(SystemType type) {
        return ofType[type.ordinal()];
    }
}
