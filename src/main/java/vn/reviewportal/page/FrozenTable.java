package vn.reviewportal.page;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table as a snapshot published it, read back from its JSON download.
 *
 * @param path the download's path without its extension, as {@link DownloadPlan#path}
 * @param rows each row's values by column key: a number as a {@code BigDecimal}, text
 *             as a String, {@code null} where the cell is empty
 */
public record FrozenTable(String path, List<Map<String, Object>> rows) {

    public FrozenTable {
        rows = rows.stream().map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
    }
}
