package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.reviewportal.model.Organization;
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

    /**
     * What the site publishes of every organization's tables, gathered from each organization's
     * figures and page: its files and charts, and the tables of one organization that a frozen year
     * published as files of their own (which the corrections compare).
     *
     * @param files      the period files of every organization's rows, the organization pages' files
     *                   (data/organizations/members, …), and the files and charts of the root's own
     *                   tables
     * @param frozenRows the tables of one organization below the root whose path a frozen year has
     */
    record Gathered(List<DownloadPlan> files, List<ChartPlan> charts, List<DownloadPlan> frozenRows) {

        Gathered {
            files = List.copyOf(files);
            charts = List.copyOf(charts);
            frozenRows = List.copyOf(frozenRows);
        }
    }

    /** Organizations planned together on every core before their rows are added, in order. */
    private static final int CHUNK = 256;

    /**
     * Plans every organization's figures and the tables of its page, a chunk at a time, and keeps
     * only their rows: each period file lists the organizations in {@code organizations}' order,
     * each organization's periods oldest first, its columns as first met.
     *
     * @param pageTables   the tables of its own rows an organization's page shows
     * @param frozenTables the paths of the tables the frozen years published
     */
    static Gathered gather(List<Organization> organizations, Function<Organization, List<PlannedResults>> history,
                           Function<Organization, List<PlannedTable>> pageTables, Set<String> frozenTables,
                           Messages messages, Packing packing) {
        Map<String, Merged> periodFiles = new LinkedHashMap<>();
        Map<String, Merged> pageFiles = new LinkedHashMap<>();
        List<DownloadPlan> own = new ArrayList<>();
        List<ChartPlan> charts = new ArrayList<>();
        List<DownloadPlan> frozenRows = new ArrayList<>();
        for (int start = 0; start < organizations.size(); start += CHUNK) {
            List<Planned> chunk = organizations.subList(start, Math.min(organizations.size(), start + CHUNK))
                    .parallelStream().map(o -> new Planned(history.apply(o), pageTables.apply(o))).toList();
            for (Planned planned : chunk) {
                for (PlannedResults r : planned.results()) {
                    addResults(r, periodFiles, messages);
                    if (r.sharesDownloads()) {
                        r.downloads().stream().filter(d -> frozenTables.contains(d.path())).forEach(frozenRows::add);
                    } else {
                        own.addAll(r.downloads());
                    }
                    charts.addAll(r.charts());
                }
                for (PlannedTable table : planned.tables()) {
                    if (table.shared() == null) {
                        own.add(table.download());
                    } else if (!table.shared().path().equals(table.download().path())) {
                        addPage(table, pageFiles, messages);
                    }
                }
            }
        }
        String every = messages.get("downloads.every-organization");
        List<DownloadPlan> files = new ArrayList<>(own);
        periodFiles.values().forEach(m -> files.add(m.plan(every, packing)));
        pageFiles.values().forEach(m -> files.add(m.plan(every, packing)));
        return new Gathered(files, charts, frozenRows);
    }

    /** One organization's figures of every period and the tables of its page, while their rows are taken. */
    private record Planned(List<PlannedResults> results, List<PlannedTable> tables) {
    }

    private static void addResults(PlannedResults r, Map<String, Merged> files, Messages messages) {
        for (PlannedTable table : r.tables()) {
            String path = sharedPath(r.period(), r.organizationId(), table.download().path());
            files.computeIfAbsent(path, p -> new Merged(p, table.caption(), ORGANIZATION_ID, ORGANIZATION,
                            messages.get("column.organization-id"), messages.get("column.organization")))
                    .add(r.organizationId(), r.organizationName(), table.download());
        }
    }

    /** A table of the organization page's own rows, each row led by the organization whose page shows it; the subordinates' by the parent. */
    private static void addPage(PlannedTable table, Map<String, Merged> files, Messages messages) {
        PlannedTable.Shared shared = table.shared();
        boolean children = shared.path().endsWith("/children");
        files.computeIfAbsent(shared.path(), p -> children
                        ? new Merged(p, table.caption(), "parent_id", "parent", messages.get("column.parent-id"),
                                messages.get("column.parent"))
                        : new Merged(p, table.caption(), ORGANIZATION_ID, ORGANIZATION,
                                messages.get("column.organization-id"), messages.get("column.organization")))
                .add(shared.organizationId(), shared.organizationName(), table.download());
    }

    /** The rows of one period file as they are gathered, packed (a national site's files have millions). */
    private static final class Merged {
        private final String path;
        private final String caption;
        private final List<String> lead;
        private final String leadLabel;
        private final String leadNameLabel;
        private final List<String> keys = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final PackedRows.Builder rows = new PackedRows.Builder();

        /** @param leadKey the key of the column of organization ids that leads each row, then {@code leadNameKey} */
        Merged(String path, String caption, String leadKey, String leadNameKey, String leadLabel, String leadNameLabel) {
            this.path = path;
            this.caption = caption;
            this.lead = List.of(leadKey, leadNameKey);
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
            List<Object> leading = List.of(organizationId, organizationName);
            for (List<Object> row : download.rows()) {
                rows.add(lead, leading, download.keys(), row);
            }
        }

        DownloadPlan plan(String every, Packing packing) {
            if (keys.contains(lead.get(0)) || keys.contains(lead.get(1))) {
                throw new IllegalStateException("a table of " + path + " has a column named like its lead: " + lead.get(0));
            }
            List<String> allKeys = new ArrayList<>(lead);
            allKeys.addAll(keys);
            List<String> allLabels = new ArrayList<>(List.of(leadLabel, leadNameLabel));
            allLabels.addAll(labels);
            // A column one organization's table lacks is empty in its rows, not 0.
            return new DownloadPlan(path, caption + " — " + every, allKeys, allLabels, rows.build(allKeys), packing);
        }
    }
}
