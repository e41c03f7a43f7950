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
                files.computeIfAbsent(path, p -> new Merged(p, table.caption(), ORGANIZATION_ID, ORGANIZATION,
                                messages.get("column.organization-id"), messages.get("column.organization")))
                        .add(r.organizationId(), r.organizationName(), table.download());
            }
        }
        String every = messages.get("downloads.every-organization");
        return files.values().stream().map(m -> m.plan(every)).toList();
    }

    /**
     * The files of the organization pages' own tables ({@code data/organizations/members}, …), each
     * row led by the organization whose page shows it; the subordinates' table by the parent.
     */
    static List<DownloadPlan> organizationFiles(List<Page> pages, Messages messages) {
        Map<String, Merged> files = new LinkedHashMap<>();
        for (Page page : pages) {
            page.sharedTables().forEach(table -> {
                PlannedTable.Shared shared = table.shared();
                boolean children = shared.path().endsWith("/children");
                files.computeIfAbsent(shared.path(), p -> children
                                ? new Merged(p, table.caption(), "parent_id", "parent", messages.get("column.parent-id"),
                                        messages.get("column.parent"))
                                : new Merged(p, table.caption(), ORGANIZATION_ID, ORGANIZATION,
                                        messages.get("column.organization-id"), messages.get("column.organization")))
                        .add(shared.organizationId(), shared.organizationName(), table.download());
            });
        }
        String every = messages.get("downloads.every-organization");
        return files.values().stream().map(m -> m.plan(every)).toList();
    }

    /** The rows of one period file as they are gathered. */
    private static final class Merged {
        private final String path;
        private final String caption;
        private final String leadKey;
        private final String leadNameKey;
        private final String leadLabel;
        private final String leadNameLabel;
        private final List<String> keys = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();

        /** @param leadKey the key of the column of organization ids that leads each row, then {@code leadNameKey} */
        Merged(String path, String caption, String leadKey, String leadNameKey, String leadLabel, String leadNameLabel) {
            this.path = path;
            this.caption = caption;
            this.leadKey = leadKey;
            this.leadNameKey = leadNameKey;
            this.leadLabel = leadLabel;
            this.leadNameLabel = leadNameLabel;
        }

        void add(String organizationId, String organizationName, DownloadPlan download) {
            for (int i = 0; i < download.keys().size(); i++) {
                if (!keys.contains(download.keys().get(i))) {
                    keys.add(download.keys().get(i));
                    labels.add(download.labels().get(i));
                }
            }
            for (List<Object> row : download.rows()) {
                Map<String, Object> cells = new LinkedHashMap<>();
                for (int i = 0; i < download.keys().size(); i++) {
                    cells.put(download.keys().get(i), row.get(i));
                }
                cells.put(leadKey, organizationId);
                cells.put(leadNameKey, organizationName);
                rows.add(cells);
            }
        }

        DownloadPlan plan(String every) {
            if (keys.contains(leadKey) || keys.contains(leadNameKey)) {
                throw new IllegalStateException("a table of " + path + " has a column named like its lead: " + leadKey);
            }
            List<String> allKeys = new ArrayList<>(List.of(leadKey, leadNameKey));
            allKeys.addAll(keys);
            List<String> allLabels = new ArrayList<>(List.of(leadLabel, leadNameLabel));
            allLabels.addAll(labels);
            // A column one organization's table lacks is empty in its rows, not 0.
            List<List<Object>> values = rows.stream().map(cells -> allKeys.stream().map(cells::get).toList()).toList();
            return new DownloadPlan(path, caption + " — " + every, allKeys, allLabels, values);
        }
    }
}
