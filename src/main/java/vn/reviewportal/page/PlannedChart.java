package vn.reviewportal.page;

/**
 * A chart planned once, whichever pages show it: its drawing, its text alternative and its data.
 * An inline chart is drawn inside the page that shows it, with its figures as text: it has no
 * file, and its data no download of its own.
 */
record PlannedChart(ChartPlan plan, String alt, PlannedTable data, boolean inline) {

    PlannedChart(ChartPlan plan, String alt, PlannedTable data) {
        this(plan, alt, data, false);
    }

    /** The same chart drawn inside the pages that show it. */
    PlannedChart drawnInPage() {
        return new PlannedChart(plan, alt, data, true);
    }

    /** The chart as the page at {@code page} shows it. */
    Views.Chart on(String page) {
        return inline
                ? new Views.Chart(null, plan.width(), plan.height(), alt, plan.title(), null, InlineCharts.of(plan))
                : new Views.Chart(Routes.link(page, plan.path()), plan.width(), plan.height(), alt, plan.title(),
                        data.on(page), null);
    }
}
