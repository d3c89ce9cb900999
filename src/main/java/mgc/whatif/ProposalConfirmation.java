package mgc.whatif;

import java.util.ArrayList;
import java.util.List;
import mgc.compare.AnalysisException;
import mgc.compare.RegionAnalysis;
import mgc.compare.Relation;
import mgc.compare.TypeComparison;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.RuleBase;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;

/**
 * Confirms a proposal through the rule base, as the user would: its revision file text is read
 * back like any {@code --revision-file}, every system is checked under it (over the whole box
 * for intervals), and it is compared with the revision it relaxes ({@code mgc compare}).
 *
 * @param proposal the revision as read back from the file text
 * @param failures what does not hold (a system not permitted, a type less permissive than before); empty when confirmed
 * @param types FROM against the proposal, per system type, as {@code mgc compare FROM PROPOSAL} shows them
 */
public record ProposalConfirmation(Revision proposal, Revision from, List<String> failures, List<TypeComparison> types) {

    public ProposalConfirmation {
        failures = List.copyOf(failures);
        types = List.copyOf(types);
    }

    public boolean confirmed() {
        return failures.isEmpty();
    }

    /**
     * @param shipped the rule base's revision files; {@code userFiles} and {@code userTexts} the
     *                hypothetical revisions given (FROM may be one)
     * @param name how the text is named in messages (the output file)
     */
    public static ProposalConfirmation run(RuleBase ruleBase, DocumentReader reader, List<InputFile> shipped, List<InputFile> userFiles,
                                    List<RevisionCatalog.Text> userTexts, String name, String yaml, String proposalId,
                                    String fromId, List<SystemSpec> systems) throws AnalysisException {
        RevisionCatalog.Loaded loaded;
        try {
            List<RevisionCatalog.Text> texts = new ArrayList<>(userTexts);
            texts.add(new RevisionCatalog.Text(name, yaml));
            loaded = RevisionCatalog.load(reader, shipped, userFiles, texts);
        } catch (InputException e) {
            throw new AnalysisException("the rule base cannot be loaded: " + e.getMessage());
        }
        if (!loaded.errors().isEmpty()) {
            throw new AnalysisException("the proposal does not read back as a revision file: "
                    + String.join("; ", loaded.errors().stream().map(InputError::describe).toList()));
        }
        Revision proposal = loaded.catalog().find(proposalId)
                .orElseThrow(() -> new AnalysisException("the proposal " + proposalId + " is not in the catalog it was read into"));
        Revision from = loaded.catalog().find(fromId).orElseThrow(() -> new AnalysisException("no revision " + fromId));
        List<String> failures = new ArrayList<>();
        List<TypeComparison> types = new ArrayList<>();
        try (Evaluator evaluator = ruleBase.newEvaluator(List.of(from, proposal))) {
            BoxAnalysis boxes = new BoxAnalysis(evaluator);
            for (SystemSpec spec : systems) {
                Decision decision = spec.uncertain() ? boxes.analyse(spec).get(1).decision()
                        : evaluator.evaluate(spec).get(1).decision();
                if (decision != Decision.PERMITTED) {
                    failures.add(spec.name() + " (" + spec.location() + ") is " + decision.id() + " under " + proposalId);
                }
            }
            RegionAnalysis regions = new RegionAnalysis(evaluator, from, proposal);
            for (SystemType type : SystemType.values()) {
                TypeComparison comparison = regions.compare(type);
                types.add(comparison);
                if (comparison.relation() != Relation.MORE_PERMISSIVE && comparison.relation() != Relation.EQUIVALENT) {
                    failures.add(type.id() + ": " + proposalId + " is " + comparison.relation().id() + " to " + fromId
                            + ", not a relaxation");
                }
            }
        }
        return new ProposalConfirmation(proposal, from, failures, types);
    }
}
