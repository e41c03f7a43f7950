package vn.reviewportal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A percentage derived from two counts, held exactly and rounded half-up for display.
 * 497 of 747 is 66.5328...; {@link #rounded()} gives 66.5.
 */
public record Percent(long part, long whole) {

    public Percent {
        if (whole <= 0 || part < 0) {
            throw new IllegalArgumentException("a percentage needs a positive whole and a part >= 0");
        }
    }

    /** Empty when there is nothing to divide by. */
    public static Optional<Percent> of(long part, long whole) {
        return whole > 0 && part >= 0 ? Optional.of(new Percent(part, whole)) : Optional.empty();
    }

    /** The percentage rounded half-up to {@code decimals} places. */
    public BigDecimal rounded(int decimals) {
        // Half-up is floor(x + 1/2): (2 * part * 100 * 10^d + whole) / (2 * whole), in whole numbers
        // while they fit in a long (every count of a review does, at the precisions published); a
        // portal's tables round millions of percentages, and this makes no BigDecimal on the way.
        if (decimals >= 0 && decimals < SCALES.length) {
            try {
                long scaled = Math.multiplyExact(Math.multiplyExact(part, 200L), SCALES[decimals]);
                long twiceWhole = Math.multiplyExact(whole, 2L);
                return BigDecimal.valueOf(Math.addExact(scaled, whole) / twiceWhole, decimals);
            } catch (ArithmeticException tooLarge) {
                // exactly, below
            }
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }

    private static final long[] SCALES = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};

    /** The percentage rounded half-up to one decimal, as shown on the portal. */
    public BigDecimal rounded() {
        return rounded(1);
    }

    /**
     * Whether a published figure agrees with the counts at the precision it was published with
     * (66.3 is compared with 66.5, 66.53 with 66.53).
     */
    public boolean agreesWith(BigDecimal published) {
        int decimals = Math.max(0, published.stripTrailingZeros().scale());
        return rounded(decimals).compareTo(published) == 0;
    }
}
