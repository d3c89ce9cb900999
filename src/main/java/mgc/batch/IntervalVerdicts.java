package mgc.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.compare.AnalysisException;
import mgc.document.InputError;
import mgc.engine.Evaluator;
import mgc.engine.Verdict;
import mgc.report.SystemResult;
import mgc.spec.SystemSpec;
import mgc.whatif.BoxAnalysis;
import mgc.whatif.BoxVerdict;

/**
 * Checks a spec with uncertain figures: its verdict over the whole box under each revision
 * ({@link BoxAnalysis}), as a result whose verdicts carry {@code permitted}, {@code prohibited}
 * or {@code depends}. A box the analysis cannot decide exactly is an error, never a guess.
 */
final class IntervalVerdicts {

    private IntervalVerdicts() {}

    /** The result, or the error to report in its place. */
    static Object check(String file, SystemSpec spec, Evaluator evaluator) {
        try {
            List<BoxVerdict> boxes = new BoxAnalysis(evaluator).analyse(spec);
            List<Verdict> verdicts = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                verdicts.add(boxes.get(i).asVerdict(evaluator.revisions().get(i)));
            }
            return new SystemResult(file, spec, verdicts, Optional.empty(), Optional.empty(), boxes);
        } catch (AnalysisException e) {
            return InputError.at(spec.location(), null, "cannot decide " + spec.name() + " over its intervals exactly: " + e.getMessage());
        }
    }
}
