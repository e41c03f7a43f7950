package vn.reviewportal.page;

/** A chart planned once, whichever pages show it: its drawing, its text alternative and its data. */
record PlannedChart(ChartPlan plan, String alt, PlannedTable data) {

    /** The chart as the page at {@code page} shows it. */
    Views.Chart on(String page) {
        return new Views.Chart(Routes.link(page, plan.path()), plan.width(), plan.height(), alt, plan.title(),
                data.on(page));
    }
}
