package vn.reviewportal.page;

import java.util.List;

/** Every page and chart of the site, in path order, and the UI strings their templates use. */
public record SitePlan(List<PagePlan> pages, List<ChartPlan> charts, Messages messages) {

    public SitePlan {
        pages = List.copyOf(pages);
        charts = List.copyOf(charts);
    }
}
