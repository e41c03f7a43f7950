package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.reviewportal.model.PeriodSpan;

class RoutesTest {

    @Test
    void pagesHaveTheAddressesReadersBookmark() {
        assertEquals("news/2013-05-03-khac-phuc.html", Routes.article("2013-05-03-khac-phuc"));
        assertEquals("news/index.html", Routes.news(1));
        assertEquals("news/page-3.html", Routes.news(3));
        assertEquals("periods/2012.html", Routes.period(PeriodSpan.year(2012)));
        assertEquals("rankings/2012.html", Routes.ranking(PeriodSpan.year(2012)));
        assertEquals("organizations/cb-1.html", Routes.organization("cb-1"));
        assertEquals("archive/2012/index.html", Routes.snapshot(2012));
    }

    @Test
    void aChartAndItsDataShareTheirName() {
        assertEquals("charts/2012/dbk-rate.svg", Routes.chart("2012/dbk-rate"));
        assertEquals("data/charts/2012/dbk-rate", Routes.chartData("2012/dbk-rate"));
        assertEquals("data/2012/organizations", Routes.download("2012/organizations"));
        assertEquals("data/2012/organizations.csv", Routes.csv(Routes.download("2012/organizations")));
        assertEquals("data/2012/organizations.json", Routes.json(Routes.download("2012/organizations")));
    }

    @Test
    void linksAreRelativeSoTheSiteWorksUnderAnyPath() {
        assertEquals("", Routes.rootOf(Routes.HOME));
        assertEquals("../", Routes.rootOf(Routes.period(PeriodSpan.year(2012))));
        assertEquals("../../", Routes.rootOf(Routes.chart("2012/dbk-rate")));
        assertEquals("../organizations/cb-1.html", Routes.link(Routes.period(PeriodSpan.year(2012)), Routes.organization("cb-1")));
        assertEquals("news/index.html", Routes.link(Routes.HOME, Routes.NEWS));
        assertEquals("../news/page-2.html", Routes.link(Routes.news(1), Routes.news(2)));
    }

    @Test
    void theArchiveLinksItsSnapshotsFromWithinItsFolder() {
        assertEquals("2012/index.html", Routes.below(Routes.ARCHIVE, Routes.snapshot(2012)));
        assertEquals("archive/2012/index.html", Routes.link(Routes.CORRECTIONS, Routes.snapshot(2012)));
        assertThrows(IllegalArgumentException.class, () -> Routes.below(Routes.ARCHIVE, Routes.period(PeriodSpan.year(2012))));
    }
}
