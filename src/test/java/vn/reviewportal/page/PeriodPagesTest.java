package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * A root with more direct subordinates than a page lists: the period's page keeps the root's
 * figures and the first hundred rows, each further page the next hundred, every page a pager; the
 * period's file still has every organization. The comparison page is read the same way.
 */
class PeriodPagesTest {

    private static final int CELLS = 2 * TablePages.ROWS_PER_PAGE + 30;

    private final SitePlan plan = plan();

    private static SitePlan plan() {
        TestContent content = TestContent.seed();
        for (int n = 1; n <= CELLS; n++) {
            content.organization("cb-" + n, "Chi bộ " + n, "chi-bo", TestContent.ROOT);
        }
        content.period(2013, p -> {
            p.group("to-chuc-dang", "Tổ chức đảng");
            for (int n = 1; n <= CELLS; n++) {
                int remediated = 1000 - n;
                p.result("cb-" + n, r -> r.shortcoming("to-chuc-dang", 1000, remediated));
            }
        });
        CheckedContent checked = ContentChecker.check(content.build());
        return SitePlanner.plan(checked.content(), checked.findings(), StatisticsCalculator.compute(checked.content()),
                "review-portal test", List.of(), FolderNames.of("content"));
    }

    private Optional<Views.Period> period(String path) {
        return plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().map(p -> (Views.Period) p.view());
    }

    @Test
    void theRootsSubordinatesAreReadAHundredToAPage() {
        Views.Period first = period("periods/2013.html").orElseThrow();
        Views.Period second = period("periods/2013-trang-2.html").orElseThrow();
        Views.Period third = period("periods/2013-trang-3.html").orElseThrow();
        assertTrue(period("periods/2013-trang-4.html").isEmpty(), "the root and 230 cells: three pages");
        assertNotNull(first.root(), "the first page has the root's figures");
        assertNull(second.root(), "the others list organizations only");
        assertEquals(100, first.organizations().rows().size());
        assertEquals(100, second.organizations().rows().size());
        assertEquals(31, third.organizations().rows().size());
        assertEquals("Chi bộ 100", second.organizations().rows().get(0).cells().get(0).text(),
                "page 2 goes on where page 1 stops (the root is row 1)");
        assertEquals("Năm 2013, trang 2/3", second.heading());
        assertEquals("(tệp có mọi tổ chức của kỳ; trang này ghi các dòng 101–200 trong 231 dòng của tổ chức cấp "
                + "trên cùng và các tổ chức trực thuộc trực tiếp)", second.organizations().downloads().rows());
        assertEquals("../data/2013/organizations.csv", second.organizations().downloads().csv());
        List<String> links = second.pager().items().stream().map(i -> i.href() == null ? "-" : i.href()).toList();
        assertEquals(List.of("../periods/2013.html", "../periods/2013.html", "-", "../periods/2013-trang-3.html",
                "../periods/2013-trang-3.html"), links,
                "previous, 1, 2 (this page), 3, next");
        assertNull(period("periods/2012.html").orElseThrow().pager(), "the seed's one organization: one page, no pager");
    }

    @Test
    void theComparisonOfTheRootsSubordinatesIsReadAHundredToAPageToo() {
        Views.Comparison first = (Views.Comparison) view("comparison.html");
        Views.Comparison second = (Views.Comparison) view("comparison-trang-2.html");
        Views.Comparison third = (Views.Comparison) view("comparison-trang-3.html");
        assertNotNull(first.groups(), "the first page has the root's groups across the years");
        assertNull(second.groups());
        assertEquals(100, first.organizations().rows().size());
        assertEquals(100, second.organizations().rows().size());
        assertEquals(31, third.organizations().rows().size());
        assertEquals("So sánh qua các năm, trang 3/3", third.heading());
        assertEquals("comparison-trang-2.html", third.pager().items().get(0).href(), "« the previous page");
        assertTrue(plan.pages().stream().noneMatch(p -> p.path().equals("comparison-trang-4.html")));
    }

    @Test
    void theRootsOwnTableOfSubordinatesIsReadAHundredToAPage() {
        String root = "organizations/" + TestContent.ROOT;
        Views.Organization page = (Views.Organization) view(root + ".html");
        Views.Subordinates second = (Views.Subordinates) view(root + "/truc-thuoc-2.html");
        Views.Subordinates third = (Views.Subordinates) view(root + "/truc-thuoc-3.html");
        assertEquals(100, page.children().rows().size());
        assertEquals(100, second.children().rows().size());
        assertEquals(30, third.children().rows().size(), "230 cells under the root");
        assertEquals("Chi bộ 101", second.children().rows().get(0).cells().get(0).text());
        assertEquals("../../organizations/cb-101.html", second.children().rows().get(0).cells().get(0).href(),
                "a page one folder deeper links from where it is");
        assertEquals("../../data/organizations/children.csv", second.children().downloads().csv());
        assertTrue(second.children().downloads().rows().contains("trang này ghi các dòng 101–200 trong 230 dòng đó"),
                second.children().downloads().rows());
        assertEquals("../../organizations/" + TestContent.ROOT + ".html", second.organization().href());
        assertNotNull(page.childrenPager());
        assertTrue(plan.organizationPages().paths().contains(root + "/truc-thuoc-3.html"), "the sitemap and the check know it");
        assertNull(((Views.Organization) view("organizations/cb-1.html")).childrenPager(), "a cell has no subordinates");
    }

    private PageView view(String path) {
        return plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().view();
    }
}
