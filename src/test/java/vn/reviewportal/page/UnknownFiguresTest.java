package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * Figures the source does not give are unknown, never 0 (made-up organizations and figures):
 * a grassroots committee that gives two of the three groups, one that gives only comments, and
 * one that gives nothing at all.
 */
class UnknownFiguresTest {

    private static final String ROOT = TestContent.ROOT;

    private final SitePlan plan = plan();

    private static SitePlan plan() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .organization("co-so-a", "Đảng bộ cơ sở A", "dang-bo-co-so", ROOT)
                .organization("co-so-b", "Đảng bộ cơ sở B", "dang-bo-co-so", ROOT)
                .organization("co-so-c", "Đảng bộ cơ sở C", "dang-bo-co-so", ROOT)
                .organization("co-so-d", "Đảng bộ cơ sở D", "dang-bo-co-so", ROOT)
                .organization("chi-bo-1", "Chi bộ 1", "chi-bo", "co-so-d")
                .organization("chi-bo-2", "Chi bộ 2", "chi-bo", "co-so-d")
                .period(2012, p -> p
                        .result("co-so-a", r -> r.shortcoming("to-chuc-dang", 40, 30).shortcoming("dang-vien", 60, 45))
                        .result("co-so-b", r -> r.comment("to-chuc-co-so-dang", "tap-the", 12))
                        .result("chi-bo-1", r -> r.shortcoming("to-chuc-dang", 4, 3))
                        .result("chi-bo-2", r -> r.shortcoming("to-chuc-dang", 6, 6).shortcoming("dang-vien", 10, 5)))
                .build());
        return SitePlanner.plan(checked.content(), checked.findings(), StatisticsCalculator.compute(checked.content()),
                "review-portal test", List.of(), FolderNames.of("content"));
    }

    private PageView view(String path) {
        return plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().view();
    }

    private static List<String> row(Views.Table table, String first) {
        return table.rows().stream().filter(r -> r.cells().get(0).text().equals(first)).findFirst().orElseThrow()
                .cells().stream().map(Views.Cell::text).toList();
    }

    @Test
    void aTotalOfSomeGroupsIsMarkedAndSaysSo() {
        Views.Organization page = (Views.Organization) view("organizations/co-so-a.html");
        Views.Table groups = page.periods().get(0).groups();
        assertEquals(List.of("Tổng cộng", "100*", "75*", "25*", "75,0\u00a0%*", ""),
                groups.footer().cells().stream().map(Views.Cell::text).toList());
        assertEquals(List.of("* cộng từ số liệu chưa đầy đủ: nguồn không công bố số này cho mọi nhóm, mọi mức hoặc mọi tổ chức trực thuộc."),
                groups.notes());
        assertTrue(page.periods().get(0).narrative().contains("đạt 75,0\u00a0%. Số liệu này chưa đầy đủ: nguồn không công bố"
                + " đủ các nhóm hoặc các tổ chức trực thuộc."), page.periods().get(0).narrative());
        assertTrue(page.periods().get(0).figures().stream().anyMatch(f -> f.value().equals("75,0\u00a0%*")),
                page.periods().get(0).figures().toString());
    }

    @Test
    void aSumOverSubordinatesOfWhichSomeDoNotGiveAGroupIsMarked() {
        Views.Organization page = (Views.Organization) view("organizations/co-so-d.html");
        Views.Table groups = page.periods().get(0).groups();
        assertEquals(List.of("Tổ chức đảng", "10", "9", "1", "90,0\u00a0%", ""), row(groups, "Tổ chức đảng"),
                "both give it");
        assertEquals(List.of("Đảng viên không giữ cương vị lãnh đạo", "10*", "5*", "5*", "50,0\u00a0%*", ""),
                row(groups, "Đảng viên không giữ cương vị lãnh đạo"), "only chi bộ 2 gives it");
    }

    @Test
    void anOrganizationThatGivesNoShortcomingsShowsDashesNotZeros() {
        Views.Period period = (Views.Period) view("periods/2012.html");
        assertEquals(List.of("Đảng bộ cơ sở B", "Tổ chức báo cáo", "—", "—", "—", "—", "co-so-b"),
                row(period.organizations(), "Đảng bộ cơ sở B"));
        assertTrue(period.organizations().notes().contains("— chưa có số liệu: nguồn không công bố số này."),
                period.organizations().notes().toString());
        Views.Organization root = (Views.Organization) view("organizations/" + ROOT + ".html");
        assertEquals(List.of("Đảng bộ cơ sở C", "Đảng bộ cơ sở", "—", "—", "—", "co-so-c"),
                row(root.children(), "Đảng bộ cơ sở C"));
    }

    @Test
    void theRankingLeavesOutWhoHasNoRateAndSaysWho() {
        Views.Ranking ranking = (Views.Ranking) view("rankings/2012.html");
        Views.Table level = ranking.sections().get(0).table();
        assertEquals(2, level.rows().size(), "A and D (added up from its cells) have a rate");
        assertTrue(level.notes().contains("Không xếp hạng 2 tổ chức chưa có số liệu về khuyết điểm năm này: "
                + "Đảng bộ cơ sở B, Đảng bộ cơ sở C."), level.notes().toString());
        assertEquals("75,0\u00a0%*", rateOf(level, "Đảng bộ cơ sở A"),
                "A's rate is of two groups of three");
    }

    @Test
    void theDatasetHasARowForEachFigureGivenOrAddedUpAndNoneForAnUnknownOne() {
        List<String> rows = new ArrayList<>();
        plan.datasets().get(0).forEachRow(row -> {
            if (!row.get(0).equals(ROOT)) {
                rows.add(row.stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(" ")));
            }
        });
        assertEquals(List.of(
                "co-so-a " + ROOT + " dang-bo-co-so 2012 shortcomings.to-chuc-dang.found 40 reported",
                "co-so-a " + ROOT + " dang-bo-co-so 2012 shortcomings.to-chuc-dang.remediated 30 reported",
                "co-so-a " + ROOT + " dang-bo-co-so 2012 shortcomings.dang-vien.found 60 reported",
                "co-so-a " + ROOT + " dang-bo-co-so 2012 shortcomings.dang-vien.remediated 45 reported",
                "co-so-b " + ROOT + " dang-bo-co-so 2012 comments.to-chuc-co-so-dang.tap-the 12 reported",
                // Both cells give the party organization's figures, one only the members': a partial sum.
                "co-so-d " + ROOT + " dang-bo-co-so 2012 shortcomings.to-chuc-dang.found 10 sum",
                "co-so-d " + ROOT + " dang-bo-co-so 2012 shortcomings.to-chuc-dang.remediated 9 sum",
                "co-so-d " + ROOT + " dang-bo-co-so 2012 shortcomings.dang-vien.found 10 partial_sum",
                "co-so-d " + ROOT + " dang-bo-co-so 2012 shortcomings.dang-vien.remediated 5 partial_sum",
                "chi-bo-1 co-so-d chi-bo 2012 shortcomings.to-chuc-dang.found 4 reported",
                "chi-bo-1 co-so-d chi-bo 2012 shortcomings.to-chuc-dang.remediated 3 reported",
                "chi-bo-2 co-so-d chi-bo 2012 shortcomings.to-chuc-dang.found 6 reported",
                "chi-bo-2 co-so-d chi-bo 2012 shortcomings.to-chuc-dang.remediated 6 reported",
                "chi-bo-2 co-so-d chi-bo 2012 shortcomings.dang-vien.found 10 reported",
                "chi-bo-2 co-so-d chi-bo 2012 shortcomings.dang-vien.remediated 5 reported"), rows,
                "co-so-c gives nothing and has no row; no group a report leaves out is a row of 0");
    }

    private static String rateOf(Views.Table ranking, String name) {
        return ranking.rows().stream().filter(r -> r.cells().get(1).text().equals(name)).findFirst().orElseThrow()
                .cells().get(5).text();
    }
}
