package vn.reviewportal.page;

import java.util.List;
import vn.reviewportal.model.Correction;

/**
 * Every page, chart and download of the site, in path order, what the offline search finds,
 * every figure the content changed since its year was frozen (which the corrections page
 * lists), and the UI strings the templates use.
 */
public record SitePlan(List<PagePlan> pages, List<ChartPlan> charts, List<DownloadPlan> downloads,
                       List<SearchEntry> search, List<Correction> corrections, Messages messages) {

    public SitePlan {
        pages = List.copyOf(pages);
        charts = List.copyOf(charts);
        downloads = List.copyOf(downloads);
        search = List.copyOf(search);
        corrections = List.copyOf(corrections);
    }
}
