package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.reviewportal.model.PeriodSpan;

/**
 * One organization's figures in one period, planned once and shown on every page that has
 * them: its organization's page, and for the site's root the period's page and the home page.
 * Only the links depend on the page; {@link #on} makes them.
 *
 * @param groupCharts the charts of the groups of shortcomings, shown wherever the figures are
 * @param comments    the comments by level and target; null when there were none
 * @param tableCharts the charts of the comments and the ratings, shown only with their tables
 * @param discipline  the members disciplined by form; null when the source gives no form
 * @param changes     the changes against the previous period the source published; null when it published none
 */
record PlannedResults(PeriodSpan period, String organizationId, String organizationName, String periodHeading,
                      String periodTitle, String source, String basis, String narrative, List<Views.Figure> figures,
                      PlannedTable groups, List<PlannedChart> groupCharts, List<String> notes, PlannedTable comments,
                      List<PlannedTable> ratings, List<PlannedChart> tableCharts, PlannedTable discipline,
                      PlannedTable changes) {

    PlannedResults {
        figures = List.copyOf(figures);
        groupCharts = List.copyOf(groupCharts);
        notes = List.copyOf(notes);
        ratings = List.copyOf(ratings);
        tableCharts = List.copyOf(tableCharts);
    }

    /**
     * The figures as the page at {@code page} shows them; {@code withTables} false leaves out the
     * comments, discipline and ratings, and their charts.
     */
    Views.Results on(String page, boolean withTables) {
        List<Views.Chart> charts = new ArrayList<>();
        groupCharts.forEach(chart -> charts.add(chart.on(page)));
        if (withTables) {
            tableCharts.forEach(chart -> charts.add(chart.on(page)));
        }
        return view(page, withTables, charts);
    }

    private Views.Results view(String page, boolean withTables, List<Views.Chart> charts) {
        return new Views.Results(
                new Views.Link(Routes.link(page, Routes.organization(organizationId)), organizationName),
                new Views.Link(Routes.link(page, Routes.period(period)), periodHeading),
                periodTitle, source, basis, narrative, figures, groups == null ? null : groups.on(page), charts, notes,
                withTables && comments != null ? comments.on(page) : null,
                withTables ? ratings.stream().map(table -> table.on(page)).toList() : List.of(),
                withTables && discipline != null ? discipline.on(page) : null,
                withTables && changes != null ? changes.on(page) : null);
    }

    /** Its tables of figures, whose downloads are its own: groups, comments, discipline, ratings, changes. */
    List<PlannedTable> tables() {
        return Stream.of(Stream.ofNullable(groups), Stream.ofNullable(comments), Stream.ofNullable(discipline),
                ratings.stream(), Stream.ofNullable(changes)).flatMap(t -> t).toList();
    }

    /**
     * The same figures with each table linking to the period's file of every organization's rows
     * (which {@link PeriodTables} makes) instead of a file of its own.
     *
     * @param rows the sentence that says which rows of those files are this organization's
     * @param packing how those files are published
     */
    PlannedResults sharingDownloads(String rows, Packing packing) {
        UnaryOperator<PlannedTable> shared = table -> table == null ? null : table.sharedIn(
                PeriodTables.sharedPath(period, organizationId, table.download().path()), rows, organizationId,
                organizationName, packing);
        return new PlannedResults(period, organizationId, organizationName, periodHeading, periodTitle, source, basis,
                narrative, figures, shared.apply(groups), groupCharts, notes, shared.apply(comments),
                ratings.stream().map(shared).toList(), tableCharts, shared.apply(discipline), shared.apply(changes));
    }

    /** Whether its tables link to the period's files of every organization rather than files of their own. */
    boolean sharesDownloads() {
        return tables().stream().anyMatch(t -> t.shared() != null);
    }

    /** The charts to draw as files: an inline chart has none. */
    List<ChartPlan> charts() {
        return Stream.concat(groupCharts.stream(), tableCharts.stream()).filter(c -> !c.inline())
                .map(PlannedChart::plan).toList();
    }

    List<DownloadPlan> downloads() {
        return Stream.of(Stream.ofNullable(groups), Stream.ofNullable(comments), Stream.ofNullable(discipline), ratings.stream(),
                        Stream.ofNullable(changes),
                        Stream.concat(groupCharts.stream(), tableCharts.stream()).filter(c -> !c.inline())
                                .map(PlannedChart::data))
                .flatMap(tables -> tables).map(PlannedTable::download).toList();
    }
}
