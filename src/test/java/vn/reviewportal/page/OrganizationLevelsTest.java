package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * Every page that names an organization's level names it with the level's own label: a
 * province's tree (fictitious), from the province committee down to the cells, with a level
 * the site declares (đảng bộ xã) and a built-in level it relabels (chi bộ).
 */
class OrganizationLevelsTest {

    /** Each organization of the province, and the label its page must give its level on a Vietnamese site. */
    private static final Map<String, String> VIETNAMESE = new LinkedHashMap<>();

    static {
        VIETNAMESE.put("tinh-vi-du", "Đảng bộ tỉnh");
        VIETNAMESE.put("tp-vi-du", "Đảng bộ thành phố thuộc tỉnh");
        VIETNAMESE.put("tx-vi-du", "Đảng bộ thị xã");
        VIETNAMESE.put("huyen-vi-du", "Đảng bộ huyện");
        VIETNAMESE.put("xa-vi-du", "Đảng bộ xã");
        VIETNAMESE.put("cb-thon-vi-du", "Chi bộ trực thuộc");
        VIETNAMESE.put("khoi-vi-du", "Đảng bộ khối");
        VIETNAMESE.put("so-vi-du", "Đảng bộ cơ sở");
        VIETNAMESE.put("bo-phan-vi-du", "Đảng bộ bộ phận");
        VIETNAMESE.put("cb-to-vi-du", "Chi bộ trực thuộc");
        VIETNAMESE.put("cb-ban-vi-du", "Chi bộ cơ sở");
    }

    private static TestContent province() {
        return TestContent.withRoot("tinh-vi-du", "Đảng bộ tỉnh Ví Dụ", "dang-bo-tinh")
                .level("dang-bo-xa", "Đảng bộ xã", true)
                .level("chi-bo", "Chi bộ trực thuộc", true)
                .organization("tp-vi-du", "Đảng bộ thành phố Ví Dụ", "dang-bo-thanh-pho-thuoc-tinh", "tinh-vi-du")
                .organization("tx-vi-du", "Đảng bộ thị xã Ví Dụ", "dang-bo-thi-xa", "tinh-vi-du")
                .organization("huyen-vi-du", "Đảng bộ huyện Ví Dụ", "dang-bo-huyen", "tinh-vi-du")
                .organization("xa-vi-du", "Đảng bộ xã Ví Dụ", "dang-bo-xa", "huyen-vi-du")
                .organization("cb-thon-vi-du", "Chi bộ thôn Ví Dụ", "chi-bo", "xa-vi-du")
                .organization("khoi-vi-du", "Đảng bộ Khối các cơ quan tỉnh Ví Dụ", "dang-bo-khoi", "tinh-vi-du")
                .organization("so-vi-du", "Đảng bộ Sở Ví Dụ", "dang-bo-co-so", "khoi-vi-du")
                .organization("bo-phan-vi-du", "Đảng bộ Văn phòng Sở Ví Dụ", "dang-bo-bo-phan", "so-vi-du")
                .organization("cb-to-vi-du", "Chi bộ Phòng Ví Dụ", "chi-bo", "bo-phan-vi-du")
                .organization("cb-ban-vi-du", "Chi bộ Ban Ví Dụ", "chi-bo-co-so", "khoi-vi-du")
                .period(2012, p -> p.group("to-chuc-dang", "Tổ chức đảng")
                        .result("tp-vi-du", r -> r.shortcoming("to-chuc-dang", 40, 30))
                        .result("tx-vi-du", r -> r.shortcoming("to-chuc-dang", 20, 16))
                        .result("cb-thon-vi-du", r -> r.shortcoming("to-chuc-dang", 10, 5))
                        .result("cb-to-vi-du", r -> r.shortcoming("to-chuc-dang", 8, 6))
                        .result("cb-ban-vi-du", r -> r.shortcoming("to-chuc-dang", 4, 4)));
    }

    private static SitePlan plan(TestContent content) {
        CheckedContent checked = ContentChecker.check(content.build());
        assertEquals(List.of(), checked.diagnostics());
        return SitePlanner.plan(checked.content(), checked.findings(), StatisticsCalculator.compute(checked.content()),
                "review-portal test", List.of(), FolderNames.of("content"));
    }

    private static <T extends PageView> T view(SitePlan plan, String path, Class<T> type) {
        return type.cast(plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().view());
    }

    private static String levelOn(SitePlan plan, String organization) {
        return view(plan, Routes.organization(organization), Views.Organization.class).kind();
    }

    @Test
    void eachOrganizationPageNamesItsLevelWithTheLevelsLabel() {
        SitePlan plan = plan(province());
        VIETNAMESE.forEach((id, label) -> assertEquals(label, levelOn(plan, id), id));
    }

    @Test
    void theListTheChildrenTheRankingAndTheSearchNameTheLevelsAlike() {
        SitePlan plan = plan(province());
        assertEquals(List.copyOf(VIETNAMESE.values()), view(plan, Routes.ORGANIZATIONS, Views.OrganizationList.class)
                .entries().stream().map(Views.TreeEntry::kind).toList());
        Views.Table children = view(plan, Routes.organization("tinh-vi-du"), Views.Organization.class).children();
        assertEquals(List.of("Đảng bộ thành phố thuộc tỉnh", "Đảng bộ thị xã", "Đảng bộ huyện", "Đảng bộ khối"),
                children.rows().stream().map(r -> r.cells().get(1).text()).toList());
        List<String> sections = view(plan, Routes.ranking(PeriodSpan.year(2012)), Views.Ranking.class).sections().stream()
                .map(Views.RankingSection::title).toList();
        assertEquals(4, sections.size(), sections.toString());
        for (String label : List.of("Đảng bộ thành phố thuộc tỉnh", "Đảng bộ thị xã", "Đảng bộ huyện", "Đảng bộ khối")) {
            assertTrue(sections.get(0).contains(label), sections.get(0));
        }
        assertTrue(sections.get(1).contains("Đảng bộ xã") && sections.get(1).contains("Đảng bộ cơ sở")
                && sections.get(1).contains("Chi bộ cơ sở"), sections.get(1));
        Map<String, String> searched = new LinkedHashMap<>();
        plan.search().stream().filter(e -> e.href().startsWith("organizations/"))
                .forEach(e -> searched.put(e.href(), e.kind()));
        VIETNAMESE.forEach((id, label) -> assertEquals(label, searched.get(Routes.organization(id)), id));
    }

    @Test
    void anEnglishSiteNamesTheBuiltInLevelsInEnglishAndTheDeclaredOnesAsDeclared() {
        SitePlan plan = plan(province().language(Language.EN));
        assertEquals("Provincial party committee", levelOn(plan, "tinh-vi-du"));
        assertEquals("Provincial city party committee", levelOn(plan, "tp-vi-du"));
        assertEquals("Town party committee", levelOn(plan, "tx-vi-du"));
        assertEquals("District party committee", levelOn(plan, "huyen-vi-du"));
        assertEquals("Bloc party committee", levelOn(plan, "khoi-vi-du"));
        assertEquals("Grassroots party committee", levelOn(plan, "so-vi-du"));
        assertEquals("Party sub-committee", levelOn(plan, "bo-phan-vi-du"));
        assertEquals("Grassroots party cell", levelOn(plan, "cb-ban-vi-du"));
        assertEquals("Đảng bộ xã", levelOn(plan, "xa-vi-du"), "a level the site adds has the one label it declares");
        assertEquals("Chi bộ trực thuộc", levelOn(plan, "cb-to-vi-du"), "and so has a built-in level it relabels");
    }

    @Test
    void aCentrallyRunCityAndItsUrbanDistrictsAreNamedSo() {
        SitePlan plan = plan(TestContent.withRoot("tp-tw-vi-du", "Đảng bộ thành phố Ví Dụ",
                        "dang-bo-thanh-pho-truc-thuoc-trung-uong")
                .organization("quan-vi-du", "Đảng bộ quận Ví Dụ", "dang-bo-quan", "tp-tw-vi-du")
                .organization("phuong-vi-du", "Đảng bộ phường Ví Dụ", "dang-bo-co-so", "quan-vi-du"));
        assertEquals("Đảng bộ thành phố trực thuộc Trung ương", levelOn(plan, "tp-tw-vi-du"));
        assertEquals("Đảng bộ quận", levelOn(plan, "quan-vi-du"));
        assertEquals("Đảng bộ cơ sở", levelOn(plan, "phuong-vi-du"));
    }
}
