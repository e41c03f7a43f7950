package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
    private final TablePages tablePages;
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
        this.tablePages = new TablePages(messages, formats);
        this.organizations = organizations;
        this.charts = charts;
        this.names = new PeriodNames(messages);
    }

    /** The index: every organization under its parent, indented by its depth. */
    /**
     * How many organizations the list shows as a whole tree: above it, the list shows the top of
     * the tree and its direct subordinates, and each organization's page lists its own (a
     * province's list of 5,000 was 660 KB, a nation's of 60,000 8 MB).
     */
    static final int WHOLE_TREE = 1_000;

    /** The tree, whole, or its top two levels for a tree of more than {@link #WHOLE_TREE}. */
    Page list() {
        int total = content.organizations().size();
        int depth = total > WHOLE_TREE ? 1 : Integer.MAX_VALUE;
        List<Views.TreeEntry> entries = new ArrayList<>();
        content.organizations().stream().filter(o -> o.parentId().isEmpty())
                .forEach(o -> addTree(o, 0, depth, entries));
        String note = entries.size() < total ? messages.get("organizations.top-only", formats.count(entries.size()),
                formats.count(total)) : "";
        return new Page(Routes.ORGANIZATIONS, messages.get("organizations.title"), "organizations",
                new Views.OrganizationList(entries, note,
                        note.isEmpty() ? null : new Views.Link(Routes.link(Routes.ORGANIZATIONS, Routes.SEARCH),
                                messages.get("organizations.search"))));
    }

    private void addTree(Organization organization, int depth, int deepest, List<Views.TreeEntry> entries) {
        entries.add(new Views.TreeEntry(new Views.Link(Routes.link(Routes.ORGANIZATIONS,
                Routes.organization(organization.id())), organization.name()),
                organizations.level(organization), depth));
        if (depth < deepest) {
            organizations.children(organization).forEach(child -> addTree(child, depth + 1, deepest, entries));
        }
    }

    /**
     * An organization's page.
     *
     * @param latest its figures planned for the latest period it has them, shown in full
     */
    Page organization(Organization organization, Optional<PlannedResults> latest) {
        String path = Routes.organization(organization.id());
        Views.Link parent = organizations.parent(organization)
                .map(p -> new Views.Link(Routes.link(path, Routes.organization(p.id())), p.name()))
                .orElse(null);
        // The latest period in full, with its charts; the earlier ones as a row each of the table of every period,
        // their tables by group, level and rating in the period files: ten years of a province's thousands of pages
        // would otherwise be 400 MB, two thirds of them the earlier years' tables.
        List<Views.Results> periods = latest.map(r -> List.of(r.on(path, true))).orElse(List.of());
        List<OrganizationFigures> figures = statistics.ofOrganization(organization.id());
        Optional<OrganizationFigures> latestFigures = figures.isEmpty() ? Optional.empty()
                : Optional.of(figures.get(figures.size() - 1));
        // The latest period's narrative, which its results block tells too.
        String text = latest.map(PlannedResults::narrative).orElse("");
        // Drawn inside the page, a bar a year for each group: no file for each of a province's thousands.
        Optional<PlannedChart> trend = charts.trend(organization, figures).map(PlannedChart::drawnInPage);
        OwnTables own = ownTables(organization, path, figures);
        Optional<PlannedTable> children = own.children();
        Optional<PlannedTable> members = own.members();
        Optional<PlannedTable> discipline = own.discipline();
        Optional<PlannedTable> periodRows = own.periodRows();
        // A half-year's or a term's figures are not points of the yearly trend: the page says where they are.
        boolean notYearly = figures.stream().anyMatch(f -> f.period().kind() != PeriodSpan.Kind.YEAR);
        String trendNote = notYearly && (trend.isPresent() || members.isPresent() || discipline.isPresent())
                ? messages.get("organization.trend-years-only") : "";
        Views.Organization view = new Views.Organization(organization.name(),
                organizations.level(organization), parent, text,
                latestFigures.flatMap(f -> rank(organization, f)).orElse(""), trend.map(c -> c.on(path)).orElse(null), trendNote,
                children.map(t -> tablePages.slice(t, 0, t.rows().size(), "organization.children-rows-of",
                        organization.id()).on(path)).orElse(null),
                children.map(t -> childrenPager(organization, 1, t.rows().size(), path)).orElse(null),
                members.map(t -> t.on(path)).orElse(null),
                periodRows.map(t -> t.on(path)).orElse(null), periods, discipline.map(t -> t.on(path)).orElse(null));
        return new Page(path, organization.name(), "organizations", view, own.all(), trend.stream().toList());
    }

    /**
     * Page {@code number} (from 2) of an organization's subordinates, for one with more than a
     * page lists; the table's links are made for this page's address.
     */
    Page subordinates(Organization organization, int number) {
        String path = Routes.subordinates(organization.id(), number);
        PlannedTable all = children(organization, path).map(sharedIn(organization)).orElseThrow();
        int rows = all.rows().size();
        int pageCount = TablePages.count(rows);
        String heading = messages.get("ranking.page", messages.get("organization.children") + " — " + organization.name(),
                number, pageCount);
        return new Page(path, heading, "organizations", new Views.Subordinates(heading,
                new Views.Link(Routes.link(path, Routes.organization(organization.id())), organization.name()),
                tablePages.slice(all, (number - 1) * TablePages.ROWS_PER_PAGE, rows, "organization.children-rows-of",
                        organization.id()).on(path),
                childrenPager(organization, number, rows, path)));
    }

    private Views.Pager childrenPager(Organization organization, int number, int rows, String path) {
        return tablePages.pager(number, TablePages.count(rows), path, n -> n == 1
                        ? Routes.organization(organization.id()) : Routes.subordinates(organization.id(), n),
                messages.get("organization.children-pager", formats.count(TablePages.count(rows))));
    }

    /**
     * The tables of an organization's own rows that its page shows, as {@link #organization}
     * plans them but without the rest of the page: what the files of every organization gather.
     */
    List<PlannedTable> ownTables(Organization organization) {
        return ownTables(organization, Routes.organization(organization.id()),
                statistics.ofOrganization(organization.id())).all();
    }

    /** Its figures of every period, its subordinates, members and discipline, each shared in the file of its kind. */
    private OwnTables ownTables(Organization organization, String path, List<OrganizationFigures> figures) {
        UnaryOperator<PlannedTable> shared = sharedIn(organization);
        return new OwnTables(periodRows(organization, path, figures).map(shared), children(organization, path).map(shared),
                members(organization, figures).map(shared), discipline(organization, figures).map(shared));
    }

    /** A table of the organization's own rows, published in the file of its kind of every organization. */
    private UnaryOperator<PlannedTable> sharedIn(Organization organization) {
        // data/organizations/children, …, not a file each.
        String rows = messages.get("downloads.rows-of-every", organization.id());
        return table -> table.sharedIn(Routes.download("organizations/"
                + table.download().path().substring(Routes.download("organizations/" + organization.id() + "-").length())),
                rows, organization.id(), organization.name(), Packing.everyOrganization(content));
    }

    private record OwnTables(Optional<PlannedTable> periodRows, Optional<PlannedTable> children,
                             Optional<PlannedTable> members, Optional<PlannedTable> discipline) {
        List<PlannedTable> all() {
            return Stream.of(periodRows.stream(), children.stream(), members.stream(), discipline.stream())
                    .flatMap(t -> t).toList();
        }
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

    /**
     * The headline figures of every period the organization has figures for, a row each, oldest
     * first, each period linking to its page: what the earlier periods' sections said, in the
     * space of one table. None with fewer than two periods, whose one is shown in full below. A
     * figure not given is a dash, never 0.
     */
    private Optional<PlannedTable> periodRows(Organization organization, String path, List<OrganizationFigures> figures) {
        if (figures.size() < 2) {
            return Optional.empty();
        }
        TableBuilder table = new TableBuilder(Routes.download("organizations/" + organization.id() + "-periods"),
                messages.get("organization.periods"))
                .column("period", messages.get("column.period"), false)
                .column("comments", messages.get("column.comments"), true)
                .column("found", messages.get("results.found"), true)
                .column("remediated", messages.get("results.remediated"), true)
                .column("rate_percent", messages.get("results.rate"), true);
        for (OrganizationFigures f : figures) {
            Optional<OrganizationFigures> given = Optional.of(f);
            table.row(List.of(
                    new Value(f.period().id(), new Views.Cell(names.column(f.period()),
                            Routes.link(path, Routes.period(f.period())), null)),
                    table.count(f.comments().isEmpty() ? OptionalLong.empty() : OptionalLong.of(f.commentsTotal()), false,
                            messages, formats),
                    table.count(f.total().found(), coverage(given), messages, formats),
                    table.count(f.total().remediated(), coverage(given), messages, formats),
                    table.percent(f.total().rate(), coverage(given), messages, formats)));
        }
        return Optional.of(table.build());
    }

    /** How much of a subordinate's shortcomings the source gives: nothing when it has no figures at all. */
    private static GroupFigures.Coverage coverage(Optional<OrganizationFigures> figures) {
        return figures.map(f -> f.total().coverage()).orElse(GroupFigures.Coverage.NONE);
    }
}
