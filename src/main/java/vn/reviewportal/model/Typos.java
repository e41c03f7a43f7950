package vn.reviewportal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Looks for the one figure that, written with a single slip of the pen, breaks a total: parts that
 * do not add up to the total they are stated against, where changing one figure by one digit
 * (changed, dropped, doubled or two neighbours swapped) makes them add up. A units digit one off
 * is as likely a miscount, and is named only where a published share confirms it. A figure for which a
 * published share holds once corrected is the likelier slip, and one whose published share does
 * not hold once corrected is ruled out; where several figures fit and no share tells them apart,
 * none is named.
 */
public final class Typos {

    private Typos() {
    }

    /**
     * One figure of a sum, and what else the source publishes about it.
     *
     * @param evidence tells whether a share published for this figure holds for a corrected value;
     *                 empty when nothing is published to tell
     */
    public record Figure(String name, long value, Optional<LongPredicate> evidence) {
        public Figure {
            evidence = evidence == null ? Optional.empty() : evidence;
        }

        public static Figure of(String name, long value) {
            return new Figure(name, value, Optional.empty());
        }
    }

    /** The likeliest slip among {@code parts} and their stated {@code total}, where one explains the difference. */
    public static Optional<MismatchCause.Typo> find(List<Figure> parts, Figure total) {
        long sum = parts.stream().mapToLong(Figure::value).sum();
        long difference = total.value() - sum;
        if (difference == 0) {
            return Optional.empty();
        }
        List<MismatchCause.Typo> candidates = new ArrayList<>();
        List<MismatchCause.Typo> confirmed = new ArrayList<>();
        for (Figure part : parts) {
            consider(part, part.value() + difference, candidates, confirmed);
        }
        consider(total, sum, candidates, confirmed);
        if (confirmed.size() == 1) {
            return Optional.of(confirmed.get(0));
        }
        return confirmed.isEmpty() && candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The total itself written with one slip, where its parts are known only as their sum. */
    public static Optional<MismatchCause.Typo> inTotal(String name, long written, long sum) {
        List<MismatchCause.Typo> candidates = new ArrayList<>();
        consider(Figure.of(name, written), sum, candidates, new ArrayList<>());
        return candidates.stream().findFirst();
    }

    private static void consider(Figure figure, long fits, List<MismatchCause.Typo> candidates,
                                 List<MismatchCause.Typo> confirmed) {
        if (fits < 0 || !oneSlip(figure.value(), fits)) {
            return;
        }
        boolean units = Math.abs(fits - figure.value()) < 10 && fits / 10 == figure.value() / 10;
        if (figure.evidence().isEmpty()) {
            if (units) {
                return; // a units digit one off is as likely a miscount as a slip: named only with a share to confirm it
            }
            candidates.add(new MismatchCause.Typo(figure.name(), figure.value(), fits, false));
        } else if (figure.evidence().get().test(fits)) {
            confirmed.add(new MismatchCause.Typo(figure.name(), figure.value(), fits, true));
        } // else a share published for the figure rules the slip out

    }

    /** Whether {@code b} is {@code a} written with one digit changed, dropped, added or two neighbours swapped. */
    static boolean oneSlip(long a, long b) {
        String x = Long.toString(a);
        String y = Long.toString(b);
        if (x.equals(y)) {
            return false;
        }
        if (x.length() == y.length()) {
            List<Integer> differ = new ArrayList<>();
            for (int i = 0; i < x.length(); i++) {
                if (x.charAt(i) != y.charAt(i)) {
                    differ.add(i);
                }
            }
            return differ.size() == 1 || differ.size() == 2 && differ.get(1) == differ.get(0) + 1
                    && x.charAt(differ.get(0)) == y.charAt(differ.get(1)) && x.charAt(differ.get(1)) == y.charAt(differ.get(0));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
