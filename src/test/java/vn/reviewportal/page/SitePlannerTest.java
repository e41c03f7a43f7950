package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestFiles;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.source.ContentLoader;
import vn.reviewportal.stats.StatisticsCalculator;

class SitePlannerTest {

    private final SitePlan plan = plan();

    private static SitePlan plan() {
        CheckedContent checked = ContentChecker.check(
                new ContentLoader(TestFiles.project().resolve("content"), "content").load().content().orElseThrow());
        return SitePlanner.plan(checked.content(), checked.findings(),
                StatisticsCalculator.compute(checked.content()), "review-portal test");
    }

    private PagePlan page(String path) {
        return plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void theSiteHasEveryKindOfPageInPathOrder() {
        List<String> paths = plan.pages().stream().map(PagePlan::path).toList();
        assertEquals(List.of("data-quality.html", "index.html",
                "news/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.html", "news/index.html",
                "organizations/dbk-cqt-bac-ninh.html", "organizations/index.html", "periods/2012.html",
                "periods/index.html"), paths);
        assertEquals(List.of("charts/2012-dbk-cqt-bac-ninh-remediation.svg"),
                plan.charts().stream().map(ChartPlan::path).toList());
    }

    @Test
    void linksAreRelativeToThePageTheyAreOn() {
        assertEquals("", SitePlanner.rootOf("index.html"));
        assertEquals("../", SitePlanner.rootOf("periods/2012.html"));
        Views.Period period = (Views.Period) page("periods/2012.html").view();
        assertEquals("../charts/2012-dbk-cqt-bac-ninh-remediation.svg", period.results().get(0).chart().src());
        assertEquals("../organizations/dbk-cqt-bac-ninh.html", period.results().get(0).organization().href());
        Views.Home home = (Views.Home) page("index.html").view();
        assertEquals("charts/2012-dbk-cqt-bac-ninh-remediation.svg", home.latest().chart().src());
        assertTrue(plan.pages().stream().flatMap(p -> p.layout().nav().stream())
                .noneMatch(item -> item.href().startsWith("/") || item.href().contains("://")));
    }

    @Test
    void theNavigationMarksTheCurrentSection() {
        List<Views.NavItem> nav = page("periods/2012.html").layout().nav();
        assertEquals(List.of(false, false, true, false, false), nav.stream().map(Views.NavItem::current).toList());
    }

    @Test
    void thePeriodPageShowsTheSeedFiguresTheVietnameseWay() {
        Views.Results results = ((Views.Period) page("periods/2012.html").view()).results().get(0);
        assertEquals(List.of("55/55", "161", "5.420", "69,6\u00a0%", "8"),
                results.figures().stream().map(Views.Figure::value).toList());
        Views.GroupRow leaders = results.groups().get(1);
        assertEquals(List.of("2.005", "1.334", "671", "66,5\u00a0%", "66,5\u00a0%"),
                List.of(leaders.found(), leaders.remediated(), leaders.inProgress(), leaders.rate(), leaders.reported()));
        assertTrue(results.groups().get(0).reportedDiffers());
        assertTrue(results.notes().get(0).contains("66,3\u00a0%") && results.notes().get(0).contains("497/747"));
        assertTrue(results.chart().alt().contains("Tổ chức đảng: 66,5\u00a0% (497/747)"), results.chart().alt());
    }

    @Test
    void theDataQualityPageListsTheMismatchWithItsPosition() {
        Views.DataQuality quality = (Views.DataQuality) page("data-quality.html").view();
        assertEquals(1, quality.findings().size());
        assertEquals("content/periods/2012.yaml:44:69", quality.findings().get(0).where());
        assertTrue(quality.findings().get(0).text().contains("66,3\u00a0%"), quality.findings().get(0).text());
    }
}
