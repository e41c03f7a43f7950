package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.model.RatingScales;
import vn.reviewportal.model.Ref;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * The rows of a rating table (made-up organizations and figures): a part under its level, a
 * cumulative level after the levels, those exempt and in all, and the same added up over two
 * cells for the grassroots committee above them, which gives no figures of its own.
 */
class RatingRowsTest {

    private static final String ROOT = TestContent.ROOT;
    private static final Position AT = new Position("content/periods/2012.yaml", 60, 9);

    private static Ref ref(String id) {
        return new Ref(id, AT);
    }

    private static final List<RatingLevel> SCALE = List.of(
            RatingLevel.of("xuat-sac", "Hoàn thành xuất sắc nhiệm vụ", AT),
            RatingLevel.of("tot", "Hoàn thành tốt nhiệm vụ", AT),
            new RatingLevel("tieu-bieu", "Tiêu biểu", AT, Optional.of(ref("xuat-sac")), List.of()),
            new RatingLevel("tro-len", "Hoàn thành tốt nhiệm vụ trở lên", AT, Optional.empty(),
                    List.of(ref("xuat-sac"), ref("tot"))));

    private static RatingCounts members(long rated, long total, long exempt, List<RatingCounts.LevelCount> counts,
                                        List<RatingCounts.LevelPercent> percents) {
        return new RatingCounts(Population.MEMBERS, OptionalLong.of(rated), AT, counts, percents,
                new RatingCounts.Scope(OptionalLong.of(total), OptionalLong.of(exempt), OptionalLong.empty(),
                        Optional.empty(), RatingCounts.PercentBase.RATED, AT, AT, AT));
    }

    private static RatingCounts.LevelCount count(String level, long n) {
        return new RatingCounts.LevelCount(ref(level), n, AT);
    }

    private final SitePlan plan = plan();

    private static SitePlan plan() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .organization("co-so", "Đảng bộ cơ sở A", "dang-bo-co-so", ROOT)
                .organization("chi-bo-1", "Chi bộ 1", "chi-bo", "co-so")
                .organization("chi-bo-2", "Chi bộ 2", "chi-bo", "co-so")
                .period(2012, p -> p.ratingScales(new RatingScales(List.of(), List.of(), SCALE))
                        .result("chi-bo-1", r -> r.ratings(members(20, 21, 1, List.of(count("xuat-sac", 5),
                                count("tieu-bieu", 2), count("tot", 15)), List.of(new RatingCounts.LevelPercent(
                                ref("tro-len"), new PublishedPercent(new BigDecimal("95"), PublishedPercent.Bound.ABOVE,
                                "trên 95%"), AT)))))
                        .result("chi-bo-2", r -> r.ratings(members(10, 10, 0, List.of(count("xuat-sac", 2),
                                count("tot", 8), count("tro-len", 10)), List.of()))))
                .build());
        return SitePlanner.plan(checked.content(), checked.findings(), StatisticsCalculator.compute(checked.content()),
                "review-portal test", List.of(), FolderNames.of("content"));
    }

    private Views.Table ratings(String organization) {
        Views.Organization page = (Views.Organization) plan.pages().stream()
                .filter(p -> p.path().equals("organizations/" + organization + ".html")).findFirst().orElseThrow().view();
        return page.periods().get(0).ratings().get(0);
    }

    private static List<List<String>> rows(Views.Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Views.Cell::text).toList()).toList();
    }

    @Test
    void aPartComesUnderItsLevelAndACumulativeLevelAfterTheLevelsThenThoseNotRated() {
        assertEquals(List.of(
                List.of("Hoàn thành xuất sắc nhiệm vụ", "5", "25,0\u00a0%", ""),
                List.of(RatingTable.INDENT + "trong đó: Tiêu biểu", "2", "10,0\u00a0%", ""),
                List.of("Hoàn thành tốt nhiệm vụ", "15", "75,0\u00a0%", ""),
                List.of("Hoàn thành tốt nhiệm vụ trở lên", "20", "100,0\u00a0%", "trên 95\u00a0%"),
                List.of("Miễn đánh giá", "1", "", ""),
                List.of("Tổng số (kể cả miễn, chưa đánh giá)", "21", "", "")), rows(ratings("chi-bo-1")));
    }

    @Test
    void addedUpOverTheCellsACumulativeLevelIsTheSumOfWhatEachGivesAndAPartOnlySomeGiveIsMarked() {
        assertEquals(List.of(
                List.of("Hoàn thành xuất sắc nhiệm vụ", "7", "23,3\u00a0%"),
                List.of(RatingTable.INDENT + "trong đó: Tiêu biểu", "2*", "6,7\u00a0%"),
                List.of("Hoàn thành tốt nhiệm vụ", "23", "76,7\u00a0%"),
                List.of("Hoàn thành tốt nhiệm vụ trở lên", "30", "100,0\u00a0%"),
                List.of("Miễn đánh giá", "1", ""),
                List.of("Tổng số (kể cả miễn, chưa đánh giá)", "31", "")), rows(ratings("co-so")));
        assertEquals(List.of("Tổng số được xếp loại", "30", ""),
                ratings("co-so").footer().cells().stream().map(Views.Cell::text).toList());
    }
}
