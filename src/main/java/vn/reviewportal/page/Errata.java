package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.reviewportal.model.Correction;
import vn.reviewportal.model.PeriodSpan;

/**
 * What changed since a year was frozen: every figure of the tables of the periods ending in that
 * year (the year's, its half-year's, a term's that ends in it), as its snapshot published them,
 * that differs from the same table planned from today's content. Rows are
 * matched by organization id where the table has one, otherwise by their first column;
 * columns by key. Numbers compare by value (66.50 = 66.5).
 */
final class Errata {

    private Errata() {
    }

    /**
     * @param frozen  the frozen years, in the order the corrections are listed
     * @param current every download the site plans, in path order
     */
    static List<Correction> of(List<FrozenYear> frozen, List<DownloadPlan> current) {
        List<Correction> corrections = new ArrayList<>();
        for (FrozenYear year : frozen) {
            Map<String, FrozenTable> published = new HashMap<>();
            year.tables().forEach(table -> published.put(table.path(), table));
            for (DownloadPlan table : current) {
                FrozenTable before = endsIn(table.path(), year.year()) ? published.get(table.path()) : null;
                // A table that did not exist then was not published: it has nothing to correct.
                if (before != null) {
                    corrections.addAll(compare(year.year(), before, table));
                }
            }
        }
        return corrections;
    }

    /** Whether a download is a table of a period that ends in {@code year}: {@code data/<period id>/...}. */
    private static boolean endsIn(String path, int year) {
        String prefix = Routes.download("");
        int slash = path.indexOf('/', prefix.length());
        return path.startsWith(prefix) && slash > 0 && PeriodSpan.parse(path.substring(prefix.length(), slash))
                .filter(p -> p.endYear() == year).isPresent();
    }

    private static List<Correction> compare(int year, FrozenTable frozen, DownloadPlan table) {
        Map<String, Map<String, String>> before = new LinkedHashMap<>();
        for (Map<String, Object> row : frozen.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.forEach((key, value) -> cells.put(key, text(value)));
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
        List<Correction> corrections = new ArrayList<>();
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
        return corrections;
    }

    /**
     * A row's key: its organization where the table has one row per organization; in a period file of
     * every organization's rows ({@link PeriodTables}, the id first), the organization and its first
     * own column; else the first column.
     */
    private static String rowKey(Map<String, String> cells, List<String> keys) {
        if (keys.get(0).equals(PeriodTables.ORGANIZATION_ID) && keys.size() > 2) {
            return cells.get(keys.get(0)) + "/" + cells.getOrDefault(keys.get(2), "");
        }
        return cells.containsKey("organization_id") ? cells.get("organization_id") : cells.getOrDefault(keys.get(0), "");
    }

    private static String rowLabel(Map<String, String> cells, List<String> keys) {
        return cells.getOrDefault(keys.get(0), "");
    }

    /** A value as the comparison sees it: a number by value, an empty cell as "". */
    private static String text(Object value) {
        if (value == null) {
            return "";
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
