package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.model.Correction;
import vn.reviewportal.stats.StatisticsCalculator;

/** The files of the site: each planned once, whichever pages show it, and the corrections with the rest. */
class SitePlanFilesTest {

    private static final CheckedContent CHECKED = ContentChecker.check(TestContent.seed().build());

    private static SitePlan plan(List<FrozenYear> frozen) {
        return SitePlanner.plan(CHECKED.content(), CHECKED.findings(), StatisticsCalculator.compute(CHECKED.content()),
                "review-portal test", frozen, FolderNames.of("content"));
    }

    private static PageView view(SitePlan plan, String path) {
        return plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().view();
    }

    @Test
    void figuresShownOnSeveralPagesArePlannedOnceAndLinkedFromEach() {
        SitePlan plan = plan(List.of());
        String chart = "charts/2012/dbk-cqt-bac-ninh-rate.svg";
        assertEquals(1, plan.charts().stream().filter(c -> c.path().equals(chart)).count());
        assertEquals(chart, ((Views.Home) view(plan, Routes.HOME)).latest().charts().get(0).src());
        assertEquals("../" + chart, ((Views.Period) view(plan, "periods/2012.html")).root().charts().get(0).src());
        assertEquals("../" + chart, ((Views.Organization) view(plan, "organizations/dbk-cqt-bac-ninh.html"))
                .periods().get(0).charts().get(0).src());
        assertEquals(1, plan.downloads().stream()
                .filter(d -> d.path().equals("data/2012/dbk-cqt-bac-ninh-shortcomings")).count());
    }

    @Test
    void theCorrectionsArePlannedWithTheRestOfTheSite() {
        Map<String, Object> frozenRow = new LinkedHashMap<>();
        frozenRow.put("group", "Tổ chức đảng");
        frozenRow.put("found", new BigDecimal("740"));
        FrozenTable published = new FrozenTable("data/2012/dbk-cqt-bac-ninh-shortcomings", List.of(frozenRow));
        SitePlan plan = plan(List.of(new FrozenYear(new SnapshotSummary(2012, LocalDate.of(2013, 6, 1), 14, 60, "ab12"),
                List.of(published))));

        Correction changed = new Correction(2012, "Khắc phục khuyết điểm theo nhóm", "Tổ chức đảng", "Khuyết điểm",
                "740", "747");
        assertEquals(changed, plan.corrections().get(0));
        Views.Table corrections = ((Views.Corrections) view(plan, Routes.CORRECTIONS)).corrections();
        assertEquals(List.of("2012", "Khắc phục khuyết điểm theo nhóm", "Tổ chức đảng", "Khuyết điểm", "740", "747"),
                corrections.rows().get(0).cells().stream().map(Views.Cell::text).toList());
        assertEquals("archive/2012/index.html", corrections.rows().get(0).cells().get(0).href());
        Views.Table snapshots = ((Views.Archive) view(plan, Routes.ARCHIVE)).snapshots();
        assertEquals("2012/index.html", snapshots.rows().get(0).cells().get(0).href());
        assertEquals(1, plan.downloads().stream().filter(d -> d.path().equals("data/corrections")).count());
    }
}
