package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * A level of a ranking longer than a page is read a page at a time: the first page of the
 * period's ranking has its first rows and its chart, each further page the next rows, every
 * page a pager, and the level's whole ranking is one file.
 */
class RankingPagesTest {

    private static final int CELLS = 2 * RankingPlanner.ROWS_PER_PAGE + 30;
    private static final PeriodSpan YEAR = PeriodSpan.year(2012);

    private final SitePlan plan = plan();

    private static SitePlan plan() {
        TestContent content = TestContent.seed();
        for (int n = 1; n <= CELLS; n++) {
            content.organization("cb-" + n, "Chi bộ " + n, "chi-bo", TestContent.ROOT);
        }
        // 2012: ten cells only, which fit on one page.
        content.period(2012, p -> {
            for (int n = 1; n <= 10; n++) {
                int remediated = 90 - n;
                p.result("cb-" + n, r -> r.shortcoming("to-chuc-dang", 100, remediated));
            }
        });
        content.period(2013, p -> {
            p.group("to-chuc-dang", "Tổ chức đảng");
            for (int n = 1; n <= CELLS; n++) {
                int found = 1000;
                int remediated = 1000 - n;  // each cell a place below the one before
                p.result("cb-" + n, r -> r.shortcoming("to-chuc-dang", found, remediated));
            }
        });
        CheckedContent checked = ContentChecker.check(content.build());
        // The seed's one warning, its published 66.3 %; nothing else.
        assertEquals(1, checked.diagnostics().size(), checked.diagnostics().toString());
        return SitePlanner.plan(checked.content(), checked.findings(), StatisticsCalculator.compute(checked.content()),
                "review-portal test", List.of(), FolderNames.of("content"));
    }

    private Views.Ranking ranking(String path) {
        return (Views.Ranking) plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().view();
    }

    private static List<String> column(Views.Table table, int index) {
        return table.rows().stream().map(r -> r.cells().get(index).text()).toList();
    }

    @Test
    void theFirstPageHoldsTheFirstRowsAndTheChartAndTheOthersTheRest() {
        PeriodSpan year = PeriodSpan.year(2013);
        Views.RankingSection first = ranking(Routes.ranking(year)).sections().get(0);
        assertEquals(RankingPlanner.ROWS_PER_PAGE, first.table().rows().size());
        assertEquals("Chi bộ 1", column(first.table(), 1).get(0));
        assertTrue(first.chart() != null, "the level's chart on its first page");
        assertEquals("(trang này gồm các dòng 1–100 trong 230 dòng của tệp)", first.table().downloads().rows());

        Views.Ranking last = ranking(Routes.ranking(year, 1, 3));
        Views.RankingSection rest = last.sections().get(0);
        assertEquals(List.of("201", "202"), column(rest.table(), 0).subList(0, 2));
        assertEquals(CELLS - 2 * RankingPlanner.ROWS_PER_PAGE, rest.table().rows().size());
        assertNull(rest.chart(), "the chart once, on the first page");
        assertEquals("../data/2013/ranking-level-1.csv", rest.table().downloads().csv(), "the level's one file");
        assertEquals("../rankings/2013.html#cap-1", last.first().href());
        assertEquals("../organizations/cb-201.html", rest.table().rows().get(0).cells().get(1).href());
    }

    @Test
    void thePagerLinksTheNeighboursTheFirstAndTheLast() {
        PeriodSpan year = PeriodSpan.year(2013);
        Views.Pager pager = ranking(Routes.ranking(year, 1, 2)).sections().get(0).pager();
        assertEquals(List.of("« Trang trước", "1", "2", "3", "Trang sau »"),
                pager.items().stream().map(Views.PagerItem::text).toList());
        assertEquals(List.of("../rankings/2013.html#cap-1", "../rankings/2013.html#cap-1", "",
                        "../rankings/2013-cap-1-trang-3.html", "../rankings/2013-cap-1-trang-3.html"),
                pager.items().stream().map(i -> i.href() == null ? "" : i.href()).toList());
        assertTrue(pager.items().get(2).current());
        assertEquals(1, plan.downloads().stream().filter(d -> d.path().equals(Routes.download("2013/ranking-level-1")))
                .filter(d -> d.rows().size() == CELLS).count(), "the whole level in one file");
    }

    @Test
    void aLevelThatFitsOnOnePageHasNoPagerAndNoFurtherPage() {
        Views.RankingSection only = ranking(Routes.ranking(YEAR)).sections().get(0);
        assertNull(only.pager());
        assertTrue(plan.pages().stream().noneMatch(p -> p.path().startsWith("rankings/2012-cap-")));
    }
}
