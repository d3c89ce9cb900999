package mgc.report;

import java.util.List;
import java.util.Optional;
import mgc.capability.CapabilityResult;
import mgc.engine.Decision;
import mgc.engine.Trace;
import mgc.engine.Verdict;
import mgc.spec.SystemSpec;
import mgc.whatif.BoxVerdict;
import mgc.whatif.Nearest;

/**
 * One system from one file, with its verdict under each selected revision.
 *
 * @param capability what the system's stages can do, when capability was assessed (--capability, --mtcr)
 * @param trace what the rule engine did for it, when --explain asked for it
 * @param boxes for a spec with uncertain figures, its verdict over the box under each revision
 *              (in the order of {@code verdicts}, whose decisions they set); empty otherwise
 * @param nearest with --nearest, the nearest permitted designs under each revision that prohibits it, by revision id
 */
public record SystemResult(String file, SystemSpec spec, List<Verdict> verdicts, Optional<CapabilityResult> capability,
                           Optional<Trace> trace, List<BoxVerdict> boxes, java.util.Map<String, Nearest> nearest) {

    public SystemResult {
        verdicts = List.copyOf(verdicts);
        boxes = List.copyOf(boxes);
        nearest = java.util.Map.copyOf(nearest);
        if (!boxes.isEmpty() && boxes.size() != verdicts.size()) {
            throw new IllegalArgumentException("one box verdict per revision");
        }
    }

    public SystemResult(String file, SystemSpec spec, List<Verdict> verdicts, Optional<CapabilityResult> capability,
                        Optional<Trace> trace) {
        this(file, spec, verdicts, capability, trace, List.of(), java.util.Map.of());
    }

    public SystemResult(String file, SystemSpec spec, List<Verdict> verdicts, Optional<CapabilityResult> capability,
                        Optional<Trace> trace, List<BoxVerdict> boxes) {
        this(file, spec, verdicts, capability, trace, boxes, java.util.Map.of());
    }

    /** The same result with the nearest permitted designs found for it. */
    public SystemResult withNearest(java.util.Map<String, Nearest> found) {
        return new SystemResult(file, spec, verdicts, capability, trace, boxes, found);
    }

    /** The nearest permitted designs under the verdict's revision, when --nearest found them. */
    public Optional<Nearest> nearest(Verdict verdict) {
        return Optional.ofNullable(nearest.get(verdict.revision().id()));
    }

    public SystemResult(String file, SystemSpec spec, List<Verdict> verdicts) {
        this(file, spec, verdicts, Optional.empty(), Optional.empty());
    }

    public boolean anyProhibited() {
        return verdicts.stream().anyMatch(this::prohibited);
    }

    /** The box verdict under the verdict's revision, for a spec with uncertain figures. */
    public Optional<BoxVerdict> box(Verdict verdict) {
        if (boxes.isEmpty()) {
            return Optional.empty();
        }
        int index = verdicts.indexOf(verdict);
        return index < 0 ? Optional.empty() : Optional.of(boxes.get(index));
    }

    /** Permitted at some points of the box and prohibited at others (only for uncertain figures). */
    public boolean depends(Verdict verdict) {
        return verdict.decision() == Decision.DEPENDS;
    }

    public boolean anyDepends() {
        return verdicts.stream().anyMatch(this::depends);
    }

    /** Prohibited under the verdict's revision: at the declared point, or in any configuration the stages allow. */
    public boolean prohibited(Verdict verdict) {
        // Not capability.map(...): this is asked for every verdict of a batch, and the lambda was an allocation each time.
        return verdict.decision() == Decision.PROHIBITED
                || (capability.isPresent() && capability.get().prohibitedUnder(verdict.revision().id()));
    }

    /**
     * Why the decision under the verdict's revision is what it is: the failed checks at the
     * declared point, then each configuration the stages allow that the rule base prohibits.
     * Empty exactly when the decision is permitted.
     */
    public java.util.List<Reason> reasons(Verdict verdict) {
        java.util.List<Reason> reasons = new java.util.ArrayList<>();
        verdict.findings().forEach(check -> reasons.add(Reason.declared(check)));
        capability.flatMap(c -> c.verdictFor(verdict.revision().id()))
                .ifPresent(v -> v.witnesses().forEach(w -> reasons.add(Reason.capability(w))));
        return reasons;
    }

    /** The decision under the verdict's revision, counting capability when it was checked. */
    public Decision decision(Verdict verdict) {
        if (depends(verdict)) {
            return Decision.DEPENDS;
        }
        return prohibited(verdict) ? Decision.PROHIBITED : Decision.PERMITTED;
    }
}
