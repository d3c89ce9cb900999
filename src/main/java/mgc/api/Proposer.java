package mgc.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import mgc.compare.AnalysisException;
import mgc.engine.Evaluator;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.whatif.LeastRevision;
import mgc.whatif.Proposal;
import mgc.whatif.ProposalConfirmation;
import mgc.whatif.ProposalWriter;

/**
 * {@link Guideline#propose}: the least relaxation of a revision, written as a revision file and
 * confirmed through the rule base before it is given out. Every reason it cannot be made is an
 * {@link MgcException} for {@code propose --from FROM}, as the command line reports it.
 */
final class Proposer {

    private Proposer() {
    }

    static Optional<String> propose(LoadedRevisions revisions, String from, String id, Collection<Spec> specs) {
        Revision fromRevision = revisions.find(from);
        if (revisions.catalog().find(id).isPresent()) {
            throw MgcException.of("propose", "revision \"" + id + "\" already exists; give the proposal its own id");
        }
        List<SystemSpec> systems = specs.stream().map(Spec::model).toList();
        try {
            Proposal proposal;
            try (Evaluator evaluator = revisions.ruleBase().newEvaluator(List.of(fromRevision))) {
                proposal = new LeastRevision(evaluator, fromRevision).propose(systems);
            }
            if (!proposal.cannot().isEmpty()) {
                throw MgcException.of("propose --from " + from, String.join("; ", proposal.cannot().stream()
                        .map(c -> "cannot permit " + c.system() + " by raising " + from + "'s limits: " + c.reason()).toList()));
            }
            if (proposal.nothingToChange()) {
                return Optional.empty();
            }
            String yaml = ProposalWriter.write(proposal, id);
            ProposalConfirmation check = ProposalConfirmation.run(revisions.ruleBase(), revisions.reader(),
                    revisions.shippedFiles(), revisions.userFiles(), revisions.userTexts(),
                    "<proposal " + id + ">", yaml, id, from, systems);
            if (!check.confirmed()) {
                throw MgcException.of("propose --from " + from, "the proposal is not confirmed by the rule base: "
                        + String.join("; ", check.failures()));
            }
            return Optional.of(yaml);
        } catch (AnalysisException e) {
            throw MgcException.of("propose --from " + from, e.getMessage());
        }
    }
}
