package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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
import vn.reviewportal.stats.OrganizationFigures.DisciplineFigures;
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
    /**
     * The discipline and published changes the check found wrong, as {@link #flag} keys: gathered
     * once, not looked for among every finding for each organization's tables.
     */
    private final Set<String> flagged;
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
        this.flagged = flagged(findings);
        this.ratingMarks = ratingMarks(findings);
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.charts = charts;
        this.narrative = new Narrative(messages, formats);
        this.changes = new ChangeText(content, messages, formats, organizations);
    }

    /** The figures as every page that shows them has them: headline figures, narrative, notes, tables and charts. */
    PlannedResults plan(OrganizationFigures f) {
        return plan(f, true);
    }

    /**
     * The tables only, without the headline figures, the narrative, the notes and the charts:
     * the rows of the period files of an organization whose page shows the period as a row of
     * its table of every period (a province's nine earlier years of thousands of organizations).
     */
    PlannedResults tables(OrganizationFigures f) {
        return plan(f, false);
    }

    private PlannedResults plan(OrganizationFigures f, boolean shown) {
        Period period = content.period(f.period()).orElseThrow();
        String id = f.period().id() + "/" + f.organizationId();
        String name = organizations.name(f.organizationId());
        PlannedTable groups = null;
        // Below the root, figures are shown on their organization's page only: its charts are drawn
        // inside it, with no file per organization and period (a province has thousands of them).
        UnaryOperator<PlannedChart> drawn = content.site().root().equals(f.organizationId()) ? c -> c
                : PlannedChart::drawnInPage;
        List<PlannedChart> groupCharts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!f.groups().isEmpty()) {
            groups = groupTable(f, id);
        }
        if (!f.groups().isEmpty() && shown) {
            groupCharts.add(drawn.apply(charts.rate(f)));
            groupCharts.add(drawn.apply(charts.progress(f)));
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
            if (shown) {
                tableCharts.add(drawn.apply(charts.comments(f)));
            }
        }
        PlannedTable discipline = f.discipline().filter(DisciplineFigures::anyForm)
                .map(d -> disciplineTable(f, d, id)).orElse(null);
        List<PlannedTable> ratings = new ArrayList<>();
        for (RatingFigures r : f.ratings()) {
            ratings.add(ratingTable(f, r, id));
            if (shown) {
                tableCharts.add(drawn.apply(charts.ratings(f, r)));
            }
        }
        String basis = shown && f.basis() == OrganizationFigures.Basis.ROLLED_UP ? narrative.coverage("results", f) : "";
        String about = "";
        if (shown) {
            long openFindings = findings.stream().filter(x -> concerns(x, f)).count();
            about = narrative.about(name, f, previous(f), openFindings);
        }
        return new PlannedResults(f.period(), f.organizationId(), name, new PeriodNames(messages).heading(f.period()),
                period.title(), f.source(), basis, about, shown ? figures(f) : List.of(),
                groups, groupCharts, notes, comments, ratings, tableCharts, discipline,
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
        f.discipline().ifPresent(d -> figures.addAll(disciplineFigures(f, d)));
        // Shown only when given: an unknown count is never 0.
        f.structure().grassrootsOrganizations().ifPresent(n -> figures.add(new Views.Figure(formats.count(n),
                messages.get("figure.grassroots"))));
        f.structure().cells().ifPresent(n -> figures.add(new Views.Figure(formats.count(n), messages.get("figure.cells"))));
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
     * The members disciplined (with the committee members among them), the organizations
     * disciplined, and the share of members disciplined: computed where the members in all are
     * known, beside the published one. Each only where the source gives it; a partial sum is marked.
     */
    private List<Views.Figure> disciplineFigures(OrganizationFigures f, DisciplineFigures d) {
        List<Views.Figure> figures = new ArrayList<>();
        Optional<String> committee = d.committeeMembers().value().isPresent()
                ? Optional.of(count(d.committeeMembers())) : Optional.empty();
        if (d.members().known()) {
            figures.add(new Views.Figure(count(d.members()), committee
                    .map(c -> messages.get("figure.discipline-committee", c))
                    .orElse(messages.get("figure.discipline"))));
        } else {
            committee.ifPresent(c -> figures.add(new Views.Figure(c, messages.get("figure.discipline-committee-only"))));
        }
        if (d.organizations().known()) {
            figures.add(new Views.Figure(count(d.organizations()), messages.get("figure.discipline-organizations")));
        }
        OrganizationFigures.MemberFigures all = f.members();
        // Computed only from whole figures: two sums over different subordinates give no share.
        Optional<Percent> share = d.members().known() && all.total().isPresent() && !d.members().partial()
                && !all.totalPartial() ? Percent.of(d.members().value().getAsLong(), all.total().getAsLong())
                : Optional.empty();
        if (d.reported().isPresent()) {
            String published = formats.percent(d.reported().get());
            boolean mismatch = flagged.contains(flag(f.period(), f.organizationId(), DISCIPLINE_PERCENT));
            figures.add(new Views.Figure(share.map(formats::percent).orElse(TableBuilder.UNKNOWN),
                    share.isPresent()
                            ? messages.get(mismatch ? "figure.discipline-share-differs" : "figure.discipline-share-published",
                                    published)
                            : messages.get("figure.discipline-share-unchecked", published)));
        } else {
            share.ifPresent(p -> figures.add(new Views.Figure(formats.percent(p),
                    messages.get("figure.discipline-share"))));
        }
        return figures;
    }

    private String count(OrganizationFigures.Count count) {
        return formats.count(count.value().orElseThrow()) + (count.partial() ? TableBuilder.PARTIAL : "");
    }

    /**
     * The members disciplined by form: every form of the period, a dash where the source does not
     * give it, with its share of the members disciplined where that total is known.
     */
    private PlannedTable disciplineTable(OrganizationFigures f, DisciplineFigures d, String id) {
        TableBuilder table = new TableBuilder(Routes.download(id + "-discipline"), messages.get("results.discipline"))
                .column("form", messages.get("discipline.form"), false)
                .column("members", messages.get("discipline.members"), true)
                .column("share_percent", messages.get("discipline.share"), true);
        OrganizationFigures.Count members = d.members();
        for (DisciplineFigures.Form form : d.forms()) {
            OrganizationFigures.Count c = form.count();
            // A share of two sums over different subordinates would mean nothing (it can pass 100 %): none then.
            Optional<Percent> share = c.known() && members.known() && !c.partial() && !members.partial()
                    ? Percent.of(c.value().getAsLong(), members.value().getAsLong()) : Optional.empty();
            table.row(List.of(Value.text(form.label()), table.count(c.value(), c.partial(), messages, formats),
                    Value.percent(share, formats)));
        }
        boolean doNotSum = flagged.contains(flag(f.period(), f.organizationId(), DISCIPLINE_FORMS));
        table.footer(List.of(Value.text(messages.get("discipline.total")),
                table.count(members.value(), members.partial(), messages, formats)
                        .flagged(doNotSum ? messages.get("discipline.do-not-sum") : null), Value.empty()));
        if (!members.known() && d.everyForm()) {
            // Not taken as the members disciplined: the source does not say it, and one member may be disciplined twice.
            table.note(messages.get("discipline.forms-total", formats.count(d.formsTotal().value().getAsLong())));
        }
        return table.build();
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
        Map<String, Set<String>> exceedLevel = new HashMap<>();
        Map<String, Set<String>> sumCount = new HashMap<>();
        Map<String, Set<String>> sumPercent = new HashMap<>();
        Set<String> base = new HashSet<>();
        for (QualityFinding finding : findings) {
            if (finding instanceof QualityFinding.SublevelExceedsLevel x) {
                exceedLevel.computeIfAbsent(rating(x.period(), x.organizationId(), x.subject()), k -> new HashSet<>())
                        .add(x.levelId());
            } else if (finding instanceof QualityFinding.CumulativeMismatch c) {
                (c.publishedCount().isPresent() ? sumCount : sumPercent)
                        .computeIfAbsent(rating(c.period(), c.organizationId(), c.subject()), k -> new HashSet<>())
                        .add(c.levelId());
            } else if (finding instanceof QualityFinding.RatingBaseDoesNotAddUp b) {
                base.add(rating(b.period(), b.organizationId(), b.subject()));
            }
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
        keys.addAll(exceedLevel.keySet());
        keys.addAll(sumCount.keySet());
        keys.addAll(sumPercent.keySet());
        keys.addAll(base);
        Map<String, RatingTable.Marks> marks = new HashMap<>();
        for (String key : keys) {
            marks.put(key, new RatingTable.Marks(doNotSum.containsKey(key), overRated.getOrDefault(key, Set.of()),
                    mismatched.getOrDefault(key, Set.of()), exceedLevel.getOrDefault(key, Set.of()),
                    sumCount.getOrDefault(key, Set.of()), sumPercent.getOrDefault(key, Set.of()), base.contains(key)));
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
        if (finding instanceof QualityFinding.DisciplineFormsDoNotSum d) {
            return d.period().equals(f.period()) && d.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.DisciplinePercentMismatch d) {
            return d.period().equals(f.period()) && d.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.SublevelExceedsLevel x) {
            return x.period().equals(f.period()) && x.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.CumulativeMismatch c) {
            return c.period().equals(f.period()) && c.organizationId().equals(f.organizationId());
        }
        if (finding instanceof QualityFinding.RatingBaseDoesNotAddUp b) {
            return b.period().equals(f.period()) && b.organizationId().equals(f.organizationId());
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
        return flagged.contains(flag(f.period(), f.organizationId(), CHANGE + figure));
    }

    /** What a {@link #flag} key names after the organization; a change adds the figure it names. */
    private static final String DISCIPLINE_PERCENT = "discipline-percent";
    private static final String DISCIPLINE_FORMS = "discipline-forms";
    private static final String CHANGE = "change:";

    private static String flag(PeriodSpan period, String organizationId, String what) {
        return period.id() + "/" + organizationId + "/" + what;
    }

    private static Set<String> flagged(List<QualityFinding> findings) {
        Set<String> flagged = new HashSet<>();
        for (QualityFinding finding : findings) {
            if (finding instanceof QualityFinding.DisciplinePercentMismatch m) {
                flagged.add(flag(m.period(), m.organizationId(), DISCIPLINE_PERCENT));
            } else if (finding instanceof QualityFinding.DisciplineFormsDoNotSum d) {
                flagged.add(flag(d.period(), d.organizationId(), DISCIPLINE_FORMS));
            } else if (finding instanceof QualityFinding.ChangeMismatch c) {
                flagged.add(flag(c.period(), c.organizationId(), CHANGE + c.change().figure()));
            }
        }
        return flagged;
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
