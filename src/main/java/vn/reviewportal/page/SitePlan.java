package vn.reviewportal.page;

import java.util.List;

/** Every page, chart and download of the site, in path order, and the UI strings their templates use. */
public record SitePlan(List<PagePlan> pages, List<ChartPlan> charts, List<DownloadPlan> downloads, Messages messages) {

    public SitePlan {
        pages = List.copyOf(pages);
        charts = List.copyOf(charts);
        downloads = List.copyOf(downloads);
    }
}
