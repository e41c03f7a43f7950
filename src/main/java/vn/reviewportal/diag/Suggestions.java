package vn.reviewportal.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Did you mean ...?": the known name closest to a misspelt one, when it is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        Optional<String> close = known.stream()
                .filter(k -> distance(typed, k) <= allowed)
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k));
        if (close.isPresent() || typed.length() < 3) {
            return close;
        }
        // A shortened or lengthened id: 'ban-thuong-vu' for 'ban-thuong-vu-dang-uy-khoi'.
        List<String> related = known.stream()
                .filter(k -> k.startsWith(typed) || typed.startsWith(k))
                .sorted()
                .toList();
        return related.size() == 1 ? Optional.of(related.get(0)) : Optional.empty();
    }

    /**
     * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
     * letters ("titel" for "title" is one slip of the fingers, not two).
     */
    static int distance(String a, String b) {
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
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
