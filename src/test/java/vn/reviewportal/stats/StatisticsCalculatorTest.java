package vn.reviewportal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.model.PeriodSpan;

class StatisticsCalculatorTest {

    private final Statistics statistics = StatisticsCalculator.compute(TestContent.seed().build());

    @Test
    void groupsKeepThePeriodsOrderWithRatesAndWorkInProgress() {
        OrganizationFigures figures = statistics.of("dbk-cqt-bac-ninh", PeriodSpan.year(2012)).orElseThrow();
        assertEquals(List.of("to-chuc-dang", "lanh-dao", "dang-vien"),
                figures.groups().stream().map(GroupFigures::groupId).toList());
        assertEquals(List.of(new BigDecimal("66.5"), new BigDecimal("66.5"), new BigDecimal("71.3")),
                figures.groups().stream().map(g -> g.rate().orElseThrow().rounded()).toList());
        assertEquals(List.of(250L, 671L, 1475L), figures.groups().stream().map(GroupFigures::inProgress).toList());
    }

    @Test
    void theTotalAddsCountsNotPercentages() {
        OrganizationFigures figures = statistics.of("dbk-cqt-bac-ninh", PeriodSpan.year(2012)).orElseThrow();
        assertEquals(7892, figures.total().found());
        assertEquals(5496, figures.total().remediated());
        assertEquals(new BigDecimal("69.6"), figures.total().rate().orElseThrow().rounded());
        assertEquals(5420, figures.commentsTotal());
    }

    /** Whether a published figure agrees is the check's finding; the figures keep it as published. */
    @Test
    void eachGroupKeepsItsPublishedPercentageAsPublished() {
        List<GroupFigures> groups = statistics.of("dbk-cqt-bac-ninh", PeriodSpan.year(2012)).orElseThrow().groups();
        assertEquals(List.of(Optional.of(new BigDecimal("66.3")), Optional.of(new BigDecimal("66.5")),
                Optional.of(new BigDecimal("71.3"))), groups.stream().map(g -> g.reported().map(p -> p.value())).toList());
    }
}
