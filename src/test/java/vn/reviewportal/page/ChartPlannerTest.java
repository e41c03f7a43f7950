package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PeriodSpan;

class ChartPlannerTest {

    private static final String NBSP = "\u00a0";

    private final List<Organization> organizations = organizations(25);
    private final Content content = SmallSite.content(organizations, List.of(SmallSite.period(2011),
            SmallSite.period(2012)));
    private final ChartPlanner charts = new ChartPlanner(SmallSite.MESSAGES, SmallSite.FORMATS,
            SmallSite.tree(content));

    private static List<Organization> organizations(int cells) {
        List<Organization> all = new ArrayList<>(List.of(SmallSite.bloc()));
        for (int n = 1; n <= cells; n++) {
            all.add(SmallSite.cell(n));
        }
        return all;
    }

    @Test
    void theRateChartSaysInWordsWhatItDraws() {
        PlannedChart chart = charts.rate(SmallSite.figures("dbk", 2012, 747, 497, 0, 0));
        ChartPlan plan = chart.plan();
        assertEquals("charts/2012/dbk-rate.svg", plan.path());
        assertEquals("2012-dbk-rate", plan.id());
        assertEquals("Tỷ lệ khắc phục khuyết điểm theo nhóm, năm 2012", plan.title());
        assertEquals(List.of("Tổ chức đảng", "Đảng viên"), plan.categories());
        // A group without shortcomings has no rate: no bar (not a bar of zero), and a dash for its label.
        assertEquals(Arrays.asList(new BigDecimal("66.5"), null), plan.series().get(0).values());
        assertEquals(List.of("66,5" + NBSP + "%", "—"), plan.series().get(0).labels());
        assertEquals("Biểu đồ thanh ngang: tỷ lệ khắc phục xong khuyết điểm theo nhóm, năm 2012, Đảng bộ khối X."
                + " Tổ chức đảng: 66,5" + NBSP + "% (497/747); Đảng viên: — (0/0).", chart.alt());
        DownloadPlan data = chart.data().download();
        assertEquals("data/charts/2012/dbk-rate", data.path());
        assertEquals(List.of(List.of("Tổ chức đảng", "497/747", new BigDecimal("66.5")),
                Arrays.asList("Đảng viên", "0/0", null)), data.rows());
    }

    @Test
    void theChartOnAPageLinksToTheOneFileFromWhereThePageIs() {
        PlannedChart chart = charts.progress(SmallSite.figures("dbk", 2012, 747, 497, 20, 5));
        assertEquals("charts/2012/dbk-progress.svg", chart.on(Routes.HOME).src());
        assertEquals("../charts/2012/dbk-progress.svg", chart.on(Routes.period(PeriodSpan.year(2012))).src());
        assertEquals("../data/charts/2012/dbk-progress.csv", chart.on(Routes.period(PeriodSpan.year(2012))).data().downloads().csv());
        assertEquals(List.of("497", "5"), chart.plan().series().get(0).labels());
        assertEquals(List.of("250", "15"), chart.plan().series().get(1).labels());
    }

    @Test
    void aTrendNeedsTwoPeriodsWithARate() {
        assertEquals(Optional.empty(), charts.trend(SmallSite.bloc(), List.of(
                SmallSite.figures("dbk", 2011, 0, 0, 0, 0), SmallSite.figures("dbk", 2012, 100, 70, 0, 0))));

        ChartPlan plan = charts.trend(SmallSite.bloc(), List.of(SmallSite.figures("dbk", 2011, 100, 50, 100, 60),
                SmallSite.figures("dbk", 2012, 100, 70, 0, 0))).orElseThrow().plan();
        assertEquals("charts/organizations/dbk-trend.svg", plan.path());
        assertEquals(ChartPlan.Kind.LINES, plan.kind());
        assertEquals(List.of("2011", "2012"), plan.categories());
        assertEquals(List.of("Tổng cộng", "Tổ chức đảng", "Đảng viên"),
                plan.series().stream().map(ChartPlan.Series::name).toList());
        // The line of a group breaks where the group has no rate.
        assertEquals(Arrays.asList(new BigDecimal("60.0"), null), plan.series().get(2).values());
        assertEquals(List.of("60,0" + NBSP + "%", "—"), plan.series().get(2).labels());
    }

    @Test
    void aLongRankingShowsItsBestAndItsWeakest() {
        ChartPlan all = charts.ranking(PeriodSpan.year(2012), 1, "Cấp 1: Chi bộ", ranked(3)).plan();
        assertEquals("Tỷ lệ khắc phục khuyết điểm, năm 2012", all.title());
        assertEquals(List.of("1. Chi bộ 1", "2. Chi bộ 2", "3. Chi bộ 3"), all.categories());

        PlannedChart ends = charts.ranking(PeriodSpan.year(2012), 1, "Cấp 1: Chi bộ", ranked(25));
        assertEquals("charts/2012/ranking-level-1.svg", ends.plan().path());
        assertEquals("10 tổ chức cao nhất và 10 tổ chức thấp nhất, năm 2012", ends.plan().title());
        assertEquals(2 * ChartPlanner.RANKING_ENDS, ends.plan().categories().size());
        assertEquals("10. Chi bộ 10", ends.plan().categories().get(9));
        assertEquals("16. Chi bộ 16", ends.plan().categories().get(10));
        assertEquals("data/charts/2012/ranking-level-1", ends.data().download().path());
        assertEquals(true, ends.alt().startsWith("Biểu đồ thanh ngang: Cấp 1: Chi bộ. 1. Chi bộ 1: 99,0" + NBSP + "%;"),
                ends.alt());
    }

    /** The first {@code count} cells, the n-th placed n-th with a rate of 100 − n %. */
    private List<RankingPlanner.Ranked> ranked(int count) {
        List<RankingPlanner.Ranked> ranked = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            ranked.add(new RankingPlanner.Ranked(organizations.get(n), SmallSite.figures("cb-" + n, 2012, 100,
                    100 - n, 0, 0), new Percent(100 - n, 100), n));
        }
        return ranked;
    }
}
