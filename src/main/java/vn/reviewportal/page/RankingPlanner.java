package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.Statistics;

/**
 * The ranking of a period: for each level of the tree below the site's root, the organizations
 * of that level by remediation rate (equal rates share a place), and a chart of the top and
 * the bottom.
 */
final class RankingPlanner {

    /** How many of the best and of the weakest the chart shows. */
    static final int CHART_ENDS = 10;

    private final Content content;
    private final Statistics statistics;
    private final Messages messages;
    private final Formats formats;
    private final List<ChartPlan> charts;
    private final List<DownloadPlan> downloads;
    private final Map<String, Organization> byId = new HashMap<>();

    RankingPlanner(Content content, Statistics statistics, Messages messages, Formats formats, List<ChartPlan> charts,
                   List<DownloadPlan> downloads) {
        this.content = content;
        this.statistics = statistics;
        this.messages = messages;
        this.formats = formats;
        this.charts = charts;
        this.downloads = downloads;
        content.organizations().forEach(o -> byId.put(o.id(), o));
    }

    private record Ranked(Organization organization, OrganizationFigures figures, Percent rate, int place) {
    }

    Views.Ranking ranking(Period period, String path) {
        Map<Integer, List<Organization>> byDepth = new TreeMap<>();
        for (Organization organization : content.organizations()) {
            depthBelowRoot(organization).filter(d -> d > 0)
                    .ifPresent(d -> byDepth.computeIfAbsent(d, k -> new ArrayList<>()).add(organization));
        }
        List<Views.RankingSection> sections = new ArrayList<>();
        byDepth.forEach((depth, members) -> {
            List<Ranked> ranked = rank(members, period.year());
            if (!ranked.isEmpty()) {
                sections.add(section(period, depth, ranked, path));
            }
        });
        return new Views.Ranking(Integer.toString(period.year()), period.title(), sections);
    }

    private Optional<Integer> depthBelowRoot(Organization organization) {
        int depth = 0;
        Organization current = organization;
        while (!current.id().equals(content.site().root())) {
            Optional<Organization> parent = current.parentId().map(byId::get);
            if (parent.isEmpty() || depth > content.organizations().size()) {
                return Optional.empty();
            }
            current = parent.get();
            depth++;
        }
        return Optional.of(depth);
    }

    private List<Ranked> rank(List<Organization> members, int year) {
        List<Ranked> unplaced = new ArrayList<>();
        for (Organization organization : members) {
            statistics.of(organization.id(), year).ifPresent(f -> f.total().rate()
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

    private Views.RankingSection section(Period period, int depth, List<Ranked> ranked, String path) {
        Set<String> kinds = new LinkedHashSet<>();
        ranked.forEach(r -> kinds.add(messages.get("kind." + r.organization().kind().id())));
        String title = messages.get("ranking.level", depth, String.join(", ", kinds));
        String id = period.year() + "/ranking-level-" + depth;
        TableBuilder table = new TableBuilder(Routes.download(id), title)
                .column("place", messages.get("ranking.place"), true)
                .column("organization", messages.get("column.organization"), false)
                .column("parent", messages.get("organization.parent"), false)
                .column("found", messages.get("results.found"), true)
                .column("remediated", messages.get("results.remediated"), true)
                .column("rate_percent", messages.get("results.rate"), true)
                .column("organization_id", messages.get("column.organization-id"), false);
        for (Ranked r : ranked) {
            String parent = r.organization().parentId().map(byId::get).map(Organization::name).orElse("");
            table.row(List.of(Value.count(r.place(), formats),
                    Value.link(r.organization().name(),
                            Routes.link(path, Routes.organization(r.organization().id()))),
                    Value.text(parent),
                    Value.count(r.figures().total().found(), formats),
                    Value.count(r.figures().total().remediated(), formats),
                    Value.percent(Optional.of(r.rate()), formats),
                    Value.text(r.organization().id())));
        }
        return new Views.RankingSection(title, table.build(path, downloads), chart(period, depth, title, ranked, path));
    }

    private Views.Chart chart(Period period, int depth, String title, List<Ranked> ranked, String path) {
        List<Ranked> shown = ranked.size() <= 2 * CHART_ENDS ? ranked
                : concat(ranked.subList(0, CHART_ENDS), ranked.subList(ranked.size() - CHART_ENDS, ranked.size()));
        String chartTitle = ranked.size() <= 2 * CHART_ENDS ? messages.get("chart.ranking.title-all", period.year())
                : messages.get("chart.ranking.title-ends", period.year(), CHART_ENDS);
        String id = period.year() + "-ranking-level-" + depth;
        ChartPlan plan = new ChartPlan(Routes.chart(period.year() + "/ranking-level-" + depth), id, chartTitle,
                ChartPlan.Kind.BARS, messages.get("chart.rate.axis"), true,
                shown.stream().map(r -> r.place() + ". " + r.organization().displayShortName()).toList(),
                List.of(new ChartPlan.Series(messages.get("results.rate"),
                        shown.stream().map(r -> r.rate().rounded()).toList(),
                        shown.stream().map(r -> formats.percent(r.rate())).toList())),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.BARS, shown.size(), 1));
        charts.add(plan);
        TableBuilder data = new TableBuilder(Routes.chartData(period.year() + "/ranking-level-" + depth), chartTitle)
                .column("place", messages.get("ranking.place"), true)
                .column("organization", messages.get("column.organization"), false)
                .column("rate_percent", messages.get("results.rate"), true);
        shown.forEach(r -> data.row(List.of(Value.count(r.place(), formats),
                Value.text(r.organization().name()), new Value(r.rate().rounded(), Views.Cell.of(formats.percent(r.rate()))))));
        String alt = messages.get("chart.ranking.alt", title, String.join("; ", shown.stream()
                .map(r -> r.place() + ". " + r.organization().name() + ": " + formats.percent(r.rate())).toList()));
        return new Views.Chart(Routes.link(path, plan.path()), plan.width(), plan.height(), alt, chartTitle,
                data.build(path, downloads));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

}
