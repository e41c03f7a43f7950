package vn.reviewportal.page;

import java.util.List;

/**
 * A table planned once, whichever pages show it: what a page shows of it, and its download,
 * which holds the same figures. Links inside its cells are the builder's; only the links to
 * the downloads depend on the page, and {@link #on} makes them.
 */
record PlannedTable(String caption, List<Views.Column> columns, List<Views.Row> rows, Views.Row footer,
                    DownloadPlan download, List<String> notes) {

    PlannedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The table as the page at {@code page} shows it. */
    Views.Table on(String page) {
        String root = Routes.rootOf(page);
        return new Views.Table(caption, columns, rows, footer,
                new Views.Downloads(root + Routes.csv(download.path()), root + Routes.json(download.path())), notes);
    }
}
