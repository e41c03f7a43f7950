package vn.reviewportal.page;

import java.util.List;
import java.util.stream.Stream;

/**
 * One page as a planner hands it to the site: where it goes, its title and section (for the
 * layout), its view, and the tables and charts only this page shows, whose files the site
 * writes once. Figures shown on several pages are planned apart and not listed here.
 */
record Page(String path, String title, String section, PageView view, List<PlannedTable> tables,
            List<PlannedChart> charts) {

    Page {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A page with no table or chart of its own. */
    Page(String path, String title, String section, PageView view) {
        this(path, title, section, view, List.of(), List.of());
    }

    /**
     * The downloads of the page's own tables and charts: not a table shared in a file of every
     * organization, nor a chart drawn inside the page, which has its figures on it.
     */
    Stream<DownloadPlan> downloads() {
        return Stream.concat(tables.stream().filter(t -> t.shared() == null),
                        charts.stream().filter(c -> !c.inline()).map(PlannedChart::data))
                .map(PlannedTable::download);
    }
}
