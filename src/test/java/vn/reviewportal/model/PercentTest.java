package vn.reviewportal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void seedFiguresRoundHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("66.5"), new Percent(497, 747).rounded());
        assertEquals(new BigDecimal("66.5"), new Percent(1334, 2005).rounded());
        assertEquals(new BigDecimal("71.3"), new Percent(3665, 5140).rounded());
        assertEquals(new BigDecimal("66.53"), new Percent(497, 747).rounded(2));
    }

    @Test
    void exactHalvesRoundUp() {
        // 265/400 is exactly 66.25: half-up gives 66.3 where half-even would give 66.2.
        assertEquals(new BigDecimal("66.3"), new Percent(265, 400).rounded());
        assertEquals(new BigDecimal("13"), new Percent(1, 8).rounded(0));
    }

    @Test
    void everyRateRoundsAsExactDivisionDoes() {
        // Small counts, where every half is met, and counts near the largest a count may be (a
        // trillion), whose products no longer fit in a long at the finest precisions.
        long[] wholes = {1, 2, 3, 7, 8, 40, 400, 747, 2005, 5140, 999_999_999_999L, 1_000_000_000_000L};
        for (long whole : wholes) {
            for (long part : new long[] {0, 1, whole / 3, whole / 2, whole - 1, whole, whole + 7}) {
                for (int decimals = 0; decimals <= 8; decimals++) {
                    BigDecimal exact = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
                    assertEquals(exact, new Percent(part, whole).rounded(decimals),
                            part + " of " + whole + " at " + decimals + " decimals");
                }
            }
        }
        for (long whole = 1; whole <= 300; whole++) {
            for (long part = 0; part <= whole; part++) {
                BigDecimal exact = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                        RoundingMode.HALF_UP);
                assertEquals(exact, new Percent(part, whole).rounded(), part + " of " + whole);
            }
        }
    }

    @Test
    void publishedFigureIsComparedAtItsOwnPrecision() {
        Percent rate = new Percent(497, 747);
        assertFalse(rate.agreesWith(new BigDecimal("66.3")), "the seed's 66.3 does not match 497/747");
        assertTrue(rate.agreesWith(new BigDecimal("66.5")));
        assertTrue(rate.agreesWith(new BigDecimal("66.53")));
        assertTrue(rate.agreesWith(new BigDecimal("67")));
        assertFalse(rate.agreesWith(new BigDecimal("66")));
    }

    @Test
    void nothingToDivideByGivesNoPercentage() {
        assertTrue(Percent.of(0, 0).isEmpty());
        assertEquals(new BigDecimal("0.0"), Percent.of(0, 5).orElseThrow().rounded());
    }
}
