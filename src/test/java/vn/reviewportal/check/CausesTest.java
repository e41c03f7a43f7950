package vn.reviewportal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.PublishedPercent;

class CausesTest {

    private static PublishedPercent p(String value) {
        return PublishedPercent.exact(new BigDecimal(value));
    }

    private static String says(long part, long whole, String published, Causes.Context context) {
        MismatchCause cause = Causes.explain(part, whole, p(published), context);
        return Causes.text(cause, part, whole, p(published));
    }

    @Test
    void truncatedInsteadOfRounded() {
        assertEquals("; likely truncated, not rounded: 31.25 % cut to 31.2 % (less severe than a wrong figure)",
                says(5, 16, "31.2", Causes.Context.none()));
        assertEquals("; likely truncated, not rounded: 20.988 % cut to 20.9 % (less severe than a wrong figure)",
                says(17, 81, "20.9", Causes.Context.none()));
    }

    @Test
    void allUnitsInsteadOfThoseRated() {
        Causes.Context context = new Causes.Context(List.of(new Causes.Named("total", 380)), List.of(), List.of());
        assertEquals("; likely another base: 55.3 % = 210/380, of all in scope (380) instead of the 378 used",
                says(210, 378, "55.3", context));
    }

    @Test
    void aBaseTheReportDoesNotStateThatFitsEveryShare() {
        // 100/506 = 19.76, 200/506 = 39.53: neither fits 512, both fit 506.
        Causes.Context context = new Causes.Context(List.of(), List.of(),
                List.of(new Causes.Share(200, p("39.5"))));
        assertEquals("; likely a base the report does not state: 506 instead of 512 makes every published share of it fit",
                says(100, 512, "19.8", context));
    }

    @Test
    void sharesForcedToAddUpTo100() {
        Causes.Context context = new Causes.Context(List.of(), List.of(),
                List.of(new Causes.Share(12, p("33.33")), new Causes.Share(12, p("33.33"))));
        assertEquals("; likely adjusted to add up to 100: the published shares add up to 100.00 % and each is within "
                + "one unit of its last decimal (less severe than a wrong figure)", says(12, 36, "33.34", context));
    }

    @Test
    void aRatioBetweenTwoCategories() {
        // 30 remediated of 80 found, printed as 60 %: 30 against the 50 not remediated.
        Causes.Context context = new Causes.Context(List.of(), List.of(new Causes.Named("rest", 50)), List.of());
        assertEquals("; likely a ratio between two categories: 60 % = 30/50, against the rest, not a share of all",
                says(30, 80, "60", context));
    }

    @Test
    void decisionsRatherThanPeople() {
        // 8 members of 4.000 is 0,2 %; the 10 decisions by form are 0,25 %.
        Causes.Context context = new Causes.Context(List.of(), List.of(), List.of(), List.of(new Causes.Named("forms", 10)));
        assertEquals("; likely another count: 0.25 % = 10/4000, the decisions by form of discipline (10) instead of the 8 "
                + "counted", says(8, 4000, "0.25", context));
    }

    @Test
    void aBoundIsNotExplainedByAnotherBaseOrARatio() {
        // "trên 95%" holds for 180 of anything up to 189: no base or ratio is evidence for it.
        PublishedPercent above = new PublishedPercent(new BigDecimal("95"), PublishedPercent.Bound.ABOVE, "trên 95%");
        Causes.Context context = new Causes.Context(List.of(new Causes.Named("total", 185)),
                List.of(new Causes.Named("rest", 20)), List.of());
        assertEquals(new MismatchCause.Unexplained(), Causes.explain(180, 200, above, context));
    }

    @Test
    void nothingExplainsIt() {
        assertEquals("; nothing explains it (not truncation, another base, forced to 100 or a ratio)",
                says(1205, 1390, "93.1", Causes.Context.none()));
        assertEquals(new MismatchCause.Unexplained(), Causes.explain(497, 747, p("66.3"), Causes.Context.none()));
    }
}
