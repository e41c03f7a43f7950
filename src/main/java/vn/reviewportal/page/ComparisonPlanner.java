package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.Statistics;

/**
 * Year-over-year comparison: the site's root organization group by group across every year,
 * and every organization between the last two years, with the change in percentage points
 * (of the rates as shown, rounded to one decimal). Only calendar years: a half-year's figures
 * and a term's (cumulative over the term) are not a year's, so the page names them as left out.
 */
final class ComparisonPlanner {

    private final Content content;
    private final Statistics statistics;
    private final Messages messages;
    private final Formats formats;
    private final Narrative narrative;
    private final PeriodNames names;
    private final TablePages tablePages;

    ComparisonPlanner(Content content, Statistics statistics, Messages messages, Formats formats) {
        this.content = content;
        this.statistics = statistics;
        this.messages = messages;
        this.formats = formats;
        this.narrative = new Narrative(messages, formats);
        this.names = new PeriodNames(messages);
        this.tablePages = new TablePages(messages, formats);
    }

    /**
     * The comparison page, and when the root has more direct subordinates than a page lists, a
     * page for each further {@link TablePages#ROWS_PER_PAGE} of them.
     */
    List<Page> comparison() {
        String path = Routes.COMPARISON;
        Optional<PlannedTable> groups = groups();
        Optional<PlannedTable> organizations = organizations(path, o -> true);
        // The page compares the root and those directly under it, as the period pages list them; the file has
        // every organization (a province's thousands would make a page of a megabyte).
        String rootId = content.site().root();
        Optional<PlannedTable> shown = organizations.flatMap(all -> {
            Optional<PlannedTable> top = organizations(path, o -> o.id().equals(rootId)
                    || o.parentId().filter(rootId::equals).isPresent());
            return top.map(t -> t.rows().size() == all.rows().size() ? all : t.sharedIn(all.download().path(),
                    messages.get("comparison.rows-top"), rootId,
                    content.organization(rootId).map(Organization::name).orElse("")));
        });
        int rows = shown.map(t -> t.rows().size()).orElse(0);
        int pageCount = Math.max(1, TablePages.count(rows));
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            String at = number == 1 ? path : Routes.comparison(number);
            int from = (number - 1) * TablePages.ROWS_PER_PAGE;
            Optional<PlannedTable> slice = shown.map(t -> tablePages.slice(t, from, rows, "comparison.rows-of"));
            String heading = number == 1 ? messages.get("comparison.title")
                    : messages.get("ranking.page", messages.get("comparison.title"), number, pageCount);
            Views.Comparison view = new Views.Comparison(heading, number == 1 ? groups.map(t -> t.on(at)).orElse(null) : null,
                    slice.map(t -> t.on(at)).orElse(null), number == 1 ? leftOut() : "",
                    tablePages.pager(number, pageCount, at, n -> n == 1 ? path : Routes.comparison(n),
                            messages.get("comparison.pager", formats.count(pageCount))));
            pages.add(number == 1
                    ? new Page(at, heading, "periods", view, Stream.concat(groups.stream(), organizations.stream()).toList(),
                            List.of())
                    : new Page(at, heading, "periods", view));
        }
        return pages;
    }

    private Optional<PlannedTable> groups() {
        List<OrganizationFigures> history = statistics.ofOrganization(content.site().root()).stream()
                .filter(f -> f.period().kind() == PeriodSpan.Kind.YEAR).toList();
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> groups = new LinkedHashMap<>();
        history.forEach(f -> f.groups().forEach(g -> groups.putIfAbsent(g.groupId(), g.label())));
        String name = content.organization(content.site().root()).map(Organization::name).orElse("");
        TableBuilder table = new TableBuilder(Routes.download("comparison-groups"), messages.get("comparison.groups", name))
                .column("group", messages.get("results.group"), false);
        history.forEach(f -> table.column("rate_percent_" + f.period().id(), names.column(f.period()), true));
        boolean change = history.size() >= 2;
        if (change) {
            table.column("change_points", messages.get("comparison.change",
                    names.column(history.get(history.size() - 2).period()), names.column(history.get(history.size() - 1).period())), true);
        }
        groups.forEach((id, label) -> table.row(row(label, history, f -> f.groups().stream()
                .filter(g -> g.groupId().equals(id)).findFirst().flatMap(GroupFigures::rate), change)));
        table.footer(row(messages.get("results.total"), history, f -> f.total().rate(), change));
        return Optional.of(table.build());
    }

    private List<Value> row(String label, List<OrganizationFigures> history,
                            Function<OrganizationFigures, Optional<Percent>> rate, boolean change) {
        List<Value> row = new ArrayList<>();
        row.add(Value.text(label));
        history.forEach(f -> row.add(percent(rate.apply(f))));
        if (change) {
            row.add(points(rate.apply(history.get(history.size() - 2)), rate.apply(history.get(history.size() - 1))));
        }
        return row;
    }

    /** The organizations {@code which} selects that have a rate in either of the last two years. */
    private Optional<PlannedTable> organizations(String path, Predicate<Organization> which) {
        List<PeriodSpan> periods = years();
        if (periods.size() < 2) {
            return Optional.empty();
        }
        PeriodSpan before = periods.get(periods.size() - 2);
        PeriodSpan after = periods.get(periods.size() - 1);
        TableBuilder table = new TableBuilder(Routes.download("comparison-organizations"),
                messages.get("comparison.organizations", names.in(before), names.in(after)))
                .column("organization", messages.get("column.organization"), false)
                .column("rate_percent_" + before.id(), names.column(before), true)
                .column("rate_percent_" + after.id(), names.column(after), true)
                .column("change_points", messages.get("comparison.change", names.column(before), names.column(after)), true)
                .column("organization_id", messages.get("column.organization-id"), false);
        for (Organization organization : content.organizations()) {
            if (!which.test(organization)) {
                continue;
            }
            Optional<Percent> a = statistics.of(organization.id(), before).flatMap(f -> f.total().rate());
            Optional<Percent> b = statistics.of(organization.id(), after).flatMap(f -> f.total().rate());
            if (a.isPresent() || b.isPresent()) {
                table.row(List.of(
                        Value.link(organization.name(), Routes.link(path, Routes.organization(organization.id()))),
                        percent(a), percent(b), points(a, b), Value.text(organization.id())));
            }
        }
        return table.buildUnlessEmpty();
    }

    private List<PeriodSpan> years() {
        return content.periods().stream().map(Period::span).filter(p -> p.kind() == PeriodSpan.Kind.YEAR).toList();
    }

    /** The periods that are not calendar years, named; empty when there are none. */
    private String leftOut() {
        List<String> others = content.periods().stream().map(Period::span).filter(p -> p.kind() != PeriodSpan.Kind.YEAR)
                .map(names::heading).toList();
        return others.isEmpty() ? "" : messages.get("comparison.years-only", String.join(", ", others));
    }

    private Value percent(Optional<Percent> rate) {
        return Value.percent(rate, formats);
    }

    private Value points(Optional<Percent> before, Optional<Percent> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return new Value(null, Views.Cell.of("—"));
        }
        BigDecimal change = after.get().rounded().subtract(before.get().rounded());
        return new Value(change, Views.Cell.of(narrative.points(change)));
    }
}
