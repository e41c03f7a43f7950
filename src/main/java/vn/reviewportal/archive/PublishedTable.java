package vn.reviewportal.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One table of a frozen year as its snapshot published it, read back from its JSON download:
 * what a correction since then is measured against.
 *
 * @param path the download's path in the site without its extension, e.g. {@code data/2012/organizations}
 * @param rows each row's values by column key: a number as a BigDecimal, text as a String,
 *             {@code null} where the cell is empty
 */
public record PublishedTable(String path, List<Map<String, Object>> rows) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXTENSION = ".json";
    private static final String COMPRESSED = ".json.gz";

    public PublishedTable {
        rows = rows.stream().map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
    }

    /**
     * The tables of the snapshot's own year: its downloads under {@code data/<year>/}, in path
     * order, each read from its JSON, or from its JSON compressed with gzip, as a national site
     * publishes the files of every organization.
     */
    static List<PublishedTable> of(Snapshot snapshot) {
        String folder = "data/" + snapshot.year() + "/";
        return snapshot.files().keySet().stream()
                .filter(path -> path.startsWith(folder) && (path.endsWith(EXTENSION) || path.endsWith(COMPRESSED)))
                .sorted()
                .flatMap(path -> {
                    boolean compressed = path.endsWith(COMPRESSED);
                    String table = path.substring(0, path.length() - (compressed ? COMPRESSED : EXTENSION).length());
                    return read(snapshot.files().get(path), compressed).stream().map(rows -> new PublishedTable(table, rows));
                })
                .toList();
    }

    private static Optional<List<Map<String, Object>>> read(byte[] bytes, boolean compressed) {
        if (!compressed) {
            return read(bytes);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return read(in.readAllBytes());
        } catch (IOException e) {
            // Not gzip, or cut short: like a file that is not JSON, it has no figures to compare.
            return Optional.empty();
        }
    }

    private static Optional<List<Map<String, Object>>> read(byte[] bytes) {
        JsonNode table;
        try {
            table = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            // Checked against its manifest, so it is what was published; it is just not a
            // table any more (a manifest sealed again by hand): it has no figures to compare.
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        JsonNode root = table == null ? JSON.missingNode() : table;
        List<String> keys = new ArrayList<>();
        root.path("columns").forEach(column -> keys.add(column.path("key").asText()));
        for (JsonNode row : root.path("rows")) {
            Map<String, Object> cells = new LinkedHashMap<>();
            if (row.isArray()) {
                // Since December 2026 a row is an array in the columns' order.
                for (int i = 0; i < row.size() && i < keys.size(); i++) {
                    cells.put(keys.get(i), value(row.get(i)));
                }
            } else {
                // A year frozen before that has an object per row.
                row.fields().forEachRemaining(cell -> cells.put(cell.getKey(), value(cell.getValue())));
            }
            rows.add(cells);
        }
        return Optional.of(rows);
    }

    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue() : node.asText();
    }
}
