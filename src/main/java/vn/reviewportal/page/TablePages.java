package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A long table read a page at a time: a slice of its rows, and the links to the other pages. A
 * level of a province's ranking, or the subordinates of a root with thousands of them, make no
 * page of one table.
 */
final class TablePages {

    /** How many rows a page of a long table lists. */
    static final int ROWS_PER_PAGE = 100;

    private final Messages messages;
    private final Formats formats;

    TablePages(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** How many pages {@code rows} rows take. */
    static int count(int rows) {
        return (rows + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE;
    }

    /**
     * The rows from {@code from} of the table, {@link #ROWS_PER_PAGE} of them, linking to the file
     * of all its rows and saying which of them they are; the table itself when it fits on a page.
     *
     * @param whichRows the text that says which rows these are, of the first, the last and all, then {@code more}
     */
    PlannedTable slice(PlannedTable table, int from, int rows, String whichRows, Object... more) {
        int to = Math.min(rows, from + ROWS_PER_PAGE);
        if (from == 0 && to == rows) {
            return table;
        }
        List<Object> arguments = new ArrayList<>(List.of(formats.count(from + 1), formats.count(to), formats.count(rows)));
        arguments.addAll(List.of(more));
        String which = messages.get(whichRows, arguments.toArray());
        // The file of all its rows: the table's own, or the one of every organization it is shared in.
        String file = table.shared() != null ? table.shared().path() : table.download().path();
        return new PlannedTable(table.caption(), table.columns(), table.rows().subList(from, to), table.footer(),
                table.download(), to == rows ? table.notes() : List.of(), new PlannedTable.Shared(file, which,
                        table.shared() != null ? table.shared().organizationId() : "",
                        table.shared() != null ? table.shared().organizationName() : "",
                        table.shared() != null ? table.shared().packing() : table.download().packing()));
    }

    /**
     * Links from the page at {@code at} to the pages around page {@code number}: the first and the
     * last, two on either side, and the previous and the next; none when there is one page.
     *
     * @param address the site's path of page n (with an anchor if need be)
     * @param label   what the pages are, for readers of the links as a list
     */
    Views.Pager pager(int number, int pageCount, String at, IntFunction<String> address, String label) {
        if (pageCount < 2) {
            return null;
        }
        IntFunction<String> href = n -> Routes.link(at, address.apply(n));
        List<Views.PagerItem> items = new ArrayList<>();
        if (number > 1) {
            items.add(new Views.PagerItem(messages.get("ranking.previous"), href.apply(number - 1), false, "prev"));
        }
        int last = 0;
        for (int n = 1; n <= pageCount; n++) {
            if (n == 1 || n == pageCount || Math.abs(n - number) <= 2) {
                if (last != 0 && n > last + 1) {
                    items.add(new Views.PagerItem("…", null, false, null));
                }
                items.add(new Views.PagerItem(formats.count(n), n == number ? null : href.apply(n), n == number, null));
                last = n;
            }
        }
        if (number < pageCount) {
            items.add(new Views.PagerItem(messages.get("ranking.next"), href.apply(number + 1), false, "next"));
        }
        return new Views.Pager(label, items);
    }
}
