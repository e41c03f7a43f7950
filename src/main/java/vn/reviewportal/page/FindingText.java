package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.QualityFinding;

/** A data-quality finding in the site's language: what it concerns, and what is wrong. */
final class FindingText {

    private final Content content;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;
    private final PeriodNames periods;
    private final ChangeText changes;
    private final CauseText causes;

    FindingText(Content content, Messages messages, Formats formats, OrganizationTree organizations) {
        this.content = content;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.periods = new PeriodNames(messages);
        this.changes = new ChangeText(content, messages, formats, organizations);
        this.causes = new CauseText(messages, formats);
    }

    /**
     * The likely cause of the finding, with its evidence; where the check looked for one and
     * nothing fits, it says so; empty for findings whose cause is what they say.
     */
    String cause(QualityFinding finding) {
        if (finding instanceof QualityFinding.PercentMismatch m) {
            return causes.percent(m.cause(), m.remediated(), m.found(), m.reported(), id -> groupLabel(m.period(), id));
        }
        if (finding instanceof QualityFinding.RatingPercentMismatch p) {
            return causes.percent(p.cause(), p.count(), p.base(), p.reported(), id -> levelLabel(p.period(), p.subject(), id));
        }
        if (finding instanceof QualityFinding.DisciplinePercentMismatch d) {
            return causes.percent(d.cause(), d.disciplined(), d.members(), d.reported(), id -> id);
        }
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return causes.percent(a.cause(), a.computed().part(), a.computed().whole(), a.published(), id -> id);
        }
        if (finding instanceof QualityFinding.RatingsDoNotSum r) {
            return r.typo().map(t -> causes.typo(t, id -> levelLabel(r.period(), r.subject(), id)))
                    .orElse("");
        }
        if (finding instanceof QualityFinding.DisciplineFormsDoNotSum d) {
            return d.typo().map(t -> causes.typo(t, id -> formLabel(d.period(), id)))
                    .orElse(d.every() ? messages.get("quality.cause.no-slip") : "");
        }
        if (finding instanceof QualityFinding.ArticleContradictsData a) {
            return a.typo().map(t -> messages.get("quality.cause.article-typo", formats.count(t.written()),
                    formats.count(t.fits()))).orElse("");
        }
        if (finding instanceof QualityFinding.ChildrenDoNotSum c) {
            return c.typo().map(t -> causes.typo(t, id -> id)).orElse("");
        }
        return "";
    }

    /** What the finding concerns, linked from the page at {@code from}: an article, or a period. */
    Views.Link subject(QualityFinding finding, String from) {
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return new Views.Link(Routes.link(from, Routes.article(a.articleSlug())), a.articleTitle());
        }
        if (finding instanceof QualityFinding.ArticleContradictsData a) {
            return new Views.Link(Routes.link(from, Routes.article(a.articleSlug())), a.articleTitle());
        }
        PeriodSpan period = finding instanceof QualityFinding.PercentMismatch m ? m.period()
                : finding instanceof QualityFinding.PercentWithoutCount w ? w.period()
                : finding instanceof QualityFinding.RatingPercentMismatch p ? p.period()
                : finding instanceof QualityFinding.ChildrenDoNotSum c ? c.period()
                : finding instanceof QualityFinding.GrassrootsExceedStructure g ? g.period()
                : finding instanceof QualityFinding.DisciplineFormsDoNotSum d ? d.period()
                : finding instanceof QualityFinding.DisciplinePercentMismatch d ? d.period()
                : finding instanceof QualityFinding.SublevelExceedsLevel x ? x.period()
                : finding instanceof QualityFinding.CumulativeMismatch s ? s.period()
                : finding instanceof QualityFinding.RatingBaseDoesNotAddUp b ? b.period()
                : finding instanceof QualityFinding.ChangeMismatch x ? x.period()
                : ((QualityFinding.RatingsDoNotSum) finding).period();
        return new Views.Link(Routes.link(from, Routes.period(period)), periods.heading(period));
    }

    /** What is wrong, with the figures that disagree. */
    String describe(QualityFinding finding) {
        if (finding instanceof QualityFinding.PercentMismatch m) {
            return messages.get(m.reported().exact() ? "quality.percent-mismatch" : "quality.percent-bound", periods.heading(m.period()), organizations.name(m.organizationId()),
                    groupLabel(m.period(), m.groupId()), formats.percent(m.reported()),
                    formats.ratio(m.remediated(), m.found()), formats.percent(m.computed()));
        }
        if (finding instanceof QualityFinding.RatingPercentMismatch p) {
            return messages.get(p.reported().exact() ? "quality.rating-percent-mismatch" : "quality.rating-percent-bound",
                    periods.heading(p.period()), organizations.name(p.organizationId()), messages.get("quality.subject." + p.subject()),
                    levelLabel(p.period(), p.subject(), p.levelId()), formats.percent(p.reported()),
                    formats.ratio(p.count(), p.base()), formats.percent(p.computed()))
                    + (p.ofTotal() ? " " + messages.get("quality.of-total") : "");
        }
        if (finding instanceof QualityFinding.SublevelExceedsLevel x) {
            return messages.get("quality.sublevel-exceeds-level", periods.heading(x.period()), organizations.name(x.organizationId()),
                    messages.get("quality.subject." + x.subject()), levelLabel(x.period(), x.subject(), x.levelId()),
                    levelLabel(x.period(), x.subject(), x.partOfId()), formats.count(x.count()),
                    formats.count(x.partOfCount()));
        }
        if (finding instanceof QualityFinding.CumulativeMismatch s) {
            String parts = s.parts().stream().map(id -> "“" + levelLabel(s.period(), s.subject(), id) + "”")
                    .collect(Collectors.joining(" + "));
            String subject = messages.get("quality.subject." + s.subject());
            String level = levelLabel(s.period(), s.subject(), s.levelId());
            return s.publishedCount().isPresent()
                    ? messages.get("quality.cumulative-count", periods.heading(s.period()), organizations.name(s.organizationId()), subject,
                            level, formats.count(s.publishedCount().getAsLong()), parts, formats.count(s.sum()))
                    : messages.get("quality.cumulative-percent", periods.heading(s.period()), organizations.name(s.organizationId()),
                            subject, level, formats.percent(s.publishedPercent().orElseThrow()), parts,
                            formats.count(s.sum()), formats.percent(s.computed().orElseThrow()));
        }
        if (finding instanceof QualityFinding.RatingBaseDoesNotAddUp b) {
            List<String> parts = new ArrayList<>();
            b.rated().ifPresent(n -> parts.add(messages.get("quality.base.rated", formats.count(n))));
            b.exempt().ifPresent(n -> parts.add(messages.get("quality.base.exempt", formats.count(n))));
            b.notRated().ifPresent(n -> parts.add(messages.get("quality.base.not-rated", formats.count(n))));
            long sum = b.rated().orElse(0) + b.exempt().orElse(0) + b.notRated().orElse(0);
            return messages.get("quality.rating-base", periods.heading(b.period()), organizations.name(b.organizationId()),
                    messages.get("quality.subject." + b.subject()), formats.count(b.total()), String.join(" + ", parts),
                    formats.count(sum));
        }
        if (finding instanceof QualityFinding.PercentWithoutCount w) {
            return messages.get("quality.percent-without-count", periods.heading(w.period()), organizations.name(w.organizationId()),
                    groupLabel(w.period(), w.groupId()), formats.percent(w.reported()));
        }
        if (finding instanceof QualityFinding.ChildrenDoNotSum c) {
            return messages.get("quality.children-do-not-sum", periods.heading(c.period()), organizations.name(c.organizationId()),
                    messages.get("quality.key." + c.key()), c.subject(), formats.count(c.stated()),
                    formats.count(c.sum()));
        }
        if (finding instanceof QualityFinding.GrassrootsExceedStructure g) {
            return messages.get("quality.grassroots-exceed-structure", periods.heading(g.period()), organizations.name(g.organizationId()),
                    formats.count(g.stated()), formats.count(g.reporting()));
        }
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return messages.get("quality.article-percent-mismatch", a.text(), formats.percent(a.published()),
                    formats.percent(a.computed()));
        }
        if (finding instanceof QualityFinding.ArticleContradictsData a) {
            return messages.get("quality.article-contradicts-data", a.text(), periods.heading(a.period()),
                    organizations.name(a.organizationId()), messages.get("quality.figure." + a.figure()),
                    formats.count(a.written()), formats.count(a.data()));
        }
        if (finding instanceof QualityFinding.DisciplineFormsDoNotSum d) {
            return messages.get(d.every() ? "quality.discipline-forms-do-not-sum" : "quality.discipline-forms-exceed",
                    periods.heading(d.period()), organizations.name(d.organizationId()), formats.count(d.members()), formats.count(d.sum()));
        }
        if (finding instanceof QualityFinding.DisciplinePercentMismatch d) {
            return messages.get("quality.discipline-percent-mismatch", periods.heading(d.period()), organizations.name(d.organizationId()),
                    formats.percent(d.reported()), formats.ratio(d.disciplined(), d.members()),
                    formats.percent(d.computed()));
        }
        if (finding instanceof QualityFinding.ChangeMismatch x) {
            return changes.mismatch(x);
        }
        QualityFinding.RatingsDoNotSum r = (QualityFinding.RatingsDoNotSum) finding;
        return messages.get("quality.ratings-do-not-sum", periods.heading(r.period()), organizations.name(r.organizationId()),
                messages.get("quality.subject." + r.subject()), formats.count(r.rated()), formats.count(r.sum()));
    }

    private String levelLabel(PeriodSpan period, String subject, String levelId) {
        return content.period(period).flatMap(p -> Stream.of(Population.values())
                        .filter(x -> x.key().equals(subject)).findFirst()
                        .flatMap(x -> p.ratingScales().of(x).stream().filter(l -> l.id().equals(levelId)).findFirst()))
                .map(l -> l.label()).orElse(levelId);
    }

    private String formLabel(PeriodSpan period, String formId) {
        return content.period(period).flatMap(p -> p.disciplineForms().forms().stream()
                        .filter(f -> f.id().equals(formId)).findFirst())
                .map(f -> f.label(content.site().language())).orElse(formId);
    }

    private String groupLabel(PeriodSpan period, String groupId) {
        return content.period(period).flatMap(p -> p.group(groupId)).map(l -> l.label()).orElse(groupId);
    }
}
