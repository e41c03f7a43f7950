package vn.reviewportal.page;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The figures of one table as files to download: {@code path} without its extension (the site
 * has both {@code .csv} and {@code .json}). Values are raw: whole numbers, decimals, text, or
 * {@code null} where there is none.
 */
public record DownloadPlan(String path, String title, List<String> keys, List<String> labels, List<List<Object>> rows,
                           Packing packing) implements DownloadFile {

    /** A table's files, as they are. */
    public DownloadPlan(String path, String title, List<String> keys, List<String> labels, List<List<Object>> rows) {
        this(path, title, keys, labels, rows, Packing.PLAIN);
    }

    public DownloadPlan {
        keys = List.copyOf(keys);
        labels = List.copyOf(labels);
        rows = rows instanceof PackedRows packed ? packed
                : rows.stream().<List<Object>>map(row -> row instanceof Values held ? held : new Values(row.toArray()))
                        .toList();
    }

    /**
     * One row's values, which cannot change: one object around an array, where a copy wrapped
     * unmodifiable is three (a national site's downloads have some fourteen million rows). Unlike
     * {@code List.copyOf}, it holds {@code null}, a value the source does not give.
     */
    static final class Values extends AbstractList<Object> implements RandomAccess {
        private final Object[] values;

        Values(Object[] values) {
            this.values = values;
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    @Override
    public void forEachRow(Consumer<List<Object>> row) {
        rows.forEach(row);
    }
}
