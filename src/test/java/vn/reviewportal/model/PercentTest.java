package vn.reviewportal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
