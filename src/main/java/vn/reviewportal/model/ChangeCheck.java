package vn.reviewportal.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a published change says against the two periods' figures: which reading of it fits (the
 * difference of two shares in points, the relative change, the difference of two counts), that
 * none does, or that it cannot be checked because one of the figures is not in the content.
 * Figures are compared at the precision the change was published with, rounded half-up as
 * {@link Percent#agreesWith} does; a difference of shares also fits when it is the difference of
 * the two shares so rounded, as a report that subtracts the shares it prints gives it.
 *
 * @param points   the difference of two shares in points; empty for counts or when not checked
 * @param relative the relative change in percent; empty when not checked or the earlier figure is 0
 */
public record ChangeCheck(Outcome outcome, Optional<BigDecimal> points, Optional<BigDecimal> relative) {

    public enum Outcome {
        /** The difference of the two shares, in percentage points. */
        FITS_POINTS,
        /** The relative change, (now − before) / before. */
        FITS_RELATIVE,
        /** The difference of the two counts. */
        FITS_COUNT,
        /** No reading fits: a warning. */
        MISMATCH,
        /** The previous period, or this one, does not give the figure: kept and shown as published. */
        NOT_CHECKED
    }

    private static final ChangeCheck NOT_CHECKED = new ChangeCheck(Outcome.NOT_CHECKED, Optional.empty(), Optional.empty());

    public boolean fits() {
        return outcome == Outcome.FITS_POINTS || outcome == Outcome.FITS_RELATIVE || outcome == Outcome.FITS_COUNT;
    }

    /** Checks {@code change} against the figure before (in the previous period of its kind) and now. */
    public static ChangeCheck of(PublishedChange change, Optional<ChangeFigures.Value> before,
                                 Optional<ChangeFigures.Value> now) {
        if (before.isEmpty() || now.isEmpty() || before.get().getClass() != now.get().getClass()) {
            return NOT_CHECKED;
        }
        BigDecimal published = change.amount();
        int decimals = Math.max(0, published.stripTrailingZeros().scale());
        if (now.get() instanceof ChangeFigures.Share n && before.get() instanceof ChangeFigures.Share b) {
            BigDecimal points = n.percent().subtract(b.percent());
            Optional<BigDecimal> relative = relative(b.percent(), n.percent());
            int shown = Math.max(decimals, 1);
            boolean asPoints = change.unit() != PublishedChange.Unit.COUNT
                    && (agrees(points, decimals, published) || n.percent().setScale(shown, RoundingMode.HALF_UP)
                    .subtract(b.percent().setScale(shown, RoundingMode.HALF_UP)).compareTo(published) == 0);
            boolean asRelative = change.unit() == PublishedChange.Unit.PERCENT
                    && relative.filter(r -> agrees(r, decimals, published)).isPresent();
            Outcome outcome = asPoints ? Outcome.FITS_POINTS : asRelative ? Outcome.FITS_RELATIVE : Outcome.MISMATCH;
            return new ChangeCheck(outcome, Optional.of(points), relative);
        }
        long b = ((ChangeFigures.Count) before.get()).count();
        long n = ((ChangeFigures.Count) now.get()).count();
        Optional<BigDecimal> relative = relative(BigDecimal.valueOf(b), BigDecimal.valueOf(n));
        boolean fits = change.unit() == PublishedChange.Unit.COUNT
                ? BigDecimal.valueOf(n - b).compareTo(published) == 0
                : relative.filter(r -> agrees(r, decimals, published)).isPresent();
        Outcome outcome = !fits ? Outcome.MISMATCH
                : change.unit() == PublishedChange.Unit.COUNT ? Outcome.FITS_COUNT : Outcome.FITS_RELATIVE;
        return new ChangeCheck(outcome, Optional.empty(), relative);
    }

    private static Optional<BigDecimal> relative(BigDecimal before, BigDecimal now) {
        if (before.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(now.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before, new MathContext(20, RoundingMode.HALF_UP)));
    }

    private static boolean agrees(BigDecimal exact, int decimals, BigDecimal published) {
        return exact.setScale(decimals, RoundingMode.HALF_UP).compareTo(published) == 0;
    }
}
