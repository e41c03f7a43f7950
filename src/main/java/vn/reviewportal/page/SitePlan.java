package vn.reviewportal.page;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every page, chart and download of the site, in path order, what the offline search finds,
 * and the UI strings the templates use.
 */
public record SitePlan(List<PagePlan> pages, List<ChartPlan> charts, List<DownloadPlan> downloads,
                       List<SearchEntry> search, Messages messages) {

    public SitePlan {
        pages = List.copyOf(pages);
        charts = List.copyOf(charts);
        downloads = List.copyOf(downloads);
        search = List.copyOf(search);
    }

    /** This plan and another planned separately, still in path order. */
    public SitePlan with(SitePlan other) {
        return new SitePlan(sorted(pages, other.pages, PagePlan::path), sorted(charts, other.charts, ChartPlan::path),
                sorted(downloads, other.downloads, DownloadPlan::path), sorted(search, other.search, SearchEntry::href),
                messages);
    }

    private static <T> List<T> sorted(List<T> a, List<T> b, Function<T, String> path) {
        return Stream.concat(a.stream(), b.stream()).sorted(Comparator.comparing(path)).toList();
    }
}
