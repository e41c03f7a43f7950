package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.QualityFinding;

class FindingTextTest {

    private static final Position AT = new Position("content/periods/2012.yaml", 44, 69);

    private final Content content = SmallSite.content(List.of(SmallSite.bloc()), List.of(SmallSite.period(2012)));
    private final FindingText text = new FindingText(content, SmallSite.MESSAGES, SmallSite.FORMATS,
            SmallSite.tree(content));

    @Test
    void aPercentThatItsCountsDoNotGiveIsSaidWithBoth() {
        QualityFinding finding = new QualityFinding.PercentMismatch(AT, PeriodSpan.year(2012), "dbk", "to-chuc-dang", 497, 747,
                new BigDecimal("66.3"), new Percent(497, 747));
        assertEquals("Năm 2012, Đảng bộ khối X, nhóm “Tổ chức đảng”: tỷ lệ công bố 66,3\u00a0% không khớp với số liệu"
                + " 497/747 (tính lại được 66,5\u00a0%).", text.describe(finding));
        assertEquals(new Views.Link("periods/2012.html", "Năm 2012"), text.subject(finding, Routes.DATA_QUALITY));
    }

    @Test
    void aGroupThePeriodDoesNotNameIsShownByItsId() {
        QualityFinding finding = new QualityFinding.PercentMismatch(AT, PeriodSpan.year(2012), "dbk", "khac", 1, 3,
                new BigDecimal("30"), new Percent(1, 3));
        assertEquals(true, text.describe(finding).contains("nhóm “khac”"), text.describe(finding));
    }

    @Test
    void totalsThatDoNotAddUpNameWhatWasCounted() {
        assertEquals("Năm 2012, Đảng bộ khối X: số khuyết điểm (Tổ chức đảng) ghi 945, nhưng cộng số liệu các tổ chức"
                        + " trực thuộc được 975.",
                text.describe(new QualityFinding.ChildrenDoNotSum(AT, PeriodSpan.year(2012), "dbk", "found", "Tổ chức đảng", 945, 975,
                        AT)));
        assertEquals("Năm 2012, Đảng bộ khối X: xếp loại chất lượng đảng viên có 1.200 được xếp loại nhưng tổng các mức"
                        + " là 1.180.",
                text.describe(new QualityFinding.RatingsDoNotSum(AT, PeriodSpan.year(2012), "dbk", "members", 1200, 1180, List.of())));
    }

    @Test
    void anArticlesFindingLeadsToTheArticle() {
        QualityFinding finding = new QualityFinding.ArticlePercentMismatch(AT, "2013-05-03-khac-phuc", "Khắc phục",
                "1.356/1.468 ... 97,8 %", new BigDecimal("97.8"), new Percent(1356, 1468));
        assertEquals("Bài viết ghi “1.356/1.468 ... 97,8 %”: 97,8\u00a0% không khớp với phép chia (tính lại được"
                + " 92,4\u00a0%).", text.describe(finding));
        assertEquals(new Views.Link("../news/2013-05-03-khac-phuc.html", "Khắc phục"),
                text.subject(finding, Routes.period(PeriodSpan.year(2012))));
    }
}
