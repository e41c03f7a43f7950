package vn.reviewportal.page;

import vn.reviewportal.model.PeriodSpan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * The members in all and those admitted (made-up figures): shown on the results block when
 * given, and by period on the organization page, where a period that does not give them shows
 * a dash, never 0.
 */
class MembersPageTest {

    private static final String ROOT = TestContent.ROOT;

    private final SitePlan plan = plan();

    private static SitePlan plan() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .organization("co-so-a", "Đảng bộ cơ sở A", "dang-bo-co-so", ROOT)
                .organization("co-so-b", "Đảng bộ cơ sở B", "dang-bo-co-so", ROOT)
                .period(2013, p -> p
                        .result(ROOT, r -> r.members(OptionalLong.of(6930), OptionalLong.of(312)))
                        .result("co-so-a", r -> r.members(OptionalLong.of(120), OptionalLong.empty()))
                        .result("co-so-b", r -> r.members(OptionalLong.empty(), OptionalLong.of(4))))
                .build());
        return SitePlanner.plan(checked.content(), checked.findings(), StatisticsCalculator.compute(checked.content()),
                "review-portal test", List.of(), FolderNames.of("content"));
    }

    private Views.Organization organization(String id) {
        return (Views.Organization) plan.pages().stream().filter(p -> p.path().equals(Routes.organization(id)))
                .findFirst().orElseThrow().view();
    }

    private static List<String> texts(Views.Results results) {
        return results.figures().stream().map(f -> f.value() + " " + f.label()).toList();
    }

    private static List<List<String>> rows(Views.Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Views.Cell::text).toList()).toList();
    }

    @Test
    void theResultsBlockShowsTheMembersOnlyWhereTheyAreGiven() {
        Views.Organization root = organization(ROOT);
        List<String> latest = texts(root.periods().get(0));
        assertEquals(List.of("6.930 đảng viên", "312 đảng viên mới được kết nạp"), latest);
        List<String> seed = texts(((Views.Period) plan.pages().stream()
                .filter(p -> p.path().equals(Routes.period(PeriodSpan.year(2012)))).findFirst().orElseThrow().view()).root());
        assertEquals(List.of(), seed.stream().filter(t -> t.contains("kết nạp") || t.endsWith(" đảng viên")).toList(),
                seed.toString());
        assertEquals(List.of("120 đảng viên"), texts(organization("co-so-a").periods().get(0)));
    }

    @Test
    void theOrganizationPageTablesThemByPeriodWithADashForAPeriodWithoutThem() {
        Views.Table members = organization(ROOT).members();
        assertEquals("Đảng viên và kết nạp đảng viên mới", members.caption());
        assertEquals(List.of(List.of("2012", "—", "—"), List.of("2013", "6.930", "312")), rows(members));
        assertEquals(List.of("— chưa có số liệu: nguồn không công bố số này."), members.notes());
        assertEquals(List.of(List.of("2013", "—", "4")), rows(organization("co-so-b").members()));
    }

    @Test
    void theDownloadLeavesAnUnknownFigureEmpty() {
        // The organization's rows of the file of every organization's members, led by its id and name.
        DownloadPlan download = plan.downloads().stream()
                .filter(d -> d.path().equals(Routes.download("organizations/members")))
                .findFirst().orElseThrow();
        assertEquals(List.of("organization_id", "organization", "year", "members", "admitted"), download.keys());
        assertEquals(List.of(Arrays.asList(2012, null, null), List.of(2013, 6930L, 312L)), download.rows().stream()
                .filter(row -> ROOT.equals(row.get(0))).map(row -> row.subList(2, row.size())).toList());
    }

    @Test
    void noPeriodGivingThemMeansNoTable() {
        CheckedContent checked = ContentChecker.check(TestContent.seed().build());
        SitePlan seed = SitePlanner.plan(checked.content(), checked.findings(),
                StatisticsCalculator.compute(checked.content()), "review-portal test", List.of(), FolderNames.of("content"));
        Views.Organization root = (Views.Organization) seed.pages().stream()
                .filter(p -> p.path().equals(Routes.organization(ROOT))).findFirst().orElseThrow().view();
        assertNull(root.members());
    }
}
