package mgc.compare;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.Node;
import mgc.engine.Evaluator;
import mgc.engine.RuleBase;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SpecInputs;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;

/**
 * Compares two revisions through one rule engine session holding both: the permitted regions per
 * system type ({@link RegionAnalysis}) and, for the user's spec files, the systems whose verdict
 * changes. Not thread-safe.
 */
public final class RevisionComparison implements AutoCloseable {

    private final Evaluator evaluator;
    private final Revision from;
    private final Revision to;
    private final List<VerdictChange> changes = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private int unchanged;
    private boolean specsGiven;

    public RevisionComparison(RuleBase ruleBase, Revision from, Revision to) {
        this.from = from;
        this.to = to;
        this.evaluator = ruleBase.newEvaluator(from.id().equals(to.id()) ? List.of(from) : List.of(from, to));
    }

    /** Every system type, in the order of {@link SystemType}. */
    public List<TypeComparison> types() throws AnalysisException {
        RegionAnalysis analysis = new RegionAnalysis(evaluator, from, to);
        List<TypeComparison> types = new ArrayList<>();
        for (SystemType type : SystemType.values()) {
            types.add(analysis.compare(type));
        }
        return types;
    }

    /**
     * Checks the systems of spec files (or {@code -} for stdin) under both revisions; with a
     * capability check, a system also counts as prohibited under a revision when any configuration
     * its stages allow is; a folder without spec files is an error unless {@code allowEmpty}.
     */
    public void specs(List<String> paths, boolean allowEmpty, DocumentReader reader, InputStream stdin,
                      java.util.Optional<mgc.capability.CapabilityAssessment> capabilityCheck) {
        specsGiven = true;
        SpecInputs.Expanded inputs = SpecInputs.expand(paths, allowEmpty);
        errors.addAll(inputs.errors());
        SpecReader specReader = new SpecReader();
        for (String file : inputs.files()) {
            boolean fromStdin = file.equals(SpecInputs.STDIN);
            String name = fromStdin ? "<stdin>" : file;
            List<Node> documents;
            try {
                documents = fromStdin ? reader.read(name, reader.readBounded(name, stdin), Format.YAML) : reader.read(Path.of(file));
            } catch (InputException e) {
                errors.addAll(e.errors());
                continue;
            }
            SpecReader.Result read = specReader.read(documents);
            errors.addAll(read.errors());
            for (SystemSpec spec : read.systems()) {
                List<Verdict> verdicts = evaluator.evaluate(spec);
                Verdict fromVerdict = verdicts.get(0);
                Verdict toVerdict = verdicts.get(verdicts.size() - 1);
                java.util.Optional<mgc.capability.CapabilityResult> capability =
                        capabilityCheck.map(c -> c.evaluate(spec, evaluator));
                if (VerdictChange.decision(capability, fromVerdict) != VerdictChange.decision(capability, toVerdict)) {
                    changes.add(new VerdictChange(name, spec, fromVerdict, toVerdict, capability));
                } else {
                    unchanged++;
                }
            }
        }
    }

    public Comparison result(List<TypeComparison> types, List<InputError> moreErrors) {
        List<InputError> all = new ArrayList<>(moreErrors);
        all.addAll(errors);
        return new Comparison(from, to, types, changes, unchanged, specsGiven, all);
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
