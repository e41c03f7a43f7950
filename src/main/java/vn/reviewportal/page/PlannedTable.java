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
    record Shared(String path, String rows, String organizationId, String organizationName, Packing packing) {
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
        return sharedIn(path, rows, organizationId, organizationName, Packing.PLAIN);
    }

    /** As {@link #sharedIn(String, String, String, String)}, that file packed as {@code packing} says. */
    PlannedTable sharedIn(String path, String rows, String organizationId, String organizationName, Packing packing) {
        return new PlannedTable(caption, columns, this.rows, footer, download, notes,
                new Shared(path, rows, organizationId, organizationName, packing));
    }

    /** The table as the page at {@code page} shows it. */
    Views.Table on(String page) {
        String root = Routes.rootOf(page);
        Views.Downloads links = shared == null ? download.packing().links(root, download.path(), "")
                : shared.packing().links(root, shared.path(), shared.rows());
        return new Views.Table(caption, columns, rows, footer, links, notes);
    }
}
