package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineChartsTest {

    private static ChartPlan plan(ChartPlan.Kind kind, boolean percent, List<ChartPlan.Series> series) {
        return new ChartPlan("charts/x.svg", "x", "X", kind, "", percent, List.of("Tập thể", "Cá nhân"), series, 800, 300);
    }

    private static ChartPlan.Series series(String name, BigDecimal a, BigDecimal b, String la, String lb) {
        return new ChartPlan.Series(name, Arrays.asList(a, b), List.of(la, lb));
    }

    @Test
    void aShareIsABarOfItsPercentageAndAnUnknownOneHasNoBar() {
        Views.InlineChart chart = InlineCharts.of(plan(ChartPlan.Kind.BARS, true,
                List.of(series("Tỷ lệ", new BigDecimal("75.0"), null, "75,0 %", "—"))));
        assertEquals(List.of(new Views.InlineBar("0", "75.00", 0)), chart.rows().get(0).bars());
        assertEquals("75,0 %", chart.rows().get(0).text());
        assertEquals(List.of(), chart.rows().get(1).bars(), "unknown is never drawn as 0");
        assertEquals("—", chart.rows().get(1).text());
        assertEquals(List.of(), chart.legend(), "one series needs no legend");
    }

    @Test
    void stackedCountsAreOfTheLargestRowAndEachSegmentStartsWhereTheLastEnds() {
        Views.InlineChart chart = InlineCharts.of(plan(ChartPlan.Kind.STACKED_BARS, false, List.of(
                series("Đã khắc phục", BigDecimal.valueOf(6), BigDecimal.valueOf(95), "6", "95"),
                series("Đang khắc phục", BigDecimal.valueOf(2), BigDecimal.valueOf(25), "2", "25"))));
        // The largest row is 95 + 25 = 120.
        assertEquals(List.of(new Views.InlineBar("0", "5.00", 0), new Views.InlineBar("5.00", "1.67", 1)),
                chart.rows().get(0).bars());
        assertEquals(List.of(new Views.InlineBar("0", "79.17", 0), new Views.InlineBar("79.17", "20.83", 1)),
                chart.rows().get(1).bars());
        assertEquals("Đã khắc phục: 6 · Đang khắc phục: 2", chart.rows().get(0).text());
        assertEquals(List.of("Đã khắc phục", "Đang khắc phục"), chart.legend());
    }
}
