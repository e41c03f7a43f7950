package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.PublishedChange;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * The seed's 2012 with a half-year, a year and a term after it (made-up figures): each has its
 * own pages, and figures are compared only with those of a period of the same kind.
 */
class PeriodKindsPageTest {

    private static final String ROOT = TestContent.ROOT;
    private static final PeriodSpan HALF = PeriodSpan.firstHalf(2013);
    private static final PeriodSpan TERM = PeriodSpan.term(2010, 2015);

    private final CheckedContent checked = ContentChecker.check(TestContent.seed()
            .period(2013, p -> p.group("to-chuc-dang", "Tổ chức đảng")
                    .result(ROOT, r -> r.shortcoming("to-chuc-dang", 800, 560)
                            .members(OptionalLong.of(7000), OptionalLong.empty())
                            .change("shortcomings.to-chuc-dang", "tăng 3,5 điểm %", "3.5", PublishedChange.Unit.POINTS)))
            .period(HALF, p -> p.group("to-chuc-dang", "Tổ chức đảng")
                    .result(ROOT, r -> r.shortcoming("to-chuc-dang", 400, 100)
                            .members(OptionalLong.of(6900), OptionalLong.empty())
                            .change("members.total", "tăng 1%", "1", PublishedChange.Unit.PERCENT)))
            .period(TERM, p -> p.group("to-chuc-dang", "Tổ chức đảng")
                    .result(ROOT, r -> r.shortcoming("to-chuc-dang", 4000, 3000)))
            .build());
    private final SitePlan plan = SitePlanner.plan(checked.content(), checked.findings(),
            StatisticsCalculator.compute(checked.content()), "review-portal test", List.of(), FolderNames.of("content"));

    private <T> T view(String path, Class<T> type) {
        return type.cast(plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().view());
    }

    /** The root's results as the period's page shows them. */
    private Views.Results rootIn(PeriodSpan period) {
        return view(Routes.period(period), Views.Period.class).root();
    }

    private static List<List<String>> rows(Views.Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Views.Cell::text).toList()).toList();
    }

    @Test
    void eachPeriodHasItsOwnPageNamedAsReportsNameIt() {
        assertEquals("6 tháng đầu năm 2013", view(Routes.period(HALF), Views.Period.class).heading());
        assertEquals("periods/2010-2015.html", Routes.period(TERM));
        assertEquals("Năm 2012", view(Routes.period(PeriodSpan.year(2012)), Views.Period.class).heading());
        assertEquals(List.of("Nhiệm kỳ 2010–2015", "Năm 2013", "6 tháng đầu năm 2013", "Năm 2012"),
                view(Routes.PERIODS, Views.PeriodList.class).periods().stream().map(p -> p.link().text()).toList(),
                "newest first: the term after the year it ends in, the half-year before its year");
    }

    @Test
    void theComparisonHoldsTheYearsOnlyAndNamesWhatItLeavesOut() {
        Views.Comparison comparison = view(Routes.COMPARISON, Views.Comparison.class);
        assertEquals(List.of("Nhóm", "2012", "2013", "Thay đổi 2012–2013 (điểm %)"),
                comparison.groups().columns().stream().map(Views.Column::label).toList());
        assertTrue(comparison.leftOut().contains("6 tháng đầu năm 2013, Nhiệm kỳ 2010–2015"), comparison.leftOut());
    }

    @Test
    void theTrendIsOfTheYearsAndTheNarrativeComparesAYearWithTheYearBefore() {
        Views.Organization root = view(Routes.organization(ROOT), Views.Organization.class);
        // The trend is drawn inside the page: a row of bars a year, the half-year not among them.
        assertEquals(List.of("2012", "2013"), root.trend().inline().rows().stream().map(Views.InlineRow::label).toList());
        assertFalse(root.trendNote().isEmpty());
        // Every period a row of the table of every period, in the order they end; their results are on their own pages.
        assertEquals(List.of("2012", "6 tháng đầu năm 2013", "2013", "Nhiệm kỳ 2010–2015"),
                rows(root.periodRows()).stream().map(r -> r.get(0)).toList());
        Views.Results year = rootIn(PeriodSpan.year(2013));
        assertEquals("Năm 2013", year.period().text());
        assertTrue(year.narrative().contains("so với năm 2012"), year.narrative());
        Views.Results half = rootIn(HALF);
        assertFalse(half.narrative().contains("so với"), "no half-year before it: " + half.narrative());
    }

    @Test
    void aChangeIsCheckedAgainstThePreviousPeriodOfItsKindOrSaidToBeUnchecked() {
        Views.Organization root = view(Routes.organization(ROOT), Views.Organization.class);
        // 2013: 70 % against 2012's 66.5 % (497 of 747): +3.47 points; not against the half-year's 25 %.
        assertEquals(List.of(List.of("Tỷ lệ khắc phục khuyết điểm, nhóm “Tổ chức đảng”", "70,0\u00a0%", "66,5\u00a0%",
                "tăng 3,5 điểm %", "Khớp: tăng 3,5 điểm phần trăm so với năm 2012.", "shortcomings.to-chuc-dang")),
                rows(rootIn(PeriodSpan.year(2013)).changes()));
        Views.Table groups = rootIn(PeriodSpan.year(2013)).groups();
        assertEquals("Thay đổi công bố", groups.columns().get(groups.columns().size() - 1).label());
        assertEquals("tăng 3,5 điểm %", rows(groups).get(0).get(groups.columns().size() - 1),
                "beside the group's rate");
        assertEquals("Chưa kiểm tra được: cổng thông tin chưa có số liệu kỳ trước cùng loại.",
                rows(rootIn(HALF).changes()).get(0).get(4));
        assertEquals(List.of(), checked.findings().stream().filter(f -> !(f instanceof
                vn.reviewportal.model.QualityFinding.PercentMismatch)).toList());
    }
}
