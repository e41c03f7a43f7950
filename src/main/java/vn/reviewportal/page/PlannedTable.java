package vn.reviewportal.page;

import java.util.List;

/**
 * A table planned once, whichever pages show it: what a page shows of it, and its download,
 * which holds the same figures. Links inside its cells are the builder's; only the links to
 * the downloads depend on the page, and {@link #on} makes them.
 */
record PlannedTable(String caption, List<Views.Column> columns, List<Views.Row> rows, Views.Row footer,
                    DownloadPlan download, List<String> notes, Shared shared) {

    /**
     * Where a table's figures are published with other rows: a file of every organization, and
     * the sentence that says which rows of it the table shows.
     */
    record Shared(String path, String rows, String organizationId, String organizationName) {
    }

    PlannedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    PlannedTable(String caption, List<Views.Column> columns, List<Views.Row> rows, Views.Row footer,
                 DownloadPlan download, List<String> notes) {
        this(caption, columns, rows, footer, download, notes, null);
    }

    /**
     * The same table, its figures published in the file at {@code path} among others'.
     *
     * @param rows the sentence that says which rows of the file are the table's
     * @param organizationId the organization whose rows these are, which leads each of them in the file
     */
    PlannedTable sharedIn(String path, String rows, String organizationId, String organizationName) {
        return new PlannedTable(caption, columns, this.rows, footer, download, notes,
                new Shared(path, rows, organizationId, organizationName));
    }

    /** The table as the page at {@code page} shows it. */
    Views.Table on(String page) {
        String root = Routes.rootOf(page);
        String path = shared == null ? download.path() : shared.path();
        return new Views.Table(caption, columns, rows, footer,
                new Views.Downloads(root + Routes.csv(path), root + Routes.json(path),
                        shared == null ? "" : shared.rows()), notes);
    }
}
