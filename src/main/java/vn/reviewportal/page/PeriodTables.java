package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.reviewportal.model.PeriodSpan;

/**
 * One file per period and kind of results table with every organization's rows, instead of a
 * file per organization: {@code data/2012/shortcomings.csv} holds the shortcomings of every
 * organization in 2012, each row led by the organization's id and name, so that a reader can
 * open one file in Excel or load it into a database, and a province's site needs tens of such
 * files rather than tens of thousands.
 */
final class PeriodTables {

    static final String ORGANIZATION_ID = "organization_id";
    static final String ORGANIZATION = "organization";

    private PeriodTables() {
    }

    /**
     * The period's file for the kind of table whose own file is {@code ownPath}:
     * {@code data/2012/dbk-shortcomings} becomes {@code data/2012/shortcomings}.
     */
    static String sharedPath(PeriodSpan period, String organizationId, String ownPath) {
        String prefix = Routes.download(period.id() + "/" + organizationId + "-");
        if (!ownPath.startsWith(prefix)) {
            throw new IllegalArgumentException("not a results table of " + organizationId + ": " + ownPath);
        }
        return Routes.download(period.id() + "/" + ownPath.substring(prefix.length()));
    }

    /** Every organization's rows of each period file, in the order of {@code results}; columns as first met. */
    static List<DownloadPlan> merge(List<PlannedResults> results, Messages messages) {
        Map<String, Merged> files = new LinkedHashMap<>();
        for (PlannedResults r : results) {
            for (PlannedTable table : r.tables()) {
                String path = sharedPath(r.period(), r.organizationId(), table.download().path());
                files.computeIfAbsent(path, p -> new Merged(p, table.caption())).add(r, table.download());
            }
        }
        String idLabel = messages.get("column.organization-id");
        String nameLabel = messages.get("column.organization");
        String every = messages.get("downloads.every-organization");
        return files.values().stream().map(m -> m.plan(idLabel, nameLabel, every)).toList();
    }

    /** The rows of one period file as they are gathered. */
    private static final class Merged {
        private final String path;
        private final String caption;
        private final List<String> keys = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();

        Merged(String path, String caption) {
            this.path = path;
            this.caption = caption;
        }

        void add(PlannedResults r, DownloadPlan download) {
            for (int i = 0; i < download.keys().size(); i++) {
                if (!keys.contains(download.keys().get(i))) {
                    keys.add(download.keys().get(i));
                    labels.add(download.labels().get(i));
                }
            }
            for (List<Object> row : download.rows()) {
                Map<String, Object> cells = new LinkedHashMap<>();
                cells.put(ORGANIZATION_ID, r.organizationId());
                cells.put(ORGANIZATION, r.organizationName());
                for (int i = 0; i < download.keys().size(); i++) {
                    cells.put(download.keys().get(i), row.get(i));
                }
                rows.add(cells);
            }
        }

        DownloadPlan plan(String idLabel, String nameLabel, String every) {
            List<String> allKeys = new ArrayList<>(List.of(ORGANIZATION_ID, ORGANIZATION));
            allKeys.addAll(keys);
            List<String> allLabels = new ArrayList<>(List.of(idLabel, nameLabel));
            allLabels.addAll(labels);
            // A column one organization's table lacks is empty in its rows, not 0.
            List<List<Object>> values = rows.stream().map(cells -> allKeys.stream().map(cells::get).toList()).toList();
            return new DownloadPlan(path, caption + " — " + every, allKeys, allLabels, values);
        }
    }
}
