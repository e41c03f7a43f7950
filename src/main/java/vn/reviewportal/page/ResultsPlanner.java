package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.PublishedChange;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.RatingFigures;
import vn.reviewportal.stats.Statistics;

/**
 * Shapes one organization's figures in one period, so that they look the same on every page
 * that shows them: the headline figures, the narrative, the notes, the tables of shortcomings,
 * comments and ratings, and their charts.
 */
final class ResultsPlanner {

    private final Content content;
    private final Statistics statistics;
    private final List<QualityFinding> findings;
    /** The groups whose published percentage the check found wrong, as {@link #group} keys: decided there, read here. */
    private final Set<String> differing;
    /** What the check found about each rating, by {@link #rating} key. */
    private final Map<String, RatingTable.Marks> ratingMarks;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;
    private final ChartPlanner charts;
    private final Narrative narrative;
    private final ChangeText changes;

    ResultsPlanner(Content content, Statistics statistics, List<QualityFinding> findings, Messages messages,
                   Formats formats, OrganizationTree organizations, ChartPlanner charts) {
        this.content = content;
        this.statistics = statistics;
        this.findings = findings;
        this.differing = findings.stream().flatMap(finding -> finding instanceof QualityFinding.PercentMismatch m
                ? Stream.of(group(m.period(), m.organizationId(), m.groupId()))
                : finding instanceof QualityFinding.PercentWithoutCount w
                ? Stream.of(group(w.period(), w.organizationId(), w.groupId())) : Stream.<String>empty())
                .collect(Collectors.toSet());
        this.ratingMarks = ratingMarks(findings);
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.charts = charts;
        this.narrative = new Narrative(messages, formats);
        this.changes = new ChangeText(content, messages, formats, organizations);
    }

    PlannedResults plan(OrganizationFigures f) {
        Period period = content.period(f.period()).orElseThrow();
        String id = f.period().id() + "/" + f.organizationId();
        String name = organizations.name(f.organizationId());
        PlannedTable groups = null;
        List<PlannedChart> groupCharts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!f.groups().isEmpty()) {
            groups = groupTable(f, id);
            groupCharts.add(charts.rate(f));
            groupCharts.add(charts.progress(f));
            for (GroupFigures g : f.groups()) {
                if (differs(f, g)) {
                    notes.add(messages.get("note.percent-mismatch", g.label(), formats.percent(g.reported().orElseThrow()),
                            formats.ratio(g.remediated(), g.found()), g.rate().map(formats::percent).orElse("—")));
                }
            }
            if (f.total().inProgress() > 0) {
                notes.add(messages.get("note.in-progress", formats.count(f.total().inProgress())));
            }
        }
        PlannedTable comments = null;
        List<PlannedChart> tableCharts = new ArrayList<>();
        if (!f.comments().isEmpty()) {
            comments = commentTable(f, id);
            tableCharts.add(charts.comments(f));
        }
        List<PlannedTable> ratings = new ArrayList<>();
        for (RatingFigures r : f.ratings()) {
            ratings.add(ratingTable(f, r, id));
            tableCharts.add(charts.ratings(f, r));
        }
        long openFindings = findings.stream().filter(x -> concerns(x, f)).count();
        String basis = f.basis() == OrganizationFigures.Basis.ROLLED_UP
                ? messages.get("results.rolled-up", formats.count(f.childrenReporting()), formats.count(f.children()))
                : "";
        return new PlannedResults(f.period(), f.organizationId(), name, new PeriodNames(messages).heading(f.period()),
                period.title(), f.source(), basis, narrative.about(name, f, previous(f), openFindings), figures(f),
                groups, groupCharts, notes, comments, ratings, tableCharts,
                period.resultFor(f.organizationId()).filter(r -> f.basis() == OrganizationFigures.Basis.REPORTED)
                        .flatMap(r -> changes.table(period, r, id)).orElse(null));
    }

    private List<Views.Figure> figures(OrganizationFigures f) {
        List<Views.Figure> figures = new ArrayList<>();
        f.reviewed().ifPresent(r -> figures.add(new Views.Figure(formats.ratio(r.done(), r.required()),
                messages.get("figure.reviewed"))));
        f.suggestedContents().ifPresent(n -> figures.add(new Views.Figure(formats.count(n), messages.get("figure.suggested"))));
        if (!f.comments().isEmpty()) {
            figures.add(new Views.Figure(formats.count(f.commentsTotal()), messages.get("figure.comments")));
        }
        String mark = f.total().coverage() == GroupFigures.Coverage.PARTIAL ? TableBuilder.PARTIAL : "";
        f.total().rate().ifPresent(rate -> figures.add(new Views.Figure(formats.percent(rate) + mark,
                messages.get("figure.remediated", formats.ratio(f.total().remediated(), f.total().found())))));
        f.discipline().ifPresent(d -> figures.add(new Views.Figure(formats.count(d.members()), d.committeeMembers() > 0
                ? messages.get("figure.discipline-committee", formats.count(d.committeeMembers()))
                : messages.get("figure.discipline"))));
        // Shown only when given: an unknown count of members is never 0.
        OrganizationFigures.MemberFigures m = f.members();
        Map<String, PublishedChange> changed = publishedChanges(f);
        m.total().ifPresent(n -> figures.add(new Views.Figure(formats.count(n) + (m.totalPartial() ? TableBuilder.PARTIAL : ""),
                withChange(messages.get("figure.members"), changed.get("members.total")))));
        m.admitted().ifPresent(n -> figures.add(new Views.Figure(
                formats.count(n) + (m.admittedPartial() ? TableBuilder.PARTIAL : ""),
                withChange(messages.get("figure.admitted"), changed.get("members.admitted")))));
        return figures;
    }

    /**
     * Its figures in the latest earlier period of the same kind that has them (the narrative names
     * that period): a half-year is never compared with a year, nor a term with either.
     */
    private Optional<OrganizationFigures> previous(OrganizationFigures f) {
        return statistics.ofOrganization(f.organizationId()).stream()
                .filter(p -> p.period().sameKind(f.period()) && p.period().compareTo(f.period()) < 0)
                .reduce((a, b) -> b);
    }

    private static String rating(PeriodSpan period, String organizationId, String subject) {
        return period.id() + "/" + organizationId + "/" + subject;
    }

    private static Map<String, RatingTable.Marks> ratingMarks(List<QualityFinding> findings) {
        Map<String, Boolean> doNotSum = new HashMap<>();
        Map<String, Set<String>> overRated = new HashMap<>();
        Map<String, Set<String>> mismatched = new HashMap<>();
        for (QualityFinding finding : findings) {
            if (finding instanceof QualityFinding.RatingsDoNotSum d) {
                String key = rating(d.period(), d.organizationId(), d.subject());
                doNotSum.put(key, true);
                overRated.computeIfAbsent(key, k -> new HashSet<>()).addAll(d.overRated());
            } else if (finding instanceof QualityFinding.RatingPercentMismatch p) {
                mismatched.computeIfAbsent(rating(p.period(), p.organizationId(), p.subject()), k -> new HashSet<>())
                        .add(p.levelId());
            }
        }
        Set<String> keys = new HashSet<>(doNotSum.keySet());
        keys.addAll(mismatched.keySet());
        Map<String, RatingTable.Marks> marks = new HashMap<>();
        for (String key : keys) {
            marks.put(key, new RatingTable.Marks(doNotSum.containsKey(key), overRated.getOrDefault(key, Set.of()),
                    mismatched.getOrDefault(key, Set.of())));
        }
        return marks;
    }

    private static String group(PeriodSpan period, String organizationId, String groupId) {
        return period.id() + "/" + organizationId + "/" + groupId;
    }

    /** Whether the check found the published percentage of this group not to match its counts. */
    private boolean differs(OrganizationFigures f, GroupFigures g) {
        return differing.contains(group(f.period(), f.organizationId(), g.groupId()));
    }

    /** Whether a data-quality finding is about these figures (an article's is about the article). */
    private static boolean concerns(QualityFinding finding, OrganizationFigures f) {
        if (finding instanceof QualityFinding.PercentMismatch m) {
            return m.period().equals(f.period()) && m.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.PercentWithoutCount w) {
            return w.period().equals(f.period()) && w.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.ChildrenDoNotSum c) {
            return c.period().equals(f.period()) && c.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.RatingPercentMismatch p) {
            return p.period().equals(f.period()) && p.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.RatingsDoNotSum r) {
            return r.period().equals(f.period()) && r.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.ChangeMismatch x) {
            return x.period().equals(f.period()) && x.organizationId().equals(f.organizationId());
        }
        return false;
    }

    /** "đảng viên (so với kỳ trước, theo nguồn công bố: tăng 2,4%)": a figure's label with its published change, if any. */
    private String withChange(String label, PublishedChange change) {
        return change == null ? label : messages.get("figure.with-change", label, change.text());
    }

    /** The changes against the previous period the organization's own result publishes, by figure key. */
    private Map<String, PublishedChange> publishedChanges(OrganizationFigures f) {
        Map<String, PublishedChange> byFigure = new HashMap<>();
        if (f.basis() == OrganizationFigures.Basis.REPORTED) {
            content.period(f.period()).flatMap(p -> p.resultFor(f.organizationId()))
                    .ifPresent(r -> r.changes().forEach(c -> byFigure.put(c.figure(), c)));
        }
        return byFigure;
    }

    /** Whether the check found a published change of these figures not to fit them. */
    private boolean changeDiffers(OrganizationFigures f, String figure) {
        return findings.stream().anyMatch(x -> x instanceof QualityFinding.ChangeMismatch c && c.period().equals(f.period())
                && c.organizationId().equals(f.organizationId()) && c.change().figure().equals(figure));
    }

    private PlannedTable groupTable(OrganizationFigures f, String id) {
        // The published change of a group's rate, beside it, only where the source publishes one.
        Map<String, PublishedChange> changed = publishedChanges(f);
        boolean anyChange = f.groups().stream().anyMatch(g -> changed.containsKey("shortcomings." + g.groupId()));
        TableBuilder table = new TableBuilder(Routes.download(id + "-shortcomings"), messages.get("results.shortcomings"))
                .column("group", messages.get("results.group"), false)
                .column("found", messages.get("results.found"), true)
                .column("remediated", messages.get("results.remediated"), true)
                .column("in_progress", messages.get("results.in-progress"), true)
                .column("rate_percent", messages.get("results.rate"), true)
                .column("reported_percent", messages.get("results.reported"), true);
        if (anyChange) {
            table.column("published_change", messages.get("changes.published-column"), false);
        }
        for (GroupFigures g : f.groups()) {
            Value reported = g.reported().map(p -> Value.published(p, formats)
                    .flagged(differs(f, g) ? messages.get("results.differs") : null)).orElse(Value.empty());
            List<Value> row = new ArrayList<>(List.of(Value.text(g.label()),
                    table.count(g.found(), g.coverage(), messages, formats),
                    table.count(g.remediated(), g.coverage(), messages, formats),
                    table.count(g.inProgress(), g.coverage(), messages, formats),
                    table.percent(g.rate(), g.coverage(), messages, formats), reported));
            if (anyChange) {
                String figure = "shortcomings." + g.groupId();
                row.add(Optional.ofNullable(changed.get(figure)).map(c -> Value.text(c.text())
                        .flagged(changeDiffers(f, figure) ? messages.get("changes.differs") : null)).orElse(Value.empty()));
            }
            table.row(row);
        }
        GroupFigures total = f.total();
        List<Value> footer = new ArrayList<>(List.of(Value.text(messages.get("results.total")),
                table.count(total.found(), total.coverage(), messages, formats),
                table.count(total.remediated(), total.coverage(), messages, formats),
                table.count(total.inProgress(), total.coverage(), messages, formats),
                table.percent(total.rate(), total.coverage(), messages, formats), Value.empty()));
        if (anyChange) {
            footer.add(Value.empty());
        }
        table.footer(footer);
        return table.build();
    }

    private PlannedTable commentTable(OrganizationFigures f, String id) {
        TableBuilder table = new TableBuilder(Routes.download(id + "-comments"), messages.get("results.comments"))
                .column("level", messages.get("results.level"), false)
                .column("target", messages.get("results.target"), false)
                .column("count", messages.get("results.count"), true);
        f.comments().forEach(c -> table.row(List.of(Value.text(c.level()), Value.text(c.target()), count(c.count()))));
        table.footer(List.of(Value.text(messages.get("results.total")), Value.empty(), count(f.commentsTotal())));
        return table.build();
    }

    private PlannedTable ratingTable(OrganizationFigures f, RatingFigures r, String id) {
        String subject = r.subject().key();
        RatingTable.Marks marks = ratingMarks.getOrDefault(rating(f.period(), f.organizationId(), subject),
                RatingTable.Marks.NONE);
        TableBuilder table = RatingTable.levels(Routes.download(id + "-ratings-" + subject),
                messages.get("ratings.title." + subject), r, marks, messages, formats);
        List<Value> total = new ArrayList<>(List.of(Value.text(messages.get("ratings.rated")),
                table.count(r.rated(), false, messages, formats)
                        .flagged(marks.doNotSum() ? messages.get("ratings.do-not-sum") : null), Value.empty()));
        if (r.anyReported()) {
            total.add(Value.empty());
        }
        return table.footer(total).build();
    }

    private Value count(long value) {
        return Value.count(value, formats);
    }

    private Value percent(Optional<Percent> rate) {
        return Value.percent(rate, formats);
    }
}
