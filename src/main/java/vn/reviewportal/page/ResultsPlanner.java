package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.RatingFigures;
import vn.reviewportal.stats.Statistics;

/**
 * Shapes one organization's figures in one period (headline figures, narrative, tables, charts
 * and their downloads) and the organization pages built from them. Charts and downloads are
 * added to the site's lists as they are planned.
 */
final class ResultsPlanner {

    private final Content content;
    private final Statistics statistics;
    private final List<QualityFinding> findings;
    private final Messages messages;
    private final Formats formats;
    private final List<ChartPlan> charts;
    private final List<DownloadPlan> downloads;
    private final Map<String, Organization> organizations;
    private final Map<String, List<Organization>> children = new HashMap<>();
    private final Narrative narrative;
    private final Map<String, List<BigDecimal>> siblingRates = new HashMap<>();

    ResultsPlanner(Content content, Statistics statistics, List<QualityFinding> findings, Messages messages,
                   Formats formats, List<ChartPlan> charts, List<DownloadPlan> downloads) {
        this.content = content;
        this.statistics = statistics;
        this.findings = findings;
        this.messages = messages;
        this.formats = formats;
        this.charts = charts;
        this.downloads = downloads;
        this.organizations = content.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        this.narrative = new Narrative(messages, formats);
        content.organizations().forEach(o -> o.parentId().ifPresent(parent ->
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(o)));
    }

    Value count(long value) {
        return Value.count(value, formats);
    }

    Value percent(Optional<Percent> rate) {
        return Value.percent(rate, formats);
    }

    /** The organization's subordinates, in the order of organizations.yaml. */
    List<Organization> children(Organization organization) {
        return children.getOrDefault(organization.id(), List.of());
    }

    private String name(String organizationId) {
        return organizations.get(organizationId).name();
    }

    private Optional<OrganizationFigures> previous(OrganizationFigures f) {
        return statistics.ofOrganization(f.organizationId()).stream()
                .filter(p -> p.year() < f.year())
                .max(Comparator.comparingInt(OrganizationFigures::year));
    }

    /** One organization's figures in one period; {@code withTables} false leaves out the comments and ratings. */
    Views.Results results(OrganizationFigures f, String from, boolean withTables) {
        Period period = content.period(f.year()).orElseThrow();
        String id = f.year() + "/" + f.organizationId();
        List<Views.Figure> figures = new ArrayList<>();
        f.reviewed().ifPresent(r -> figures.add(new Views.Figure(formats.ratio(r.done(), r.required()),
                messages.get("figure.reviewed"))));
        f.suggestedContents().ifPresent(n -> figures.add(new Views.Figure(formats.count(n), messages.get("figure.suggested"))));
        if (!f.comments().isEmpty()) {
            figures.add(new Views.Figure(formats.count(f.commentsTotal()), messages.get("figure.comments")));
        }
        f.total().rate().ifPresent(rate -> figures.add(new Views.Figure(formats.percent(rate),
                messages.get("figure.remediated", formats.ratio(f.total().remediated(), f.total().found())))));
        f.discipline().ifPresent(d -> figures.add(new Views.Figure(formats.count(d.members()), d.committeeMembers() > 0
                ? messages.get("figure.discipline-committee", formats.count(d.committeeMembers()))
                : messages.get("figure.discipline"))));

        List<Views.Chart> chartViews = new ArrayList<>();
        Views.Table groups = null;
        List<String> notes = new ArrayList<>();
        if (!f.groups().isEmpty()) {
            groups = groupTable(f, id, from);
            chartViews.add(rateChart(f, id, from));
            chartViews.add(progressChart(f, id, from));
            for (GroupFigures g : f.groups()) {
                if (g.reportedDiffers()) {
                    notes.add(messages.get("note.percent-mismatch", g.label(), formats.percent(g.reported().orElseThrow()),
                            formats.ratio(g.remediated(), g.found()), g.rate().map(formats::percent).orElse("—")));
                }
            }
            if (f.total().inProgress() > 0) {
                notes.add(messages.get("note.in-progress", formats.count(f.total().inProgress())));
            }
        }
        Views.Table comments = null;
        List<Views.Table> ratings = new ArrayList<>();
        if (withTables) {
            if (!f.comments().isEmpty()) {
                comments = commentTable(f, id, from);
                chartViews.add(commentChart(f, id, from));
            }
            for (RatingFigures r : f.ratings()) {
                ratings.add(ratingTable(r, id, from));
                chartViews.add(ratingChart(f, r, id, from));
            }
        }
        long openFindings = findings.stream().filter(x -> concerns(x, f)).count();
        String basis = f.basis() == OrganizationFigures.Basis.ROLLED_UP
                ? messages.get("results.rolled-up", formats.count(f.childrenReporting()), formats.count(f.children()))
                : "";
        return new Views.Results(
                new Views.Link(Routes.link(from, Routes.organization(f.organizationId())), name(f.organizationId())),
                new Views.Link(Routes.link(from, Routes.period(f.year())),
                        messages.get("period.heading", f.year())),
                period.title(), f.source(), basis,
                narrative.about(name(f.organizationId()), f, previous(f), openFindings),
                figures, groups, chartViews, notes, comments, ratings);
    }

    private static boolean concerns(QualityFinding finding, OrganizationFigures f) {
        if (finding instanceof QualityFinding.PercentMismatch m) {
            return m.year() == f.year() && m.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.ChildrenDoNotSum c) {
            return c.year() == f.year() && c.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.RatingsDoNotSum r) {
            return r.year() == f.year() && r.organizationId().equals(f.organizationId());
        }
        return false;
    }

    private Views.Table groupTable(OrganizationFigures f, String id, String from) {
        TableBuilder table = new TableBuilder(Routes.download(id + "-shortcomings"), messages.get("results.shortcomings"))
                .column("group", messages.get("results.group"), false)
                .column("found", messages.get("results.found"), true)
                .column("remediated", messages.get("results.remediated"), true)
                .column("in_progress", messages.get("results.in-progress"), true)
                .column("rate_percent", messages.get("results.rate"), true)
                .column("reported_percent", messages.get("results.reported"), true);
        for (GroupFigures g : f.groups()) {
            Value reported = g.reported()
                    .map(p -> new Value(p, new Views.Cell(formats.percent(p), null,
                            g.reportedDiffers() ? messages.get("results.differs") : null)))
                    .orElse(Value.empty());
            table.row(List.of(Value.text(g.label()), count(g.found()), count(g.remediated()), count(g.inProgress()),
                    percent(g.rate()), reported));
        }
        table.footer(List.of(Value.text(messages.get("results.total")), count(f.total().found()),
                count(f.total().remediated()), count(f.total().inProgress()), percent(f.total().rate()), Value.empty()));
        return table.build(from, downloads);
    }

    private Views.Table commentTable(OrganizationFigures f, String id, String from) {
        TableBuilder table = new TableBuilder(Routes.download(id + "-comments"), messages.get("results.comments"))
                .column("level", messages.get("results.level"), false)
                .column("target", messages.get("results.target"), false)
                .column("count", messages.get("results.count"), true);
        f.comments().forEach(c -> table.row(List.of(Value.text(c.level()), Value.text(c.target()), count(c.count()))));
        table.footer(List.of(Value.text(messages.get("results.total")), Value.empty(), count(f.commentsTotal())));
        return table.build(from, downloads);
    }

    private Views.Table ratingTable(RatingFigures r, String id, String from) {
        String subject = r.subject().key();
        TableBuilder table = new TableBuilder(Routes.download(id + "-ratings-" + subject), messages.get("ratings.title." + subject))
                .column("level", messages.get("ratings.level"), false)
                .column("count", messages.get("ratings.count"), true)
                .column("share_percent", messages.get("ratings.share"), true);
        r.levels().forEach(l -> table.row(List.of(Value.text(l.label()), count(l.count()), percent(r.share(l)))));
        table.footer(List.of(Value.text(messages.get("ratings.rated")), count(r.rated()), Value.empty()));
        return table.build(from, downloads);
    }

    private String chartPath(String id, String name) {
        return Routes.chart(id + "-" + name);
    }

    private Views.Chart rateChart(OrganizationFigures f, String id, String from) {
        List<GroupFigures> groups = f.groups();
        ChartPlan plan = new ChartPlan(chartPath(id, "rate"), id.replace('/', '-') + "-rate",
                messages.get("chart.rate.title", f.year()), ChartPlan.Kind.BARS, messages.get("chart.rate.axis"), true,
                groups.stream().map(GroupFigures::label).toList(),
                List.of(new ChartPlan.Series(messages.get("results.rate"),
                        groups.stream().map(g -> g.rate().map(Percent::rounded).orElse(BigDecimal.ZERO)).toList(),
                        groups.stream().map(g -> g.rate().map(formats::percent).orElse("—")).toList())),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.BARS, groups.size(), 1));
        String data = groups.stream()
                .map(g -> g.label() + ": " + g.rate().map(formats::percent).orElse("—")
                        + " (" + formats.ratio(g.remediated(), g.found()) + ")")
                .collect(Collectors.joining("; ")) + ".";
        TableBuilder table = new TableBuilder(Routes.chartData(id + "-rate"), plan.title())
                .column("group", messages.get("results.group"), false)
                .column("remediated_of_found", messages.get("results.remediated") + "/" + messages.get("results.found"), true)
                .column("rate_percent", messages.get("results.rate"), true);
        groups.forEach(g -> table.row(List.of(Value.text(g.label()),
                new Value(g.remediated() + "/" + g.found(), Views.Cell.of(formats.ratio(g.remediated(), g.found()))),
                percent(g.rate()))));
        return chart(plan, messages.get("chart.rate.alt", f.year(), name(f.organizationId()), data), table, from);
    }

    private Views.Chart progressChart(OrganizationFigures f, String id, String from) {
        List<GroupFigures> groups = f.groups();
        String remediated = messages.get("results.remediated");
        String inProgress = messages.get("results.in-progress");
        ChartPlan plan = new ChartPlan(chartPath(id, "progress"), id.replace('/', '-') + "-progress",
                messages.get("chart.progress.title", f.year()), ChartPlan.Kind.STACKED_BARS,
                messages.get("chart.progress.axis"), false, groups.stream().map(GroupFigures::label).toList(),
                List.of(series(remediated, groups.stream().map(GroupFigures::remediated).toList()),
                        series(inProgress, groups.stream().map(GroupFigures::inProgress).toList())),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.STACKED_BARS, groups.size(), 2));
        String data = groups.stream()
                .map(g -> messages.get("chart.progress.item", g.label(), formats.count(g.remediated()),
                        formats.count(g.inProgress())))
                .collect(Collectors.joining("; ")) + ".";
        TableBuilder table = new TableBuilder(Routes.chartData(id + "-progress"), plan.title())
                .column("group", messages.get("results.group"), false)
                .column("remediated", remediated, true)
                .column("in_progress", inProgress, true);
        groups.forEach(g -> table.row(List.of(Value.text(g.label()), count(g.remediated()), count(g.inProgress()))));
        return chart(plan, messages.get("chart.progress.alt", f.year(), name(f.organizationId()), data), table, from);
    }

    private Views.Chart commentChart(OrganizationFigures f, String id, String from) {
        List<OrganizationFigures.CommentFigures> comments = f.comments();
        ChartPlan plan = new ChartPlan(chartPath(id, "comments"), id.replace('/', '-') + "-comments",
                messages.get("chart.comments.title", f.year()), ChartPlan.Kind.BARS,
                messages.get("chart.comments.axis"), false,
                comments.stream().map(c -> c.level() + " — " + c.target()).toList(),
                List.of(series(messages.get("results.count"),
                        comments.stream().map(OrganizationFigures.CommentFigures::count).toList())),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.BARS, comments.size(), 1));
        String data = comments.stream().map(c -> c.level() + " — " + c.target() + ": " + formats.count(c.count()))
                .collect(Collectors.joining("; ")) + ".";
        TableBuilder table = new TableBuilder(Routes.chartData(id + "-comments"), plan.title())
                .column("level", messages.get("results.level"), false)
                .column("target", messages.get("results.target"), false)
                .column("count", messages.get("results.count"), true);
        comments.forEach(c -> table.row(List.of(Value.text(c.level()), Value.text(c.target()), count(c.count()))));
        return chart(plan, messages.get("chart.comments.alt", f.year(), name(f.organizationId()), data), table, from);
    }

    private Views.Chart ratingChart(OrganizationFigures f, RatingFigures r, String id, String from) {
        String subject = r.subject().key();
        ChartPlan plan = new ChartPlan(chartPath(id, "ratings-" + subject), id.replace('/', '-') + "-ratings-" + subject,
                messages.get("chart.ratings.title." + subject, f.year()), ChartPlan.Kind.BARS,
                messages.get("chart.ratings.axis"), true,
                r.levels().stream().map(RatingFigures.Level::label).toList(),
                List.of(new ChartPlan.Series(messages.get("ratings.share"),
                        r.levels().stream().map(l -> r.share(l).map(Percent::rounded).orElse(BigDecimal.ZERO)).toList(),
                        r.levels().stream().map(l -> r.share(l).map(formats::percent).orElse("—")).toList())),
                ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.BARS, r.levels().size(), 1));
        String data = r.levels().stream()
                .map(l -> l.label() + ": " + formats.count(l.count()) + " (" + r.share(l).map(formats::percent).orElse("—") + ")")
                .collect(Collectors.joining("; ")) + ".";
        TableBuilder table = new TableBuilder(Routes.chartData(id + "-ratings-" + subject), plan.title())
                .column("level", messages.get("ratings.level"), false)
                .column("count", messages.get("ratings.count"), true)
                .column("share_percent", messages.get("ratings.share"), true);
        r.levels().forEach(l -> table.row(List.of(Value.text(l.label()), count(l.count()), percent(r.share(l)))));
        return chart(plan, messages.get("chart.ratings.alt", f.year(), name(f.organizationId()), data), table, from);
    }

    private ChartPlan.Series series(String name, List<Long> counts) {
        return new ChartPlan.Series(name, counts.stream().map(BigDecimal::valueOf).toList(),
                counts.stream().map(formats::count).toList());
    }

    Views.Chart chart(ChartPlan plan, String alt, TableBuilder data, String from) {
        charts.add(plan);
        return new Views.Chart(Routes.link(from, plan.path()), plan.width(), plan.height(), alt, plan.title(),
                data.build(from, downloads));
    }

    /** An organization's page: every period, its trend, its subordinates and its place among its peers. */
    Views.Organization organization(Organization organization, String path) {
        Views.Link parent = organization.parentId().map(organizations::get)
                .map(p -> new Views.Link(Routes.link(path, Routes.organization(p.id())), p.name()))
                .orElse(null);
        List<OrganizationFigures> history = statistics.ofOrganization(organization.id());
        List<Views.Results> periods = SitePlanner.newestFirst(history).stream()
                .map(f -> results(f, path, true)).toList();
        Optional<OrganizationFigures> latest = history.isEmpty() ? Optional.empty()
                : Optional.of(history.get(history.size() - 1));
        String text = latest.map(f -> narrative.about(organization.name(), f, previous(f),
                findings.stream().filter(x -> concerns(x, f)).count())).orElse("");
        return new Views.Organization(organization.name(), messages.get("kind." + organization.kind().id()), parent, text,
                latest.flatMap(f -> rank(organization, f)).orElse(""), trend(organization, history, path),
                childrenTable(organization, path), periods);
    }

    /** "Năm 2014 đứng thứ 3/12 ...": the place by remediation rate among organizations with the same parent. */
    private Optional<String> rank(Organization organization, OrganizationFigures latest) {
        if (organization.parentId().isEmpty() || latest.total().rate().isEmpty()) {
            return Optional.empty();
        }
        Organization parent = organizations.get(organization.parentId().get());
        // The siblings' rates, best first, worked out once per parent and year: every subordinate
        // of a parent asks for the same rates.
        List<BigDecimal> rates = siblingRates.computeIfAbsent(parent.id() + "/" + latest.year(), key ->
                children(parent).stream()
                        .flatMap(o -> statistics.of(o.id(), latest.year()).stream())
                        .flatMap(f -> f.total().rate().stream())
                        .map(r -> r.rounded(3))
                        .sorted(Comparator.reverseOrder())
                        .toList());
        BigDecimal own = latest.total().rate().get().rounded(3);
        long better = betterThan(rates, own);
        return Optional.of(messages.get("organization.rank", latest.year(), formats.count(better + 1),
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

    private Views.Chart trend(Organization organization, List<OrganizationFigures> history, String from) {
        List<OrganizationFigures> rated = history.stream().filter(f -> f.total().rate().isPresent()).toList();
        if (rated.size() < 2) {
            return null;
        }
        List<String> years = rated.stream().map(f -> Integer.toString(f.year())).toList();
        Map<String, String> groupLabels = new LinkedHashMap<>();
        rated.forEach(f -> f.groups().forEach(g -> groupLabels.putIfAbsent(g.groupId(), g.label())));
        List<ChartPlan.Series> series = new ArrayList<>();
        series.add(trendSeries(messages.get("results.total"), rated, f -> f.total().rate()));
        groupLabels.forEach((groupId, label) -> series.add(trendSeries(label, rated, f -> f.groups().stream()
                .filter(g -> g.groupId().equals(groupId)).findFirst().flatMap(GroupFigures::rate))));
        String id = "organizations/" + organization.id() + "-trend";
        ChartPlan plan = new ChartPlan(Routes.chart(id), organization.id() + "-trend",
                messages.get("chart.trend.title"), ChartPlan.Kind.LINES, messages.get("chart.rate.axis"), true,
                years, series, ChartPlan.WIDTH, ChartPlan.heightFor(ChartPlan.Kind.LINES, years.size(), series.size()));
        TableBuilder table = new TableBuilder(Routes.chartData(id), plan.title())
                .column("series", messages.get("results.group"), false);
        years.forEach(y -> table.column("rate_percent_" + y, y, true));
        String data = series.stream().map(s -> s.name() + ": " + String.join(", ", s.labels()))
                .collect(Collectors.joining("; ")) + ".";
        for (ChartPlan.Series s : series) {
            List<Value> row = new ArrayList<>();
            row.add(Value.text(s.name()));
            for (int i = 0; i < years.size(); i++) {
                BigDecimal v = s.values().get(i);
                row.add(v == null ? new Value(null, Views.Cell.of("—")) : new Value(v, Views.Cell.of(s.labels().get(i))));
            }
            table.row(row);
        }
        return chart(plan, messages.get("chart.trend.alt", organization.name(), String.join(", ", years), data), table, from);
    }

    private ChartPlan.Series trendSeries(String name, List<OrganizationFigures> history,
                                         Function<OrganizationFigures, Optional<Percent>> rate) {
        return new ChartPlan.Series(name,
                history.stream().map(f -> rate.apply(f).map(Percent::rounded).orElse(null)).toList(),
                history.stream().map(f -> rate.apply(f).map(formats::percent).orElse("—")).toList());
    }

    private Views.Table childrenTable(Organization organization, String path) {
        List<Organization> children = children(organization);
        if (children.isEmpty()) {
            return null;
        }
        Optional<Integer> year = content.periods().stream().map(Period::year)
                .filter(y -> children.stream().anyMatch(c -> statistics.of(c.id(), y).isPresent()))
                .max(Integer::compare);
        TableBuilder table = new TableBuilder(Routes.download("organizations/" + organization.id() + "-children"),
                year.map(y -> messages.get("organization.children-in", y)).orElse(messages.get("organization.children")))
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
                    Value.text(messages.get("kind." + child.kind().id())),
                    f.map(x -> count(x.total().found())).orElse(Value.empty()),
                    f.map(x -> count(x.total().remediated())).orElse(Value.empty()),
                    percent(f.flatMap(x -> x.total().rate())), Value.text(child.id())));
        }
        return table.build(path, downloads);
    }

    /** What a data-quality finding concerns, linked from {@code from}. */
    Views.Link subject(QualityFinding finding, String from) {
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return new Views.Link(Routes.link(from, Routes.article(a.articleSlug())), a.articleTitle());
        }
        int year = finding instanceof QualityFinding.PercentMismatch m ? m.year()
                : finding instanceof QualityFinding.ChildrenDoNotSum c ? c.year()
                : ((QualityFinding.RatingsDoNotSum) finding).year();
        return new Views.Link(Routes.link(from, Routes.period(year)), messages.get("period.heading", year));
    }

    /** A data-quality finding in the site's language. */
    String describe(QualityFinding finding) {
        if (finding instanceof QualityFinding.PercentMismatch m) {
            return messages.get("quality.percent-mismatch", m.year(), name(m.organizationId()),
                    groupLabel(m.year(), m.groupId()), formats.percent(m.reported()),
                    formats.ratio(m.remediated(), m.found()), formats.percent(m.computed()));
        }
        if (finding instanceof QualityFinding.ChildrenDoNotSum c) {
            return messages.get("quality.children-do-not-sum", c.year(), name(c.organizationId()),
                    messages.get("quality.key." + c.key()), c.subject(), formats.count(c.stated()), formats.count(c.sum()));
        }
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return messages.get("quality.article-percent-mismatch", a.text(), formats.percent(a.published()),
                    formats.percent(a.computed()));
        }
        QualityFinding.RatingsDoNotSum r = (QualityFinding.RatingsDoNotSum) finding;
        return messages.get("quality.ratings-do-not-sum", r.year(), name(r.organizationId()),
                messages.get("quality.subject." + r.subject()), formats.count(r.rated()), formats.count(r.sum()));
    }

    private String groupLabel(int year, String groupId) {
        return content.period(year).flatMap(p -> p.group(groupId)).map(l -> l.label()).orElse(groupId);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
