package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

    RankingPlanner(Content content, Statistics statistics, Messages messages, Formats formats,
                   OrganizationTree organizations, ChartPlanner charts) {
        this.content = content;
        this.statistics = statistics;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.charts = charts;
    }

    /** An organization of a level, with its figures and its place among the level's. */
    record Ranked(Organization organization, OrganizationFigures figures, Percent rate, int place) {
    }

    Page ranking(Period period) {
        String path = Routes.ranking(period.span());
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
                List<Organization> unranked = members.stream()
                        .filter(o -> ranked.stream().noneMatch(r -> r.organization() == o)).toList();
                PlannedTable table = table(period.span(), depth, title, ranked, unranked, path);
                PlannedChart chart = charts.ranking(period.span(), depth, title, ranked);
                sections.add(new Views.RankingSection(title, table.on(path), chart.on(path)));
                tables.add(table);
                chartsShown.add(chart);
            }
        });
        return new Page(path, messages.get("ranking.title", new PeriodNames(messages).in(period.span())), "periods",
                new Views.Ranking(period.id(), period.title(), sections, levelsUnranked), tables,
                chartsShown);
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
