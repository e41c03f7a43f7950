package vn.reviewportal.page;

import vn.reviewportal.model.PeriodSpan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.model.Language;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * Discipline as published (made-up figures): the figures on the results block, the forms as a
 * table with its downloads, the findings on the data-quality page, and by period on the
 * organization page; a figure not given is a dash, never 0.
 */
class DisciplinePageTest {

    private static final String ROOT = TestContent.ROOT;
    private static final OptionalLong NONE = OptionalLong.empty();
    // Percentages are written with a no-break space before the sign on a Vietnamese site: "58,3 %".

    private static Map<String, Long> forms(long khienTrach, long canhCao, long cachChuc, long khaiTru) {
        Map<String, Long> forms = new LinkedHashMap<>();
        forms.put("khien-trach", khienTrach);
        forms.put("canh-cao", canhCao);
        forms.put("cach-chuc", cachChuc);
        forms.put("khai-tru", khaiTru);
        return forms;
    }

    private static TestContent content() {
        return TestContent.seed()
                .organization("co-so-a", "Đảng bộ cơ sở A", "dang-bo-co-so", ROOT)
                .organization("co-so-b", "Đảng bộ cơ sở B", "dang-bo-co-so", ROOT)
                .period(2013, p -> p
                        // The forms add up to 13, not 12; the published 0.3 % is not 12 of 7000.
                        .result(ROOT, r -> r.members(OptionalLong.of(7000), NONE)
                                .discipline(OptionalLong.of(12), OptionalLong.of(3), forms(7, 3, 1, 2),
                                        OptionalLong.of(2), "0.3"))
                        .result("co-so-a", r -> r.discipline(NONE, NONE, forms(4, 2, 0, 1), OptionalLong.of(1), null))
                        .result("co-so-b", r -> r.discipline(OptionalLong.of(8), NONE,
                                Map.of("khien-trach", 5L), NONE, "0.4")));
    }

    private static SitePlan plan(TestContent content) {
        CheckedContent checked = ContentChecker.check(content.build());
        return SitePlanner.plan(checked.content(), checked.findings(), StatisticsCalculator.compute(checked.content()),
                "review-portal test", List.of(), FolderNames.of("content"));
    }

    private final SitePlan plan = plan(content());

    private static Views.Organization organization(SitePlan plan, String id) {
        return (Views.Organization) plan.pages().stream().filter(p -> p.path().equals(Routes.organization(id)))
                .findFirst().orElseThrow().view();
    }

    private static List<String> texts(Views.Results results) {
        return results.figures().stream().map(f -> f.value() + " " + f.label()).toList();
    }

    private static List<List<String>> rows(Views.Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Views.Cell::text).toList()).toList();
    }

    private static List<String> cells(Views.Row row) {
        return row.cells().stream().map(Views.Cell::text).toList();
    }

    @Test
    void theResultsBlockShowsEachFigureGivenAndTheComputedShareBesideThePublishedOne() {
        List<String> root = texts(organization(plan, ROOT).periods().get(0));
        assertTrue(root.containsAll(List.of("12 đảng viên bị thi hành kỷ luật, trong đó 3 cấp ủy viên",
                "2 tổ chức đảng bị thi hành kỷ luật",
                "0,2 % đảng viên bị kỷ luật trên tổng số đảng viên (nguồn công bố 0,3 %, không khớp với số liệu)")),
                root.toString());
        assertEquals(List.of("8 đảng viên bị thi hành kỷ luật",
                        "— đảng viên bị kỷ luật trên tổng số đảng viên: nguồn công bố 0,4 %, chưa kiểm tra được vì nguồn "
                                + "không công bố tổng số đảng viên hoặc số đảng viên bị kỷ luật"),
                texts(organization(plan, "co-so-b").periods().get(0)),
                "committee members not given are not 0; a share that cannot be checked says so");
        assertEquals(List.of("1 tổ chức đảng bị thi hành kỷ luật"), texts(organization(plan, "co-so-a").periods().get(0)),
                "no total of members disciplined is made up from the forms");
    }

    @Test
    void theFormsAreATableWithTheirShareOfTheMembersDisciplined() {
        Views.Table table = organization(plan, ROOT).periods().get(0).discipline();
        assertEquals("Kỷ luật đảng viên theo hình thức", table.caption());
        assertEquals(List.of(List.of("Khiển trách", "7", "58,3 %"), List.of("Cảnh cáo", "3", "25,0 %"),
                List.of("Cách chức", "1", "8,3 %"), List.of("Khai trừ", "2", "16,7 %")), rows(table));
        assertEquals(List.of("Tổng số đảng viên bị kỷ luật", "12", ""), cells(table.footer()));
        assertEquals("không khớp với tổng các hình thức", table.footer().cells().get(1).flag());

        Views.Table formsOnly = organization(plan, "co-so-a").periods().get(0).discipline();
        assertEquals(List.of("Tổng số đảng viên bị kỷ luật", "—", ""), cells(formsOnly.footer()));
        assertTrue(formsOnly.notes().contains("Cộng các hình thức: 7 (nguồn không công bố tổng số đảng viên bị kỷ "
                + "luật; một đảng viên có thể bị kỷ luật nhiều lần nên số này không thay cho tổng số)."),
                formsOnly.notes().toString());

        assertEquals(List.of(List.of("Khiển trách", "5", "62,5 %"), List.of("Cảnh cáo", "—", "—"),
                List.of("Cách chức", "—", "—"), List.of("Khai trừ", "—", "—")),
                rows(organization(plan, "co-so-b").periods().get(0).discipline()), "a form not given is a dash");
        assertNull(((Views.Period) plan.pages().stream().filter(p -> p.path().equals(Routes.period(PeriodSpan.year(2012))))
                .findFirst().orElseThrow().view()).root().discipline(), "2012 gives no form: no table");
    }

    @Test
    void theDownloadLeavesAnUnknownFigureEmpty() {
        // Below the root, the rows are the organization's in the period's file of every organization.
        DownloadPlan download = plan.downloads().stream()
                .filter(d -> d.path().equals(Routes.download("2013/discipline"))).findFirst().orElseThrow();
        assertEquals(List.of("organization_id", "organization", "form", "members", "share_percent"), download.keys());
        List<List<Object>> own = download.rows().stream().filter(row -> "co-so-b".equals(row.get(0))).toList();
        assertEquals(Arrays.asList("co-so-b", "Đảng bộ cơ sở B", "Cảnh cáo", null, null), own.get(1));
        assertEquals(Arrays.asList("co-so-b", "Đảng bộ cơ sở B", "Tổng số đảng viên bị kỷ luật", 8L, null), own.get(4));
        assertTrue(plan.downloads().stream().noneMatch(d -> d.path().equals(Routes.download("2013/co-so-b-discipline"))),
                "no file of its own");
    }

    @Test
    void theDataQualityPageSaysWhatDoesNotAddUp() {
        Views.DataQuality quality = (Views.DataQuality) plan.pages().stream()
                .filter(p -> p.view() instanceof Views.DataQuality).findFirst().orElseThrow().view();
        List<String> problems = quality.findings().rows().stream().map(r -> r.cells().get(1).text())
                .toList();
        assertTrue(problems.contains("Năm 2013, Đảng bộ khối Các cơ quan tỉnh Bắc Ninh: có 12 đảng viên bị kỷ luật "
                + "nhưng cộng các hình thức kỷ luật được 13."), problems.toString());
        assertTrue(problems.contains("Năm 2013, Đảng bộ khối Các cơ quan tỉnh Bắc Ninh: tỷ lệ đảng viên bị kỷ luật "
                + "công bố 0,3 % không khớp với số liệu 12/7.000 (tính lại được 0,2 %)."), problems.toString());
    }

    @Test
    void theOrganizationPageTablesDisciplineByPeriodOnceTwoPeriodsGiveIt() {
        Views.Table root = organization(plan, ROOT).discipline();
        assertEquals("Kỷ luật đảng viên qua các năm", root.caption());
        assertEquals(List.of(List.of("2012", "8", "1", "—"), List.of("2013", "12", "3", "2")), rows(root));
        assertNull(organization(plan, "co-so-a").discipline(), "one period: its results block says it all");
    }

    @Test
    void anEnglishSiteNamesTheBuiltInFormsInEnglishAndAPeriodsOwnFormsAsDeclared() {
        SitePlan english = plan(content().language(Language.EN));
        assertEquals(List.of("Reprimand", "Warning", "Dismissal", "Expulsion"), rows(organization(english, ROOT)
                .periods().get(0).discipline()).stream().map(r -> r.get(0)).toList());
        SitePlan own = plan(content().period(2013, p -> p.disciplineForm("khien-trach", "Khiển trách")
                .disciplineForm("canh-cao", "Cảnh cáo").disciplineForm("cach-chuc", "Cách chức")
                .disciplineForm("khai-tru", "Khai trừ").disciplineForm("xoa-ten", "Xóa tên")));
        assertEquals(List.of("Xóa tên", "—", "—"), rows(organization(own, "co-so-b").periods().get(0).discipline()).get(4));
    }

    @Test
    void aRolledUpSumIsMarkedPartialAndGivesNoShareOverDifferentSubordinates() {
        SitePlan rolled = plan(TestContent.withRoot("khoi", "Đảng bộ khối", "dang-bo-khoi")
                .organization("a", "Đảng bộ A", "dang-bo-co-so", "khoi")
                .organization("b", "Đảng bộ B", "dang-bo-co-so", "khoi")
                .period(2020, p -> p
                        .result("a", r -> r.discipline(OptionalLong.of(5), NONE, Map.of("khien-trach", 5L), NONE, null))
                        .result("b", r -> r.discipline(NONE, NONE, Map.of("khien-trach", 4L), NONE, null))));
        Views.Results khoi = organization(rolled, "khoi").periods().get(0);
        assertEquals(List.of("5* đảng viên bị thi hành kỷ luật"), texts(khoi));
        assertEquals(List.of("Khiển trách", "9", "—"), rows(khoi.discipline()).get(0),
                "9 of a partial 5 is no share");
        assertEquals(List.of("Tổng số đảng viên bị kỷ luật", "5*", ""), cells(khoi.discipline().footer()));
    }
}
