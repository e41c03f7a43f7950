package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.RatingFigures;

/**
 * Every chart of the site: the drawing, a text alternative that says everything the drawing
 * shows (for readers who cannot see it), and the same figures as a table to download. Each
 * chart is planned once, by the planner of the figures it shows, and linked from every page
 * that shows them.
 */
final class ChartPlanner {

    /** How many of the best and of the weakest a ranking's chart shows. */
    static final int RANKING_ENDS = 10;

    private final Messages messages;
    private final PeriodNames periods;
    private final Formats formats;
    private final OrganizationTree organizations;

    ChartPlanner(Messages messages, Formats formats, OrganizationTree organizations) {
        this.messages = messages;
        this.periods = new PeriodNames(messages);
        this.formats = formats;
        this.organizations = organizations;
    }

    /** The remediation rate of each group of shortcomings in one period. */
    PlannedChart rate(OrganizationFigures f) {
        List<GroupFigures> groups = f.groups();
        String name = resultsName(f, "rate");
        ChartPlan plan = new ChartPlan(Routes.chart(name), name.replace('/', '-'),
                messages.get("chart.rate.title", periods.in(f.period())), ChartPlan.Kind.BARS, messages.get("chart.rate.axis"), true,
                groups.stream().map(GroupFigures::label).toList(),
                List.of(rates(messages.get("results.rate"), groups, GroupFigures::rate, null)),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.BARS, groups.size(), 1));
        String data = groups.stream()
                .map(g -> g.label() + ": " + g.rate().map(formats::percent).orElse("—")
                        + " (" + formats.ratio(g.remediated(), g.found()) + ")")
                .collect(Collectors.joining("; ")) + ".";
        TableBuilder table = new TableBuilder(Routes.chartData(name), plan.title())
                .column("group", messages.get("results.group"), false)
                .column("remediated_of_found", messages.get("results.remediated") + "/" + messages.get("results.found"), true)
                .column("rate_percent", messages.get("results.rate"), true);
        groups.forEach(g -> table.row(List.of(Value.text(g.label()),
                new Value(g.remediated() + "/" + g.found(), Views.Cell.of(formats.ratio(g.remediated(), g.found()))),
                Value.percent(g.rate(), formats))));
        return new PlannedChart(plan, messages.get("chart.rate.alt", periods.in(f.period()), organizations.name(f.organizationId()),
                data), table.build());
    }

    /** Each group's shortcomings, remediated and in progress, stacked. */
    PlannedChart progress(OrganizationFigures f) {
        List<GroupFigures> groups = f.groups();
        String name = resultsName(f, "progress");
        String remediated = messages.get("results.remediated");
        String inProgress = messages.get("results.in-progress");
        ChartPlan plan = new ChartPlan(Routes.chart(name), name.replace('/', '-'),
                messages.get("chart.progress.title", periods.in(f.period())), ChartPlan.Kind.STACKED_BARS,
                messages.get("chart.progress.axis"), false, groups.stream().map(GroupFigures::label).toList(),
                List.of(counts(remediated, groups.stream().map(GroupFigures::remediated).toList()),
                        counts(inProgress, groups.stream().map(GroupFigures::inProgress).toList())),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.STACKED_BARS, groups.size(), 2));
        String data = groups.stream()
                .map(g -> messages.get("chart.progress.item", g.label(), formats.count(g.remediated()),
                        formats.count(g.inProgress())))
                .collect(Collectors.joining("; ")) + ".";
        TableBuilder table = new TableBuilder(Routes.chartData(name), plan.title())
                .column("group", messages.get("results.group"), false)
                .column("remediated", remediated, true)
                .column("in_progress", inProgress, true);
        groups.forEach(g -> table.row(List.of(Value.text(g.label()), Value.count(g.remediated(), formats),
                Value.count(g.inProgress(), formats))));
        return new PlannedChart(plan, messages.get("chart.progress.alt", periods.in(f.period()),
                organizations.name(f.organizationId()), data), table.build());
    }

    /** How many comments were given, by level and target. */
    PlannedChart comments(OrganizationFigures f) {
        List<OrganizationFigures.CommentFigures> comments = f.comments();
        String name = resultsName(f, "comments");
        ChartPlan plan = new ChartPlan(Routes.chart(name), name.replace('/', '-'),
                messages.get("chart.comments.title", periods.in(f.period())), ChartPlan.Kind.BARS,
                messages.get("chart.comments.axis"), false,
                comments.stream().map(c -> c.level() + " — " + c.target()).toList(),
                List.of(counts(messages.get("results.count"),
                        comments.stream().map(OrganizationFigures.CommentFigures::count).toList())),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.BARS, comments.size(), 1));
        String data = comments.stream().map(c -> c.level() + " — " + c.target() + ": " + formats.count(c.count()))
                .collect(Collectors.joining("; ")) + ".";
        TableBuilder table = new TableBuilder(Routes.chartData(name), plan.title())
                .column("level", messages.get("results.level"), false)
                .column("target", messages.get("results.target"), false)
                .column("count", messages.get("results.count"), true);
        comments.forEach(c -> table.row(List.of(Value.text(c.level()), Value.text(c.target()),
                Value.count(c.count(), formats))));
        return new PlannedChart(plan, messages.get("chart.comments.alt", periods.in(f.period()),
                organizations.name(f.organizationId()), data), table.build());
    }

    /** The share of each rating level, for organizations or for members. */
    PlannedChart ratings(OrganizationFigures f, RatingFigures r) {
        String subject = r.subject().key();
        String name = resultsName(f, "ratings-" + subject);
        ChartPlan plan = new ChartPlan(Routes.chart(name), name.replace('/', '-'),
                messages.get("chart.ratings.title." + subject, periods.in(f.period())), ChartPlan.Kind.BARS,
                messages.get("chart.ratings.axis"), true,
                r.proper().stream().map(RatingFigures.Level::label).toList(),
                List.of(shares(r)), ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.BARS, r.proper().size(), 1));
        String data = r.proper().stream()
                .map(l -> l.label() + ": " + (l.count().isPresent() ? formats.count(l.count().getAsLong())
                        + (l.partial() ? TableBuilder.PARTIAL : "") + " (" + r.share(l).map(formats::percent).orElse("—")
                        + ")" : l.reported().map(p -> messages.get("chart.published", formats.percent(p)))
                        .orElse(messages.get("chart.unknown"))))
                .collect(Collectors.joining("; ")) + ".";
        PlannedTable table = RatingTable.chartLevels(Routes.chartData(name), plan.title(), r, messages, formats).build();
        return new PlannedChart(plan, messages.get("chart.ratings.alt", periods.in(f.period()),
                organizations.name(f.organizationId()), data), table);
    }

    /**
     * Each level's share of those rated, computed from its count; where the source gives only the
     * percentage it published, that percentage, labelled as published; no bar where it gives neither.
     * Only the levels proper are drawn: a part of a level or a sum of levels would read as a level.
     */
    private ChartPlan.Series shares(RatingFigures r) {
        List<BigDecimal> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (RatingFigures.Level l : r.proper()) {
            Optional<Percent> share = r.share(l);
            if (share.isPresent()) {
                values.add(share.get().rounded());
                labels.add(formats.percent(share.get()));
            } else if (l.reported().isPresent()) {
                values.add(l.reported().get().value());
                labels.add(messages.get("chart.published", formats.percent(l.reported().get())));
            } else {
                values.add(null);
                labels.add("—");
            }
        }
        return new ChartPlan.Series(messages.get("ratings.share"), values, labels);
    }

    /**
     * An organization's remediation rate across the calendar years, in total and by group; none
     * for fewer than two years with a rate, where there is no trend to draw. A half-year's or a
     * term's figures are not a year's, so they are never points of this line.
     */
    Optional<PlannedChart> trend(Organization organization, List<OrganizationFigures> history) {
        List<OrganizationFigures> rated = history.stream()
                .filter(f -> f.period().kind() == PeriodSpan.Kind.YEAR && f.total().rate().isPresent()).toList();
        if (rated.size() < 2) {
            return Optional.empty();
        }
        List<String> years = rated.stream().map(f -> periods.column(f.period())).toList();
        Map<String, String> groupLabels = new LinkedHashMap<>();
        rated.forEach(f -> f.groups().forEach(g -> groupLabels.putIfAbsent(g.groupId(), g.label())));
        List<ChartPlan.Series> series = new ArrayList<>();
        series.add(rates(messages.get("results.total"), rated, f -> f.total().rate(), null));
        groupLabels.forEach((groupId, label) -> series.add(rates(label, rated, f -> f.groups().stream()
                .filter(g -> g.groupId().equals(groupId)).findFirst().flatMap(GroupFigures::rate), null)));
        String name = "organizations/" + organization.id() + "-trend";
        ChartPlan plan = new ChartPlan(Routes.chart(name), organization.id() + "-trend",
                messages.get("chart.trend.title"), ChartPlan.Kind.LINES, messages.get("chart.rate.axis"), true,
                years, series, ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.LINES, years.size(), series.size()));
        TableBuilder table = new TableBuilder(Routes.chartData(name), plan.title())
                .column("series", messages.get("results.group"), false);
        years.forEach(y -> table.column("rate_percent_" + y, y, true));
        String data = series.stream().map(s -> s.name() + ": " + String.join(", ", s.labels()))
                .collect(Collectors.joining("; ")) + ".";
        for (ChartPlan.Series s : series) {
            List<Value> row = new ArrayList<>();
            row.add(Value.text(s.name()));
            for (int i = 0; i < years.size(); i++) {
                BigDecimal v = s.values().get(i);
                row.add(v == null ? new Value(null, Views.Cell.of("—"))
                        : new Value(v, Views.Cell.of(s.labels().get(i))));
            }
            table.row(row);
        }
        return Optional.of(new PlannedChart(plan, messages.get("chart.trend.alt", organization.name(),
                String.join(", ", years), data), table.build()));
    }

    /**
     * One level of a period's ranking: every organization of the level when they are few, else
     * the best and the weakest {@link #RANKING_ENDS}.
     *
     * @param level  the level's title, as its section heads it
     * @param ranked the level's organizations, best first
     */
    PlannedChart ranking(PeriodSpan period, int depth, String level, List<RankingPlanner.Ranked> ranked) {
        boolean all = ranked.size() <= 2 * RANKING_ENDS;
        List<RankingPlanner.Ranked> shown = new ArrayList<>(all ? ranked : ranked.subList(0, RANKING_ENDS));
        if (!all) {
            shown.addAll(ranked.subList(ranked.size() - RANKING_ENDS, ranked.size()));
        }
        String title = all ? messages.get("chart.ranking.title-all", periods.in(period))
                : messages.get("chart.ranking.title-ends", periods.in(period), RANKING_ENDS);
        String name = period.id() + "/ranking-level-" + depth;
        ChartPlan plan = new ChartPlan(Routes.chart(name), name.replace('/', '-'), title, ChartPlan.Kind.BARS,
                messages.get("chart.rate.axis"), true,
                shown.stream().map(r -> r.place() + ". " + r.organization().displayShortName()).toList(),
                List.of(new ChartPlan.Series(messages.get("results.rate"),
                        shown.stream().map(r -> r.rate().rounded()).toList(),
                        shown.stream().map(r -> formats.percent(r.rate())).toList())),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.BARS, shown.size(), 1));
        TableBuilder table = new TableBuilder(Routes.chartData(name), title)
                .column("place", messages.get("ranking.place"), true)
                .column("organization", messages.get("column.organization"), false)
                .column("rate_percent", messages.get("results.rate"), true);
        shown.forEach(r -> table.row(List.of(Value.count(r.place(), formats), Value.text(r.organization().name()),
                Value.percent(Optional.of(r.rate()), formats))));
        String alt = messages.get("chart.ranking.alt", level, String.join("; ", shown.stream()
                .map(r -> r.place() + ". " + r.organization().name() + ": " + formats.percent(r.rate())).toList()));
        return new PlannedChart(plan, alt, table.build());
    }

    /** The name of a chart of one organization's figures in one period, e.g. {@code 2012/dbk-rate}. */
    private static String resultsName(OrganizationFigures f, String kind) {
        return f.period().id() + "/" + f.organizationId() + "-" + kind;
    }

    private ChartPlan.Series counts(String name, List<Long> counts) {
        return new ChartPlan.Series(name, counts.stream().map(BigDecimal::valueOf).toList(),
                counts.stream().map(formats::count).toList());
    }

    /** Rates as a series; where there is none, the drawing gets {@code missing} and the label a dash. */
    private <T> ChartPlan.Series rates(String name, List<T> items, Function<T, Optional<Percent>> rate,
                                       BigDecimal missing) {
        return new ChartPlan.Series(name,
                items.stream().map(item -> rate.apply(item).map(Percent::rounded).orElse(missing)).toList(),
                items.stream().map(item -> rate.apply(item).map(formats::percent).orElse("—")).toList());
    }
}
