package vn.reviewportal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class TyposTest {

    /** A level whose published share of the 46 rated is {@code percent}. */
    private static Typos.Figure level(String id, long count, String percent) {
        PublishedPercent published = PublishedPercent.exact(new BigDecimal(percent));
        LongPredicate fits = value -> published.heldBy(new Percent(value, 46));
        return new Typos.Figure(id, count, Optional.of(fits));
    }

    @Test
    void aDoubledDigitThatThePublishedShareConfirmsIsNamed() {
        // 31 + 12 + 33 is 76, not 46: 3 instead of 33 adds up, and the published 6,5 % is 3 of 46.
        List<Typos.Figure> levels = List.of(level("tot", 31, "67.4"), level("kha", 12, "26.1"), level("yeu", 33, "6.5"));
        assertEquals(Optional.of(new MismatchCause.Typo("yeu", 33, 3, true)),
                Typos.find(levels, Typos.Figure.of("rated", 46)));
    }

    @Test
    void withoutAShareSeveralSlipsFitAndNoneIsNamed() {
        // 31 → 1, 33 → 3 and the total 46 → 76 each make it add up.
        List<Typos.Figure> levels = List.of(Typos.Figure.of("tot", 31), Typos.Figure.of("kha", 12), Typos.Figure.of("yeu", 33));
        assertEquals(Optional.empty(), Typos.find(levels, Typos.Figure.of("rated", 46)));
    }

    @Test
    void aSingleSlipIsNamedWithoutConfirmation() {
        // 120 + 455 + 300 = 875 against 465: only 45 written with its 5 doubled makes it add up.
        Optional<MismatchCause.Typo> typo = Typos.find(List.of(Typos.Figure.of("a", 120), Typos.Figure.of("b", 455),
                Typos.Figure.of("c", 300)), Typos.Figure.of("rated", 465));
        assertEquals(Optional.of(new MismatchCause.Typo("b", 455, 45, false)), typo);
    }

    @Test
    void aUnitsDigitOneOffIsAsLikelyAMiscountAndIsNotNamed() {
        assertEquals(Optional.empty(), Typos.find(List.of(Typos.Figure.of("khien-trach", 7), Typos.Figure.of("canh-cao", 3),
                Typos.Figure.of("cach-chuc", 1), Typos.Figure.of("khai-tru", 2)), Typos.Figure.of("members", 12)));
        assertEquals(Optional.empty(), Typos.inTotal("found", 5, 6));
        assertEquals(Optional.of(new MismatchCause.Typo("found", 7470, 747, false)), Typos.inTotal("found", 7470, 747));
    }

    @Test
    void aShareThatDoesNotHoldOnceCorrectedRulesTheSlipOut() {
        // 1 + 12 + 33 against 16: 33 → 3 or 16 → 46 would add up, but 33 has its own 71,7 % of 46, so the
        // slip is in the total.
        List<Typos.Figure> levels = List.of(Typos.Figure.of("tot", 1), Typos.Figure.of("kha", 12), level("yeu", 33, "71.7"));
        assertEquals(Optional.of(new MismatchCause.Typo("rated", 16, 46, false)), Typos.find(levels, Typos.Figure.of("rated", 16)));
    }

    @Test
    void oneSlipIsOneDigitChangedDroppedAddedOrTwoNeighboursSwapped() {
        assertTrue(Typos.oneSlip(33, 3));
        assertTrue(Typos.oneSlip(1334, 1343));
        assertTrue(Typos.oneSlip(2005, 2805));
        assertTrue(Typos.oneSlip(747, 7477));
        assertFalse(Typos.oneSlip(747, 750));
        assertFalse(Typos.oneSlip(1205, 1294));
        assertFalse(Typos.oneSlip(12, 12));
    }
}
