package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.Statistics;

/**
 * The organization pages: the index of the tree, and for each organization every period of
 * its figures, its trend, its subordinates and its place among its peers.
 */
final class OrganizationPlanner {

    private final Content content;
    private final Statistics statistics;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;
    private final ChartPlanner charts;
    private final PeriodNames names;
    /** The rates of the subordinates of one parent in one year, best first, by parent and year. */
    private final Map<String, List<BigDecimal>> siblingRates = new ConcurrentHashMap<>();

    OrganizationPlanner(Content content, Statistics statistics, Messages messages, Formats formats,
                        OrganizationTree organizations, ChartPlanner charts) {
        this.content = content;
        this.statistics = statistics;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.charts = charts;
        this.names = new PeriodNames(messages);
    }

    /** The index: every organization under its parent, indented by its depth. */
    Page list() {
        List<Views.TreeEntry> entries = new ArrayList<>();
        content.organizations().stream().filter(o -> o.parentId().isEmpty())
                .forEach(o -> addTree(o, 0, entries));
        return new Page(Routes.ORGANIZATIONS, messages.get("organizations.title"), "organizations",
                new Views.OrganizationList(entries));
    }

    private void addTree(Organization organization, int depth, List<Views.TreeEntry> entries) {
        entries.add(new Views.TreeEntry(new Views.Link(Routes.link(Routes.ORGANIZATIONS,
                Routes.organization(organization.id())), organization.name()),
                organizations.level(organization), depth));
        organizations.children(organization).forEach(child -> addTree(child, depth + 1, entries));
    }

    /**
     * An organization's page.
     *
     * @param history its figures planned for every period it has them, oldest first
     */
    Page organization(Organization organization, List<PlannedResults> history) {
        String path = Routes.organization(organization.id());
        Views.Link parent = organizations.parent(organization)
                .map(p -> new Views.Link(Routes.link(path, Routes.organization(p.id())), p.name()))
                .orElse(null);
        // The latest period first, with its charts; the earlier ones folded, their tables without charts, so that a
        // page of ten years stays a page a phone can load and a reader can scroll.
        List<Views.Results> periods = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            periods.add(i == history.size() - 1 ? history.get(i).on(path, true) : history.get(i).tablesOnly(path));
        }
        List<OrganizationFigures> figures = statistics.ofOrganization(organization.id());
        Optional<OrganizationFigures> latest = figures.isEmpty() ? Optional.empty()
                : Optional.of(figures.get(figures.size() - 1));
        // The latest period's narrative, which its results block tells too.
        String text = history.isEmpty() ? "" : history.get(history.size() - 1).narrative();
        // Drawn inside the page, a bar a year for each group: no file for each of a province's thousands.
        Optional<PlannedChart> trend = charts.trend(organization, figures).map(PlannedChart::drawnInPage);
        // Published in the files of every organization (data/organizations/children, …), not a file each.
        String rows = messages.get("downloads.rows-of-every", organization.id());
        UnaryOperator<PlannedTable> shared = table -> table.sharedIn(Routes.download("organizations/"
                + table.download().path().substring(Routes.download("organizations/" + organization.id() + "-").length())),
                rows, organization.id(), organization.name());
        Optional<PlannedTable> children = children(organization, path).map(shared);
        Optional<PlannedTable> members = members(organization, figures).map(shared);
        Optional<PlannedTable> discipline = discipline(organization, figures).map(shared);
        // A half-year's or a term's figures are not points of the yearly trend: the page says where they are.
        boolean notYearly = figures.stream().anyMatch(f -> f.period().kind() != PeriodSpan.Kind.YEAR);
        String trendNote = notYearly && (trend.isPresent() || members.isPresent() || discipline.isPresent())
                ? messages.get("organization.trend-years-only") : "";
        Views.Organization view = new Views.Organization(organization.name(),
                organizations.level(organization), parent, text,
                latest.flatMap(f -> rank(organization, f)).orElse(""), trend.map(c -> c.on(path)).orElse(null), trendNote,
                children.map(t -> t.on(path)).orElse(null), members.map(t -> t.on(path)).orElse(null), periods,
                discipline.map(t -> t.on(path)).orElse(null));
        return new Page(path, organization.name(), "organizations", view,
                Stream.of(children.stream(), members.stream(), discipline.stream()).flatMap(t -> t).toList(),
                trend.stream().toList());
    }

    /** "Năm 2014 đứng thứ 3/12 ...": the place by remediation rate among organizations with the same parent. */
    private Optional<String> rank(Organization organization, OrganizationFigures latest) {
        if (organization.parentId().isEmpty() || latest.total().rate().isEmpty()) {
            return Optional.empty();
        }
        Organization parent = organizations.get(organization.parentId().get());
        // Worked out once per parent and year: every subordinate of a parent asks for the same rates.
        List<BigDecimal> rates = siblingRates.computeIfAbsent(parent.id() + "/" + latest.period().id(), key ->
                organizations.children(parent).stream()
                        .flatMap(o -> statistics.of(o.id(), latest.period()).stream())
                        .flatMap(f -> f.total().rate().stream())
                        .map(r -> r.rounded(3))
                        .sorted(Comparator.reverseOrder())
                        .toList());
        BigDecimal own = latest.total().rate().get().rounded(3);
        long better = betterThan(rates, own);
        return Optional.of(messages.get("organization.rank", names.start(latest.period()), formats.count(better + 1),
                formats.count(rates.size()), parent.name()));
    }

    /** How many of {@code rates} (best first) are above {@code own}. */
    private static long betterThan(List<BigDecimal> rates, BigDecimal own) {
        int low = 0;
        int high = rates.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (rates.get(middle).compareTo(own) > 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The subordinates with their figures of the latest period any of them has; none without subordinates. */
    private Optional<PlannedTable> children(Organization organization, String path) {
        List<Organization> children = organizations.children(organization);
        if (children.isEmpty()) {
            return Optional.empty();
        }
        Optional<PeriodSpan> year = content.periods().stream().map(Period::span)
                .filter(y -> children.stream().anyMatch(c -> statistics.of(c.id(), y).isPresent()))
                .reduce((a, b) -> b);
        TableBuilder table = new TableBuilder(Routes.download("organizations/" + organization.id() + "-children"),
                year.map(y -> messages.get("organization.children-in", names.in(y))).orElse(messages.get("organization.children")))
                .column("organization", messages.get("column.organization"), false)
                .column("kind", messages.get("column.kind"), false)
                .column("found", messages.get("results.found"), true)
                .column("remediated", messages.get("results.remediated"), true)
                .column("rate_percent", messages.get("results.rate"), true)
                .column("organization_id", messages.get("column.organization-id"), false);
        for (Organization child : children) {
            Optional<OrganizationFigures> f = year.flatMap(y -> statistics.of(child.id(), y));
            table.row(List.of(
                    Value.link(child.name(), Routes.link(path, Routes.organization(child.id()))),
                    Value.text(organizations.level(child)),
                    table.count(f.map(x -> x.total().found()).orElse(0L), coverage(f), messages, formats),
                    table.count(f.map(x -> x.total().remediated()).orElse(0L), coverage(f), messages, formats),
                    table.percent(f.flatMap(x -> x.total().rate()), coverage(f), messages, formats),
                    Value.text(child.id())));
        }
        return Optional.of(table.build());
    }

    /**
     * The members in all and those admitted, and what the body is made of where a year says so,
     * for each calendar year the organization has figures; none when no year gives any of them. A
     * year that does not give a figure shows a dash, never 0. A half-year's or a term's members are
     * shown with that period's figures, not in this trend: the members admitted over a term are a
     * count of five years.
     */
    private Optional<PlannedTable> members(Organization organization, List<OrganizationFigures> all) {
        List<OrganizationFigures> figures = all.stream().filter(f -> f.period().kind() == PeriodSpan.Kind.YEAR).toList();
        boolean structure = figures.stream().anyMatch(f -> f.structure().given());
        if (!structure && figures.stream().noneMatch(f -> f.members().given())) {
            return Optional.empty();
        }
        TableBuilder table = new TableBuilder(Routes.download("organizations/" + organization.id() + "-members"),
                messages.get(structure ? "organization.structure" : "organization.members"))
                .column("year", messages.get("column.year"), false);
        if (structure) {
            table.column("grassroots_organizations", messages.get("column.grassroots"), true)
                    .column("cells", messages.get("column.cells"), true);
        }
        table.column("members", messages.get("column.members"), true)
                .column("admitted", messages.get("column.admitted"), true);
        for (OrganizationFigures f : figures) {
            OrganizationFigures.MemberFigures m = f.members();
            List<Value> row = new ArrayList<>();
            row.add(new Value(f.period().endYear(), Views.Cell.of(names.column(f.period()))));
            if (structure) {
                row.add(table.count(f.structure().grassrootsOrganizations(), false, messages, formats));
                row.add(table.count(f.structure().cells(), false, messages, formats));
            }
            row.add(table.count(m.total(), m.totalPartial(), messages, formats));
            row.add(table.count(m.admitted(), m.admittedPartial(), messages, formats));
            table.row(row);
        }
        return Optional.of(table.build());
    }

    /**
     * The members disciplined, the committee members among them and the organizations disciplined,
     * for each calendar year the organization has figures; none when fewer than two years give
     * discipline, as one year's is in its results block below. A figure not given is a dash, never 0.
     * A half-year's or a term's discipline is shown with that period's figures only.
     */
    private Optional<PlannedTable> discipline(Organization organization, List<OrganizationFigures> all) {
        List<OrganizationFigures> figures = all.stream().filter(f -> f.period().kind() == PeriodSpan.Kind.YEAR).toList();
        if (figures.stream().filter(f -> f.discipline().isPresent()).count() < 2) {
            return Optional.empty();
        }
        TableBuilder table = new TableBuilder(Routes.download("organizations/" + organization.id() + "-discipline"),
                messages.get("organization.discipline"))
                .column("year", messages.get("column.year"), false)
                .column("members", messages.get("column.discipline-members"), true)
                .column("committee_members", messages.get("column.discipline-committee"), true)
                .column("organizations", messages.get("column.discipline-organizations"), true);
        for (OrganizationFigures f : figures) {
            OrganizationFigures.Count unknown = OrganizationFigures.Count.UNKNOWN;
            OrganizationFigures.Count members = f.discipline().map(d -> d.members()).orElse(unknown);
            OrganizationFigures.Count committee = f.discipline().map(d -> d.committeeMembers()).orElse(unknown);
            OrganizationFigures.Count disciplined = f.discipline().map(d -> d.organizations()).orElse(unknown);
            table.row(List.of(new Value(f.period().endYear(), Views.Cell.of(names.column(f.period()))),
                    table.count(members.value(), members.partial(), messages, formats),
                    table.count(committee.value(), committee.partial(), messages, formats),
                    table.count(disciplined.value(), disciplined.partial(), messages, formats)));
        }
        return Optional.of(table.build());
    }

    /** How much of a subordinate's shortcomings the source gives: nothing when it has no figures at all. */
    private static GroupFigures.Coverage coverage(Optional<OrganizationFigures> figures) {
        return figures.map(f -> f.total().coverage()).orElse(GroupFigures.Coverage.NONE);
    }
}
