package mgc.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.compare.AnalysisException;
import mgc.compare.Box;
import mgc.compare.BoxCells;
import mgc.compare.RegionAnalysis;
import mgc.compare.SpecText;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * The verdict of each of an evaluator's revisions over the box of a spec with uncertain
 * figures, exactly: the region analysis of {@code mgc compare} run on the box
 * ({@link RegionAnalysis#within}), so every cell on which the verdict is constant is
 * classified by the rule base, and nothing is sampled at random.
 */
public final class BoxAnalysis {

    private final Evaluator evaluator;

    public BoxAnalysis(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** One verdict per revision of the evaluator, in its order. */
    public List<BoxVerdict> analyse(SystemSpec spec) throws AnalysisException {
        Box box = Box.of(spec);
        List<BoxVerdict> verdicts = new ArrayList<>();
        List<Revision> revisions = evaluator.revisions();
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            BoxCells cells = new RegionAnalysis(evaluator, revision, revision).within(box);
            verdicts.add(verdict(spec, i, cells));
        }
        return verdicts;
    }

    BoxVerdict verdict(SystemSpec spec, int index, BoxCells cells) throws AnalysisException {
        Optional<BoxVerdict.Witness> permitted = witness(spec, index, cells, Decision.PERMITTED);
        Optional<BoxVerdict.Witness> prohibited = witness(spec, index, cells, Decision.PROHIBITED);
        if (prohibited.isEmpty()) {
            return new BoxVerdict(cells.revision(), Decision.PERMITTED, "", List.of(), permitted, prohibited);
        }
        if (permitted.isEmpty()) {
            return new BoxVerdict(cells.revision(), Decision.PROHIBITED, "", List.of(), permitted, prohibited);
        }
        List<BoxVerdict.Part> parts = BoxText.prohibitedParts(cells);
        String words = String.join(", or where ", parts.stream().map(BoxVerdict.Part::description).toList());
        return new BoxVerdict(cells.revision(), Decision.DEPENDS, words, parts, permitted, prohibited);
    }

    /**
     * A point of the box with the decision, confirmed: preferably inside an open cell on every
     * field the box lets vary (away from every boundary), so it reads like a real design.
     */
    private Optional<BoxVerdict.Witness> witness(SystemSpec spec, int index, BoxCells cells, Decision decision)
            throws AnalysisException {
        BoxCells.Cell best = null;
        int bestScore = Integer.MAX_VALUE;
        // Where the whole box has one decision, the point nearest the other: the box's far
        // corner (least margin) when all is permitted, its near corner (least excess) when all is
        // prohibited. The cells are in order of range, then payload, then impulse.
        if (cells.all(Decision.PERMITTED) && decision == Decision.PERMITTED) {
            best = cells.cells().get(cells.cells().size() - 1);
        } else if (cells.all(Decision.PROHIBITED) && decision == Decision.PROHIBITED) {
            best = cells.cells().get(0);
        }
        for (BoxCells.Cell cell : best != null ? List.<BoxCells.Cell>of() : cells.cells()) {
            if (cell.decision() != decision) {
                continue;
            }
            int score = (cell.range().isPoint() && !cells.box().range().isPoint() ? 1 : 0)
                    + (cell.payload().isPoint() && !cells.box().payload().isPoint() ? 1 : 0)
                    + (cell.totalImpulse().isPoint() && !cells.box().totalImpulse().isPoint() ? 1 : 0);
            if (score < bestScore) {
                best = cell;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        SpecText text = SpecText.of(spec.name() + " at " + point(best), spec.type(), best.rangeSample(), best.payloadSample(),
                best.propellant(), best.impulseSample());
        Verdict verdict = evaluator.evaluate(text.spec()).get(index);
        if (verdict.decision() != decision) {
            throw new AnalysisException("the rule base does not confirm the " + decision + " witness of " + spec.name()
                    + " under " + cells.revision() + ":\n" + text.yaml());
        }
        return Optional.of(new BoxVerdict.Witness(text.yaml(), text.spec(), verdict));
    }

    private static String point(BoxCells.Cell cell) {
        List<String> parts = new ArrayList<>();
        if (cell.rangeSample() != null) {
            parts.add(Numbers.format(cell.rangeSample()) + " km");
        }
        if (cell.payloadSample() != null) {
            parts.add(Numbers.format(cell.payloadSample()) + " kg");
        }
        if (cell.impulseSample() != null) {
            parts.add(Numbers.format(cell.impulseSample()) + " N*s");
        }
        return String.join(", ", parts);
    }
}
