package vn.reviewportal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Position;

/** A published change read against the two periods' figures (made-up figures). */
class ChangeCheckTest {

    private static final Position AT = Position.wholeFile("content/periods/2023.yaml");

    private static PublishedChange change(String amount, PublishedChange.Unit unit) {
        return new PublishedChange("x", "tăng " + amount, new BigDecimal(amount), unit, AT, AT);
    }

    private static Optional<ChangeFigures.Value> share(long part, long whole) {
        return Optional.of(ChangeFigures.Share.of(new Percent(part, whole)));
    }

    private static Optional<ChangeFigures.Value> count(long count) {
        return Optional.of(new ChangeFigures.Count(count));
    }

    private static ChangeCheck.Outcome outcome(PublishedChange change, Optional<ChangeFigures.Value> before,
                                               Optional<ChangeFigures.Value> now) {
        return ChangeCheck.of(change, before, now).outcome();
    }

    @Test
    void aShareInPercentFitsAsPointsOrAsARelativeChange() {
        // 20 of 30 is 66.67 %, 21 of 30 is 70 %: +3.33 points, +5 % relative.
        assertEquals(ChangeCheck.Outcome.FITS_POINTS, outcome(change("3.3", PublishedChange.Unit.PERCENT),
                share(20, 30), share(21, 30)));
        assertEquals(ChangeCheck.Outcome.FITS_RELATIVE, outcome(change("5", PublishedChange.Unit.PERCENT),
                share(20, 30), share(21, 30)));
        assertEquals(ChangeCheck.Outcome.MISMATCH, outcome(change("4.2", PublishedChange.Unit.PERCENT),
                share(20, 30), share(21, 30)));
    }

    @Test
    void pointsAreOnlyPointsAndTheDifferenceOfTheRoundedSharesCountsToo() {
        assertEquals(ChangeCheck.Outcome.MISMATCH, outcome(change("5", PublishedChange.Unit.POINTS),
                share(20, 30), share(21, 30)));
        // 82.84 % to 85.26 %: exactly +2.42, but 85.3 − 82.8 as printed is 2.5.
        assertEquals(ChangeCheck.Outcome.FITS_POINTS, outcome(change("2.5", PublishedChange.Unit.POINTS),
                share(8284, 10000), share(8526, 10000)));
        assertEquals(ChangeCheck.Outcome.FITS_POINTS, outcome(change("2.4", PublishedChange.Unit.POINTS),
                share(8284, 10000), share(8526, 10000)));
    }

    @Test
    void aCountFitsAsARelativeChangeWithPercentAndAsTheDifferenceWithout() {
        assertEquals(ChangeCheck.Outcome.FITS_RELATIVE, outcome(change("2.4", PublishedChange.Unit.PERCENT),
                count(4800), count(4915)));
        assertEquals(ChangeCheck.Outcome.FITS_RELATIVE, outcome(change("2", PublishedChange.Unit.PERCENT),
                count(4800), count(4915)), "at the precision published: 2.40 % is 2 %");
        assertEquals(ChangeCheck.Outcome.FITS_COUNT, outcome(change("115", PublishedChange.Unit.COUNT),
                count(4800), count(4915)));
        assertEquals(ChangeCheck.Outcome.MISMATCH, outcome(change("115", PublishedChange.Unit.PERCENT),
                count(4800), count(4915)));
        ChangeCheck down = ChangeCheck.of(change("-0.6", PublishedChange.Unit.PERCENT), count(5000), count(4960));
        assertEquals(ChangeCheck.Outcome.MISMATCH, down.outcome());
        assertEquals(new BigDecimal("-0.8"), down.relative().orElseThrow().setScale(1));
    }

    @Test
    void withoutOneOfTheFiguresNothingIsChecked() {
        assertEquals(ChangeCheck.Outcome.NOT_CHECKED, outcome(change("1", PublishedChange.Unit.PERCENT),
                Optional.empty(), count(10)));
        assertEquals(ChangeCheck.Outcome.NOT_CHECKED, outcome(change("1", PublishedChange.Unit.PERCENT),
                count(10), Optional.empty()));
        assertEquals(Optional.empty(), ChangeCheck.of(change("1", PublishedChange.Unit.PERCENT), count(0), count(10))
                .relative(), "no relative change from 0");
    }
}
