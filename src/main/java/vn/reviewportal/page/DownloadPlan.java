package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The figures of one table as files to download: {@code path} without its extension (the site
 * has both {@code .csv} and {@code .json}). Values are raw: whole numbers, decimals, text, or
 * {@code null} where there is none.
 */
public record DownloadPlan(String path, String title, List<String> keys, List<String> labels, List<List<Object>> rows)
        implements DownloadFile {

    public DownloadPlan {
        keys = List.copyOf(keys);
        labels = List.copyOf(labels);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    @Override
    public void forEachRow(Consumer<List<Object>> row) {
        rows.forEach(row);
    }
}
