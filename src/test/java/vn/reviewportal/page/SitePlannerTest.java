package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.diag.Position;
import vn.reviewportal.stats.StatisticsCalculator;

class SitePlannerTest {

    private final SitePlan plan = plan("content", FolderNames.of("content"));

    /** The site of the seed with its published 66.3 %, read from the folder typed as {@code typed}. */
    private static SitePlan plan(String typed, FolderNames contentFolder) {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .period(2012, p -> p.result(TestContent.ROOT, r -> r.shortcoming("to-chuc-dang", 747, 497, "66.3",
                        new Position(typed + "/periods/2012.yaml", 44, 69))))
                .build());
        return SitePlanner.plan(checked.content(), checked.findings(),
                StatisticsCalculator.compute(checked.content()), "review-portal test", List.of(), contentFolder);
    }

    private PagePlan page(String path) {
        return plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void theSiteHasEveryKindOfPageInPathOrder() {
        List<String> paths = plan.pages().stream().map(PagePlan::path).toList();
        assertEquals(List.of("404.html", "archive/index.html", "comparison.html", "corrections.html", "data-quality.html",
                "feed.xml",
                "index.html",
                "news/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.html", "news/index.html",
                "organizations/dbk-cqt-bac-ninh.html", "organizations/index.html", "periods/2012.html",
                "periods/index.html", "rankings/2012.html", "search.html"), paths);
        assertEquals(List.of("charts/2012/dbk-cqt-bac-ninh-comments.svg", "charts/2012/dbk-cqt-bac-ninh-progress.svg",
                        "charts/2012/dbk-cqt-bac-ninh-rate.svg"),
                plan.charts().stream().map(ChartPlan::path).toList());
    }

    @Test
    void linksAreRelativeToThePageTheyAreOn() {
        assertEquals("", Routes.rootOf("index.html"));
        assertEquals("../../", Routes.rootOf("charts/2012/x.svg"));
        assertEquals("../", Routes.rootOf("periods/2012.html"));
        Views.Period period = (Views.Period) page("periods/2012.html").view();
        assertEquals("../charts/2012/dbk-cqt-bac-ninh-rate.svg", period.root().charts().get(0).src());
        assertEquals("../organizations/dbk-cqt-bac-ninh.html", period.root().organization().href());
        assertEquals("../data/2012/dbk-cqt-bac-ninh-shortcomings.csv", period.root().groups().downloads().csv());
        Views.Home home = (Views.Home) page("index.html").view();
        assertEquals("charts/2012/dbk-cqt-bac-ninh-rate.svg", home.latest().charts().get(0).src());
        assertTrue(plan.pages().stream().flatMap(p -> p.layout().nav().stream())
                .noneMatch(item -> item.href().startsWith("/") || item.href().contains("://")));
    }

    @Test
    void theNavigationMarksTheCurrentSection() {
        List<Views.NavItem> nav = page("periods/2012.html").layout().nav();
        assertEquals(List.of(false, false, true, false, false, false, false),
                nav.stream().map(Views.NavItem::current).toList());
        assertTrue(plan.downloads().stream().anyMatch(d -> d.path().equals("data/2012/dbk-cqt-bac-ninh-comments")));
    }

    @Test
    void thePeriodPageShowsTheSeedFiguresTheVietnameseWay() {
        Views.Results results = ((Views.Period) page("periods/2012.html").view()).root();
        assertEquals(List.of("55/55", "161", "5.420", "69,6\u00a0%", "8"),
                results.figures().stream().map(Views.Figure::value).toList());
        List<String> leaders = results.groups().rows().get(1).cells().stream().map(Views.Cell::text).toList();
        assertEquals(List.of("Ủy viên Ban Thường vụ, cấp ủy viên, đảng viên giữ cương vị lãnh đạo, quản lý",
                "2.005", "1.334", "671", "66,5\u00a0%", "66,5\u00a0%"), leaders);
        assertEquals("không khớp với số liệu", results.groups().rows().get(0).cells().get(5).flag());
        assertEquals(null, results.groups().rows().get(1).cells().get(5).flag());
        assertTrue(results.notes().get(0).contains("66,3\u00a0%") && results.notes().get(0).contains("497/747"));
        assertTrue(results.charts().get(0).alt().contains("Tổ chức đảng: 66,5\u00a0% (497/747)"),
                results.charts().get(0).alt());
        assertEquals("Năm 2012, Đảng bộ khối Các cơ quan tỉnh Bắc Ninh có 55/55 tổ chức trực thuộc tiến hành kiểm điểm."
                + " Đã khắc phục xong 5.496 trên 7.892 khuyết điểm được chỉ ra, đạt 69,6\u00a0%."
                // 497/747 is 66.533 %, just below 1334/2005 at 66.534 %.
                + " Nhóm có tỷ lệ khắc phục thấp nhất là “Tổ chức đảng” (66,5\u00a0%)."
                + " Có 1 điểm số liệu chưa khớp, xem trang Chất lượng dữ liệu.",
                results.narrative());
    }

    @Test
    void theDataQualityPageListsTheMismatchWithItsPosition() {
        Views.DataQuality quality = (Views.DataQuality) page("data-quality.html").view();
        assertEquals(1, quality.findings().rows().size());
        List<String> finding = quality.findings().rows().get(0).cells().stream().map(Views.Cell::text).toList();
        assertEquals("content/periods/2012.yaml:44:69", finding.get(3));
        assertTrue(finding.get(1).contains("66,3\u00a0%") && finding.get(1).contains("497/747"), finding.get(1));
        assertTrue(finding.get(2).startsWith("Không nguyên nhân thường gặp nào giải thích được"), finding.get(2));
    }

    @Test
    void aFindingIsShownByTheContentFoldersOwnNameNotThePathTypedForIt() {
        SitePlan site = plan("/home/x/tinh/tinh-bn", new FolderNames("/home/x/tinh/tinh-bn", "tinh-bn"));
        Views.DataQuality quality = (Views.DataQuality) site.pages().stream()
                .filter(p -> p.path().equals("data-quality.html")).findFirst().orElseThrow().view();
        assertEquals("tinh-bn/periods/2012.yaml:44:69", quality.findings().rows().get(0).cells().get(3).text());
        DownloadPlan download = site.downloads().stream().filter(d -> d.path().equals("data/data-quality"))
                .findFirst().orElseThrow();
        assertEquals("tinh-bn/periods/2012.yaml:44:69", download.rows().get(0).get(3));
    }

    /**
     * A rate published for a group with no shortcoming found: the check decides it once, and the
     * page marks the published figure and lists it on the data-quality page from that finding.
     */
    @Test
    void aRatePublishedWithoutCountsIsMarkedWhereTheCheckFoundIt() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .period(2012, p -> p.result(TestContent.ROOT, r -> r.shortcoming("to-chuc-dang", 0, 0, "50")))
                .build());
        SitePlan site = SitePlanner.plan(checked.content(), checked.findings(),
                StatisticsCalculator.compute(checked.content()), "review-portal test", List.of(), FolderNames.of("content"));
        Views.Period period = (Views.Period) site.pages().stream().filter(p -> p.path().equals("periods/2012.html"))
                .findFirst().orElseThrow().view();
        Views.Row group = period.root().groups().rows().stream()
                .filter(row -> row.cells().get(0).text().equals("Tổ chức đảng")).findFirst().orElseThrow();
        assertEquals(new Views.Cell("50\u00a0%", null, "không khớp với số liệu"), group.cells().get(5));
        Views.DataQuality quality = (Views.DataQuality) site.pages().stream()
                .filter(p -> p.path().equals("data-quality.html")).findFirst().orElseThrow().view();
        assertTrue(quality.findings().rows().stream().anyMatch(row -> row.cells().stream().anyMatch(cell ->
                cell.text().contains("có tỷ lệ công bố 50\u00a0%, nhưng không có khuyết điểm nào"))),
                quality.findings().rows().toString());
    }
}
