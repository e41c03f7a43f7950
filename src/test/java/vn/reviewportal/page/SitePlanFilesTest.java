package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestFiles;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.source.ContentLoader;
import vn.reviewportal.stats.StatisticsCalculator;

/** The files of the site: each planned once, whichever pages show it. */
class SitePlanFilesTest {

    private static final CheckedContent CHECKED = ContentChecker.check(
            new ContentLoader(TestFiles.project().resolve("content"), "content").load().content().orElseThrow());

    private static SitePlan plan() {
        return SitePlanner.plan(CHECKED.content(), CHECKED.findings(), StatisticsCalculator.compute(CHECKED.content()),
                "review-portal test", List.of());
    }

    private static PageView view(SitePlan plan, String path) {
        return plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().view();
    }

    @Test
    void figuresShownOnSeveralPagesArePlannedOnceAndLinkedFromEach() {
        SitePlan plan = plan();
        String chart = "charts/2012/dbk-cqt-bac-ninh-rate.svg";
        assertEquals(1, plan.charts().stream().filter(c -> c.path().equals(chart)).count());
        assertEquals(chart, ((Views.Home) view(plan, Routes.HOME)).latest().charts().get(0).src());
        assertEquals("../" + chart, ((Views.Period) view(plan, "periods/2012.html")).root().charts().get(0).src());
        assertEquals("../" + chart, ((Views.Organization) view(plan, "organizations/dbk-cqt-bac-ninh.html"))
                .periods().get(0).charts().get(0).src());
        assertEquals(1, plan.downloads().stream()
                .filter(d -> d.path().equals("data/2012/dbk-cqt-bac-ninh-shortcomings")).count());
    }
}
