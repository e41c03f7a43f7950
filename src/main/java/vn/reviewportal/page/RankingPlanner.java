package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.Statistics;

/**
 * The ranking of a period: for each level of the tree below the site's root, the organizations
 * of that level by remediation rate (equal rates share a place), and a chart of the top and
 * the bottom.
 */
final class RankingPlanner {

    private final Content content;
    private final Statistics statistics;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;
    private final ChartPlanner charts;
    private final TablePages pages;

    RankingPlanner(Content content, Statistics statistics, Messages messages, Formats formats,
                   OrganizationTree organizations, ChartPlanner charts) {
        this.content = content;
        this.statistics = statistics;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.charts = charts;
        this.pages = new TablePages(messages, formats);
    }

    /** An organization of a level, with its figures and its place among the level's. */
    record Ranked(Organization organization, OrganizationFigures figures, Percent rate, int place) {
    }

    /**
     * How many organizations a page of a ranking lists: a level of a province's thousands of cells
     * (a nation's tens of thousands) is read a page at a time, its whole ranking one file.
     */
    static final int ROWS_PER_PAGE = TablePages.ROWS_PER_PAGE;

    /**
     * The period's ranking page, with the first {@link #ROWS_PER_PAGE} of each level, and a page
     * for each further {@code ROWS_PER_PAGE} of a level that has more.
     */
    List<Page> ranking(Period period) {
        String path = Routes.ranking(period.span());
        List<Page> continued = new ArrayList<>();
        Map<Integer, List<Organization>> byDepth = new TreeMap<>();
        for (Organization organization : content.organizations()) {
            organizations.depthBelowRoot(organization).filter(d -> d > 0)
                    .ifPresent(d -> byDepth.computeIfAbsent(d, k -> new ArrayList<>()).add(organization));
        }
        List<Views.RankingSection> sections = new ArrayList<>();
        List<PlannedTable> tables = new ArrayList<>();
        List<PlannedChart> chartsShown = new ArrayList<>();
        List<String> levelsUnranked = new ArrayList<>();
        byDepth.forEach((depth, members) -> {
            List<Ranked> ranked = rank(members, period.span());
            if (ranked.isEmpty()) {
                // A level where no one has a rate has no ranking; the page still says who is left out.
                levelsUnranked.add(messages.get("ranking.level-unranked", depth, formats.count(members.size()),
                        String.join(", ", members.stream().map(Organization::name).toList())));
            } else {
                String title = title(depth, ranked);
                Set<String> rankedIds = new HashSet<>();
                ranked.forEach(r -> rankedIds.add(r.organization().id()));
                List<Organization> unranked = members.stream().filter(o -> !rankedIds.contains(o.id())).toList();
                PlannedTable table = table(period.span(), depth, title, ranked, unranked, path);
                PlannedChart chart = charts.ranking(period.span(), depth, title, ranked);
                int pageCount = (ranked.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE;
                sections.add(new Views.RankingSection(Routes.rankingAnchor(depth), title,
                        slice(table, 0, ranked.size()).on(path), chart.on(path), pager(period.span(), depth, 1, pageCount, path)));
                for (int number = 2; number <= pageCount; number++) {
                    continued.add(continued(period, depth, title, table, number, pageCount, ranked.size()));
                }
                tables.add(table);
                chartsShown.add(chart);
            }
        });
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(path, messages.get("ranking.title", new PeriodNames(messages).in(period.span())), "periods",
                new Views.Ranking(period.id(), period.title(), sections, levelsUnranked, null), tables,
                chartsShown));
        pages.addAll(continued);
        return pages;
    }

    /** Page {@code number} (from 2) of a level's ranking: its rows, the pager, and a link back to the first page. */
    private Page continued(Period period, int depth, String title, PlannedTable table, int number, int pageCount,
                           int ranked) {
        String path = Routes.ranking(period.span(), depth, number);
        String heading = messages.get("ranking.page", title, number, pageCount);
        PlannedTable rows = slice(table, (number - 1) * ROWS_PER_PAGE, ranked);
        Views.RankingSection section = new Views.RankingSection(Routes.rankingAnchor(depth), heading, rows.on(path), null,
                pager(period.span(), depth, number, pageCount, path));
        Views.Link first = new Views.Link(Routes.link(path, Routes.ranking(period.span())) + "#" + Routes.rankingAnchor(depth),
                messages.get("ranking.first-page", new PeriodNames(messages).in(period.span())));
        return new Page(path, messages.get("ranking.title", new PeriodNames(messages).in(period.span())) + " — " + heading,
                "periods", new Views.Ranking(period.id(), period.title(), List.of(section), List.of(), first));
    }

    /** The rows from {@code from} of a level's table; its cells link from the rankings' folder, where every page is. */
    private PlannedTable slice(PlannedTable table, int from, int ranked) {
        return pages.slice(table, from, ranked, "ranking.rows-of");
    }

    /** Links to the pages of a level's ranking around page {@code number}; none when the level fits on one page. */
    private Views.Pager pager(PeriodSpan period, int depth, int number, int pageCount, String path) {
        IntFunction<String> address = n -> n == 1 ? Routes.ranking(period) + "#" + Routes.rankingAnchor(depth)
                : Routes.ranking(period, depth, n);
        return pages.pager(number, pageCount, path, address, messages.get("ranking.pager", formats.count(pageCount)));
    }

    private List<Ranked> rank(List<Organization> members, PeriodSpan period) {
        List<Ranked> unplaced = new ArrayList<>();
        for (Organization organization : members) {
            statistics.of(organization.id(), period).ifPresent(f -> f.total().rate()
                    .ifPresent(rate -> unplaced.add(new Ranked(organization, f, rate, 0))));
        }
        unplaced.sort(Comparator.comparing((Ranked r) -> r.rate().rounded(3)).reversed()
                .thenComparing(r -> r.organization().name()).thenComparing(r -> r.organization().id()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < unplaced.size(); i++) {
            Ranked r = unplaced.get(i);
            boolean tie = i > 0 && unplaced.get(i - 1).rate().rounded(3).compareTo(r.rate().rounded(3)) == 0;
            ranked.add(new Ranked(r.organization(), r.figures(), r.rate(), tie ? ranked.get(i - 1).place() : i + 1));
        }
        return ranked;
    }

    /** "Cấp 1: Chi bộ, Đảng bộ cơ sở": the depth and the levels of the organizations on it. */
    private String title(int depth, List<Ranked> ranked) {
        Set<String> kinds = new LinkedHashSet<>();
        ranked.forEach(r -> kinds.add(organizations.level(r.organization())));
        return messages.get("ranking.level", depth, String.join(", ", kinds));
    }

    /** The ranking of a level; those of the level without a rate are left out, and the table says which. */
    private PlannedTable table(PeriodSpan period, int depth, String title, List<Ranked> ranked, List<Organization> unranked,
                               String path) {
        TableBuilder table = new TableBuilder(Routes.download(period.id() + "/ranking-level-" + depth), title)
                .column("place", messages.get("ranking.place"), true)
                .column("organization", messages.get("column.organization"), false)
                .column("parent", messages.get("organization.parent"), false)
                .column("found", messages.get("results.found"), true)
                .column("remediated", messages.get("results.remediated"), true)
                .column("rate_percent", messages.get("results.rate"), true)
                .column("organization_id", messages.get("column.organization-id"), false);
        for (Ranked r : ranked) {
            String parent = organizations.parent(r.organization()).map(Organization::name).orElse("");
            table.row(List.of(Value.count(r.place(), formats),
                    Value.link(r.organization().name(),
                            Routes.link(path, Routes.organization(r.organization().id()))),
                    Value.text(parent),
                    table.count(r.figures().total().found(), r.figures().total().coverage(), messages, formats),
                    table.count(r.figures().total().remediated(), r.figures().total().coverage(), messages, formats),
                    table.percent(Optional.of(r.rate()), r.figures().total().coverage(), messages, formats),
                    Value.text(r.organization().id())));
        }
        if (!unranked.isEmpty()) {
            table.note(messages.get("ranking.unranked", formats.count(unranked.size()),
                    String.join(", ", unranked.stream().map(Organization::name).toList())));
        }
        return table.build();
    }
}
