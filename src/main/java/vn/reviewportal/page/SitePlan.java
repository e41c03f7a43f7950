package vn.reviewportal.page;

import java.util.List;

/** Every page, chart and download of the site, in path order, and the UI strings their templates use. */
public record SitePlan(List<PagePlan> pages, List<ChartPlan> charts, List<DownloadPlan> downloads, Messages messages) {

    public SitePlan {
        pages = List.copyOf(pages);
        charts = List.copyOf(charts);
        downloads = List.copyOf(downloads);
    }

    /** This plan and another planned separately, still in path order. */
    public SitePlan with(SitePlan other) {
        return new SitePlan(sorted(pages, other.pages, PagePlan::path), sorted(charts, other.charts, ChartPlan::path),
                sorted(downloads, other.downloads, DownloadPlan::path), messages);
    }

    private static <T> List<T> sorted(List<T> a, List<T> b, java.util.function.Function<T, String> path) {
        return java.util.stream.Stream.concat(a.stream(), b.stream())
                .sorted(java.util.Comparator.comparing(path)).toList();
    }
}
