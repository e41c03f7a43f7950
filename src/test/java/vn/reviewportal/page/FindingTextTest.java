package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.QualityFinding;

class FindingTextTest {

    private static final Position AT = new Position("content/periods/2012.yaml", 44, 69);

    private final Content content = SmallSite.content(List.of(SmallSite.bloc()), List.of(SmallSite.period(PeriodSpan.year(2012))));
    private final FindingText text = new FindingText(content, SmallSite.MESSAGES, SmallSite.FORMATS,
            SmallSite.tree(content));

    @Test
    void aPercentThatItsCountsDoNotGiveIsSaidWithBoth() {
        QualityFinding finding = new QualityFinding.PercentMismatch(AT, PeriodSpan.year(2012), "dbk", "to-chuc-dang", 497, 747,
                PublishedPercent.exact(new BigDecimal("66.3")), new Percent(497, 747), new MismatchCause.Unexplained());
        assertEquals("Năm 2012, Đảng bộ khối X, nhóm “Tổ chức đảng”: tỷ lệ công bố 66,3\u00a0% không khớp với số liệu"
                + " 497/747 (tính lại được 66,5\u00a0%).", text.describe(finding));
        assertEquals(new Views.Link("periods/2012.html", "Năm 2012"), text.subject(finding, Routes.DATA_QUALITY));
    }

    @Test
    void aGroupThePeriodDoesNotNameIsShownByItsId() {
        QualityFinding finding = new QualityFinding.PercentMismatch(AT, PeriodSpan.year(2012), "dbk", "khac", 1, 3,
                PublishedPercent.exact(new BigDecimal("30")), new Percent(1, 3), new MismatchCause.Unexplained());
        assertEquals(true, text.describe(finding).contains("nhóm “khac”"), text.describe(finding));
    }

    @Test
    void totalsThatDoNotAddUpNameWhatWasCounted() {
        assertEquals("Năm 2012, Đảng bộ khối X: số khuyết điểm (Tổ chức đảng) ghi 945, nhưng cộng số liệu các tổ chức"
                        + " trực thuộc được 975.",
                text.describe(new QualityFinding.ChildrenDoNotSum(AT, PeriodSpan.year(2012), "dbk", "found", "Tổ chức đảng", 945, 975,
                        AT, Optional.empty())));
        assertEquals("Năm 2012, Đảng bộ khối X: xếp loại chất lượng đảng viên có 1.200 được xếp loại nhưng tổng các mức"
                        + " là 1.180.",
                text.describe(new QualityFinding.RatingsDoNotSum(AT, PeriodSpan.year(2012), "dbk", "members", 1200, 1180, List.of(),
                        Optional.empty())));
    }

    @Test
    void anArticlesFindingLeadsToTheArticle() {
        QualityFinding finding = new QualityFinding.ArticlePercentMismatch(AT, "2013-05-03-khac-phuc", "Khắc phục",
                "1.356/1.468 ... 97,8 %", PublishedPercent.exact(new BigDecimal("97.8")), new Percent(1356, 1468),
                new MismatchCause.Unexplained());
        assertEquals("Bài viết ghi “1.356/1.468 ... 97,8 %”: 97,8\u00a0% không khớp với phép chia (tính lại được"
                + " 92,4\u00a0%).", text.describe(finding));
        assertEquals(new Views.Link("../news/2013-05-03-khac-phuc.html", "Khắc phục"),
                text.subject(finding, Routes.period(PeriodSpan.year(2012))));
    }

    @Test
    void findingsAboutPartsSumsAndBasesSayTheFiguresAndLeadToThePeriod() {
        QualityFinding part = new QualityFinding.SublevelExceedsLevel(AT, PeriodSpan.year(2012), "dbk", "members", "tieu-bieu", 35,
                "hoan-thanh-xuat-sac", 30);
        assertEquals("Năm 2012, Đảng bộ khối X: xếp loại chất lượng đảng viên, “tieu-bieu” (một phần của mức "
                + "“hoan-thanh-xuat-sac”) là 35, lớn hơn số của mức đó (30).", text.describe(part),
                "a period without the scale names the levels by id");
        assertEquals(new Views.Link("periods/2012.html", "Năm 2012"), text.subject(part, Routes.DATA_QUALITY));
        QualityFinding count = new QualityFinding.CumulativeMismatch(AT, PeriodSpan.year(2012), "dbk", "cells", "tro-len",
                OptionalLong.of(185), Optional.empty(), List.of("xuat-sac", "tot"), 180, Optional.empty());
        assertEquals("Năm 2012, Đảng bộ khối X: xếp loại chất lượng chi bộ trực thuộc, mức cộng dồn “tro-len” công bố "
                + "185, nhưng cộng các mức “xuat-sac” + “tot” được 180.", text.describe(count));
        QualityFinding percent = new QualityFinding.CumulativeMismatch(AT, PeriodSpan.year(2012), "dbk", "organizations", "tro-len",
                OptionalLong.empty(), Optional.of(new PublishedPercent(new BigDecimal("90"),
                PublishedPercent.Bound.ABOVE, "trên 90%")), List.of("xuat-sac", "tot"), 40,
                Optional.of(new Percent(40, 50)));
        assertEquals("Năm 2012, Đảng bộ khối X: xếp loại chất lượng tổ chức, mức cộng dồn “tro-len” công bố tỷ lệ "
                + "“trên 90\u00a0%”, nhưng cộng các mức “xuat-sac” + “tot” được 40, tức 80,0\u00a0%.",
                text.describe(percent));
        QualityFinding base = new QualityFinding.RatingBaseDoesNotAddUp(AT, PeriodSpan.year(2012), "dbk", "members", 120,
                OptionalLong.of(100), OptionalLong.of(5), OptionalLong.empty());
        assertEquals("Năm 2012, Đảng bộ khối X: xếp loại chất lượng đảng viên có tổng số 120, nhưng được xếp loại 100"
                + " + miễn đánh giá 5 cộng lại được 105.", text.describe(base));
    }

    @Test
    void aBoundThatDoesNotHoldIsQuotedAndAPercentOfTheTotalSaysSo() {
        QualityFinding bound = new QualityFinding.RatingPercentMismatch(AT, PeriodSpan.year(2012), "dbk", "members", "tot", 150, 210,
                new PublishedPercent(new BigDecimal("75"), PublishedPercent.Bound.ABOVE, "trên 75%"),
                new Percent(150, 210), true, new MismatchCause.Unexplained());
        assertEquals("Năm 2012, Đảng bộ khối X: xếp loại chất lượng đảng viên, mức “tot”: tỷ lệ công bố "
                + "“trên 75\u00a0%” không đúng với số liệu 150/210 (tính lại được 71,4\u00a0%). Tỷ lệ này được tính "
                + "trên tổng số, kể cả miễn và chưa đánh giá.", text.describe(bound));
    }

    @Test
    void aShortcomingBoundThatDoesNotHoldIsQuoted() {
        QualityFinding finding = new QualityFinding.PercentMismatch(AT, PeriodSpan.year(2012), "dbk", "to-chuc-dang", 3665, 5140,
                new PublishedPercent(new BigDecimal("70"), PublishedPercent.Bound.BELOW, "dưới 70%"),
                new Percent(3665, 5140), new MismatchCause.Unexplained());
        assertEquals("Năm 2012, Đảng bộ khối X, nhóm “Tổ chức đảng”: tỷ lệ công bố “dưới 70\u00a0%” không đúng với số "
                + "liệu 3.665/5.140 (tính lại được 71,3\u00a0%).", text.describe(finding));
    }
}
