package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.stats.Statistics;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * What a body is made of (made-up figures): a district that publishes only its structure is
 * shown with the sum of its communes, saying how many of its grassroots organizations that sum
 * covers, not "1/1" of the subordinates the tree happens to list.
 */
class StructurePageTest {

    private static final String ROOT = TestContent.ROOT;

    private static TestContent district(long grassroots) {
        return TestContent.seed()
                .organization("huyen", "Đảng bộ huyện Ví Dụ", "dang-bo-huyen", ROOT)
                .organization("xa-a", "Đảng bộ xã A", "dang-bo-co-so", "huyen")
                .organization("chi-bo-a1", "Chi bộ thôn A1", "chi-bo", "xa-a")
                .organization("xa-b", "Đảng bộ xã B", "dang-bo-co-so", "huyen")
                .period(2013, p -> p
                        .group("dang-vien", "Đảng viên")
                        .result("huyen", r -> r.structure(OptionalLong.of(grassroots), OptionalLong.of(180))
                                .members(OptionalLong.of(3120), OptionalLong.empty()))
                        .result("xa-a", r -> r.shortcoming("dang-vien", 30, 21))
                        .result("chi-bo-a1", r -> r.shortcoming("dang-vien", 30, 21))
                        .result("xa-b", r -> r.shortcoming("dang-vien", 18, 12)));
    }

    private static SitePlan plan(TestContent content) {
        CheckedContent checked = ContentChecker.check(content.build());
        return SitePlanner.plan(checked.content(), checked.findings(), StatisticsCalculator.compute(checked.content()),
                "review-portal test", List.of(), FolderNames.of("content"));
    }

    private static Views.Organization organization(SitePlan plan, String id) {
        return (Views.Organization) plan.pages().stream().filter(p -> p.path().equals(Routes.organization(id)))
                .findFirst().orElseThrow().view();
    }

    @Test
    void aSumSaysHowManyOfTheBodysGrassrootsOrganizationsItCovers() {
        Views.Results latest = organization(plan(district(25)), "huyen").periods().get(0);
        assertEquals("Số liệu tổng hợp từ 2 trong tổng số 25 tổ chức cơ sở đảng.", latest.basis());
        List<String> figures = latest.figures().stream().map(f -> f.value() + " " + f.label()).toList();
        assertTrue(figures.contains("25 tổ chức cơ sở đảng"), figures.toString());
        assertTrue(figures.contains("180 chi bộ"), figures.toString());
        assertTrue(figures.contains("3.120 đảng viên"), figures.toString());
        // The structure-only result does not hide the communes' figures: 33 of 48 remediated.
        assertTrue(figures.stream().anyMatch(f -> f.contains("33/48")), figures.toString());
    }

    @Test
    void withoutAStructureTheSumCountsTheSubordinatesInTheTree() {
        SitePlan plan = plan(TestContent.seed()
                .organization("huyen", "Đảng bộ huyện Ví Dụ", "dang-bo-huyen", ROOT)
                .organization("xa-a", "Đảng bộ xã A", "dang-bo-co-so", "huyen")
                .period(2013, p -> p.group("dang-vien", "Đảng viên")
                        .result("xa-a", r -> r.shortcoming("dang-vien", 30, 21))));
        assertEquals("Số liệu tổng hợp từ 1/1 tổ chức trực thuộc có báo cáo.",
                organization(plan, "huyen").periods().get(0).basis());
    }

    @Test
    void theOrganizationPageAndItsDownloadHoldTheStructureByPeriod() {
        SitePlan plan = plan(district(25));
        Views.Table table = organization(plan, "huyen").members();
        assertEquals("Tổ chức cơ sở đảng, chi bộ và đảng viên", table.caption());
        assertEquals(List.of(List.of("2013", "25", "180", "3.120", "—")),
                table.rows().stream().map(r -> r.cells().stream().map(Views.Cell::text).toList()).toList());
        DownloadPlan download = plan.downloads().stream()
                .filter(d -> d.path().equals(Routes.download("organizations/members"))).findFirst().orElseThrow();
        // Columns as first met among the organizations: one that gives no structure comes first here.
        assertEquals(List.of("organization_id", "organization", "year", "members", "admitted",
                "grassroots_organizations", "cells"), download.keys());
        assertEquals(List.of(Arrays.asList(2013, 3120L, null, 25L, 180L)), download.rows().stream()
                .filter(row -> "huyen".equals(row.get(0))).map(row -> row.subList(2, row.size())).toList());
    }

    @Test
    void moreGrassrootsOrganizationsWithFiguresThanTheBodyHasIsAWarning() {
        Statistics statistics = StatisticsCalculator.compute(ContentChecker.check(district(1).build()).content());
        assertEquals(List.of(Code.GRASSROOTS_EXCEED_STRUCTURE),
                statistics.diagnostics().stream().map(d -> d.code()).toList());
        assertTrue(statistics.diagnostics().get(0).message().contains("says it has 1 grassroots organizations, but 2"),
                statistics.diagnostics().get(0).message());
        assertTrue(StatisticsCalculator.compute(ContentChecker.check(district(2).build()).content())
                .diagnostics().isEmpty());
    }
}
