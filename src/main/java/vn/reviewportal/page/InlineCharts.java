package vn.reviewportal.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned chart as bars drawn inside the page: lengths on a scale of 0 to 100 (of the
 * percentage, or of the largest bar or stacked row), the printed figures as text. A value the
 * source does not give has no bar and its label ("—") as text: unknown is never drawn as 0.
 */
final class InlineCharts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InlineCharts() {
    }

    static Views.InlineChart of(ChartPlan plan) {
        boolean stacked = plan.kind() == ChartPlan.Kind.STACKED_BARS;
        BigDecimal scale = plan.percent() ? HUNDRED : largest(plan, stacked);
        List<Views.InlineRow> rows = new ArrayList<>();
        for (int i = 0; i < plan.categories().size(); i++) {
            List<Views.InlineBar> bars = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            BigDecimal start = BigDecimal.ZERO;
            for (int s = 0; s < plan.series().size(); s++) {
                ChartPlan.Series series = plan.series().get(s);
                BigDecimal value = series.values().get(i);
                texts.add(plan.series().size() > 1 ? series.name() + ": " + series.labels().get(i) : series.labels().get(i));
                if (value == null) {
                    continue;
                }
                BigDecimal length = scale.signum() == 0 ? BigDecimal.ZERO
                        : value.multiply(HUNDRED).divide(scale, 2, RoundingMode.HALF_UP).min(HUNDRED);
                bars.add(new Views.InlineBar(stacked ? start.toPlainString() : "0", length.toPlainString(), s));
                start = start.add(length);
            }
            rows.add(new Views.InlineRow(plan.categories().get(i), bars, String.join(" · ", texts)));
        }
        List<String> legend = plan.series().size() > 1 ? plan.series().stream().map(ChartPlan.Series::name).toList()
                : List.of();
        return new Views.InlineChart(legend, rows, stacked);
    }

    /** The largest bar, or the largest stacked row: the 100 of a chart of counts. */
    private static BigDecimal largest(ChartPlan plan, boolean stacked) {
        BigDecimal largest = BigDecimal.ZERO;
        for (int i = 0; i < plan.categories().size(); i++) {
            BigDecimal row = BigDecimal.ZERO;
            for (ChartPlan.Series series : plan.series()) {
                BigDecimal value = series.values().get(i);
                if (value != null) {
                    row = stacked ? row.add(value) : row.max(value);
                }
            }
            largest = largest.max(row);
        }
        return largest;
    }
}
