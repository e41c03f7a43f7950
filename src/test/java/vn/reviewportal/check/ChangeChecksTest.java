package vn.reviewportal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.PublishedChange;
import vn.reviewportal.model.QualityFinding;

/** Published changes against the seed's 2012 (made-up figures for the later periods). */
class ChangeChecksTest {

    private static final String ROOT = TestContent.ROOT;

    private static List<Diagnostic> changeDiagnostics(CheckedContent checked) {
        return checked.diagnostics().stream().filter(d -> d.code() != Code.REPORTED_PERCENT_MISMATCH).toList();
    }

    @Test
    void aChangeTheFiguresDoNotGiveIsAWarningNamingBothPeriodsAndAFinding() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .period(2013, p -> p.group("to-chuc-dang", "Tổ chức đảng")
                        .result(ROOT, r -> r.shortcoming("to-chuc-dang", 800, 560)
                                .change("shortcomings.to-chuc-dang", "tăng 2,5%", "2.5", PublishedChange.Unit.PERCENT)))
                .build());
        List<Diagnostic> found = changeDiagnostics(checked);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Code.CHANGE_MISMATCH, found.get(0).code());
        assertEquals("the published change 'tăng 2,5%' of shortcomings.to-chuc-dang does not fit the figures: 70 % in "
                + "2013 against 66.5 % in 2012 is +3.47 points, a relative change of +5.21 %", found.get(0).message());
        QualityFinding.ChangeMismatch finding = checked.findings().stream()
                .filter(f -> f instanceof QualityFinding.ChangeMismatch).map(f -> (QualityFinding.ChangeMismatch) f)
                .findFirst().orElseThrow();
        assertEquals(PeriodSpan.year(2012), finding.previous());
    }

    @Test
    void aHalfYearIsNotCheckedAgainstTheYearBeforeIt() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .period(PeriodSpan.firstHalf(2013), p -> p.group("to-chuc-dang", "Tổ chức đảng")
                        .result(ROOT, r -> r.shortcoming("to-chuc-dang", 400, 100)
                                .change("shortcomings.to-chuc-dang", "tăng 2,5%", "2.5", PublishedChange.Unit.PERCENT)))
                .build());
        assertEquals(List.of(), changeDiagnostics(checked));
    }

    @Test
    void aFigureThePeriodDoesNotHaveIsAnErrorWithTheClosestKey() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .period(2013, p -> p.group("to-chuc-dang", "Tổ chức đảng")
                        .result(ROOT, r -> r.members(OptionalLong.of(10), OptionalLong.empty())
                                .change("members.totals", "tăng 2%", "2", PublishedChange.Unit.PERCENT)))
                .build());
        List<Diagnostic> found = changeDiagnostics(checked);
        assertEquals(List.of(Code.UNKNOWN_CHANGE_FIGURE), found.stream().map(Diagnostic::code).toList());
        assertEquals("no figure 'members.totals' in this period", found.get(0).message());
        assertEquals(true, found.get(0).hint().startsWith("did you mean 'members.total'?"), found.get(0).hint());
    }
}
