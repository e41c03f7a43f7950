package vn.reviewportal.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed since a year was frozen: every figure of the year's tables (their JSON
 * downloads in the snapshot) that differs from the same table built from today's content.
 * Rows are matched by organization id where the table has one, otherwise by their first
 * column; columns by key.
 */
public final class Errata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Errata() {
    }

    /** A table of the current build, in the shape of its JSON download. */
    public record Table(String path, String title, List<String> keys, List<String> labels, List<List<Object>> rows) {
        public Table {
            keys = List.copyOf(keys);
            labels = List.copyOf(labels);
            rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }

    /**
     * One difference. {@code before} or {@code now} is empty when the row exists on one side only.
     *
     * @param table the table's title, as on the page
     * @param row   the row's label (an organization, a group...)
     */
    public record Correction(int year, String table, String row, String column, String before, String now) {
    }

    public static List<Correction> compare(Snapshot snapshot, List<Table> current) throws IOException {
        String prefix = "data/" + snapshot.year() + "/";
        List<Correction> corrections = new ArrayList<>();
        for (Table table : current) {
            if (!table.path().startsWith(prefix)) {
                continue;
            }
            byte[] frozen = snapshot.files().get(table.path() + ".json");
            if (frozen == null) {
                continue; // the table did not exist then; nothing was published to correct
            }
            JsonNode read;
            try {
                read = JSON.readTree(frozen);
            } catch (JsonProcessingException e) {
                // Checked against its manifest, so it is what was published; it is just not a
                // table any more (a manifest sealed again by hand): it has no figures to compare.
                continue;
            }
            compare(snapshot.year(), read == null ? JSON.missingNode() : read, table, corrections);
        }
        return corrections;
    }

    private static void compare(int year, JsonNode frozen, Table table, List<Correction> corrections) {
        Map<String, Map<String, String>> before = new LinkedHashMap<>();
        for (JsonNode row : frozen.path("rows")) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.fields().forEachRemaining(e -> cells.put(e.getKey(), text(e.getValue())));
            before.put(rowKey(cells, table.keys()), cells);
        }
        Map<String, Map<String, String>> now = new LinkedHashMap<>();
        for (List<Object> row : table.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < table.keys().size(); i++) {
                cells.put(table.keys().get(i), text(row.get(i)));
            }
            now.put(rowKey(cells, table.keys()), cells);
        }
        String title = table.title();
        for (Map.Entry<String, Map<String, String>> entry : now.entrySet()) {
            Map<String, String> old = before.get(entry.getKey());
            String label = rowLabel(entry.getValue(), table.keys());
            if (old == null) {
                corrections.add(new Correction(year, title, label, "", "", "+"));
                continue;
            }
            for (int i = 0; i < table.keys().size(); i++) {
                String key = table.keys().get(i);
                if (old.containsKey(key) && !Objects.equals(old.get(key), entry.getValue().get(key))) {
                    corrections.add(new Correction(year, title, label, table.labels().get(i), old.get(key),
                            entry.getValue().get(key)));
                }
            }
        }
        before.forEach((key, cells) -> {
            if (!now.containsKey(key)) {
                corrections.add(new Correction(year, title, rowLabel(cells, table.keys()), "", "−", ""));
            }
        });
    }

    private static String rowKey(Map<String, String> cells, List<String> keys) {
        return cells.containsKey("organization_id") ? cells.get("organization_id") : cells.getOrDefault(keys.get(0), "");
    }

    private static String rowLabel(Map<String, String> cells, List<String> keys) {
        return cells.getOrDefault(keys.get(0), "");
    }

    /** Numbers compare by value (66.50 = 66.5); an empty cell is "". */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof JsonNode node) {
            if (node.isNull()) {
                return "";
            }
            return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asText();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
