package vn.reviewportal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A bound as a report prints it holds for exactly the shares content-format 5.4 says. */
class PublishedPercentTest {

    private static PublishedPercent bound(String value, PublishedPercent.Bound bound, String wording) {
        return new PublishedPercent(new BigDecimal(value), bound, wording);
    }

    @Test
    void aboveIsStrictlyMore() {
        PublishedPercent above = bound("95", PublishedPercent.Bound.ABOVE, "trên 95%");
        assertTrue(above.heldBy(new Percent(48, 50)), "96 %");
        assertFalse(above.heldBy(new Percent(19, 20)), "exactly 95 % is not above 95 %");
        assertFalse(above.heldBy(new Percent(180, 200)), "90 %");
    }

    @Test
    void belowIsStrictlyLess() {
        PublishedPercent below = bound("1", PublishedPercent.Bound.BELOW, "dưới 1%");
        assertTrue(below.heldBy(new Percent(2, 210)), "0.95 %");
        assertFalse(below.heldBy(new Percent(1, 100)), "exactly 1 %");
    }

    @Test
    void nearlyIsAtMostTheValueAndAtMostFivePointsBelow() {
        PublishedPercent nearly = bound("60", PublishedPercent.Bound.NEARLY, "gần 60%");
        assertTrue(nearly.heldBy(new Percent(30, 50)), "60 %");
        assertTrue(nearly.heldBy(new Percent(11, 20)), "55 %, the lowest");
        assertFalse(nearly.heldBy(new Percent(27, 50)), "54 %");
        assertFalse(nearly.heldBy(new Percent(61, 100)), "61 % is more than nearly 60 %");
    }

    @Test
    void aboutIsWithinOnePointEitherSide() {
        PublishedPercent about = bound("71.4", PublishedPercent.Bound.ABOUT, "khoảng 71,4%");
        assertTrue(about.heldBy(new Percent(150, 210)), "71.43 %");
        assertTrue(about.heldBy(new Percent(724, 1000)), "72.4 %, the highest");
        assertFalse(about.heldBy(new Percent(725, 1000)), "72.5 %");
        assertTrue(about.heldBy(new Percent(704, 1000)), "70.4 %, the lowest");
    }

    @Test
    void anExactFigureIsComparedAtThePrecisionPublished() {
        assertFalse(PublishedPercent.exact(new BigDecimal("66.3")).heldBy(new Percent(497, 747)));
        assertTrue(PublishedPercent.exact(new BigDecimal("66.5")).heldBy(new Percent(497, 747)));
    }

    @Test
    void theQualifierIsTheWordAsWrittenInLowerCase() {
        assertEquals("xấp xỉ", bound("50", PublishedPercent.Bound.ABOUT, "Xấp xỉ 50%").qualifier());
        assertEquals("", PublishedPercent.exact(new BigDecimal("66.3")).qualifier());
    }
}
