package mgc.spelling;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the known name nearest to a misspelt one, for "did you mean" hints. A package of its
 * own, below both units (unit symbols) and document (field names), which each suggest names.
 */
public final class Spelling {

    private Spelling() {}

    /** The closest candidate within an edit distance of a third of the word (at least 2), if any. */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Edit distance counting a swap of neighbours as one edit (optimal string alignment), and
     * treating '_' and '-' as the same, so "rnage" is near "range" and snake/kebab slips are close.
     */
    static int distance(String a, String b) {
        a = a.replace('_', '-');
        b = b.replace('_', '-');
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
