package vn.reviewportal.page;

import vn.reviewportal.model.Content;
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

    FindingText(Content content, Messages messages, Formats formats, OrganizationTree organizations) {
        this.content = content;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.periods = new PeriodNames(messages);
        this.changes = new ChangeText(content, messages, formats, organizations);
    }

    /** What the finding concerns, linked from the page at {@code from}: an article, or a period. */
    Views.Link subject(QualityFinding finding, String from) {
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return new Views.Link(Routes.link(from, Routes.article(a.articleSlug())), a.articleTitle());
        }
        PeriodSpan period = finding instanceof QualityFinding.PercentMismatch m ? m.period()
                : finding instanceof QualityFinding.PercentWithoutCount w ? w.period()
                : finding instanceof QualityFinding.RatingPercentMismatch p ? p.period()
                : finding instanceof QualityFinding.ChildrenDoNotSum c ? c.period()
                : finding instanceof QualityFinding.ChangeMismatch x ? x.period()
                : ((QualityFinding.RatingsDoNotSum) finding).period();
        return new Views.Link(Routes.link(from, Routes.period(period)), periods.heading(period));
    }

    /** What is wrong, with the figures that disagree. */
    String describe(QualityFinding finding) {
        if (finding instanceof QualityFinding.PercentMismatch m) {
            return messages.get("quality.percent-mismatch", periods.heading(m.period()), organizations.name(m.organizationId()),
                    groupLabel(m.period(), m.groupId()), formats.percent(m.reported()),
                    formats.ratio(m.remediated(), m.found()), formats.percent(m.computed()));
        }
        if (finding instanceof QualityFinding.RatingPercentMismatch p) {
            return messages.get("quality.rating-percent-mismatch", periods.heading(p.period()), organizations.name(p.organizationId()),
                    messages.get("quality.subject." + p.subject()), levelLabel(p), formats.percent(p.reported()),
                    formats.ratio(p.count(), p.rated()), formats.percent(p.computed()));
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
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return messages.get("quality.article-percent-mismatch", a.text(), formats.percent(a.published()),
                    formats.percent(a.computed()));
        }
        if (finding instanceof QualityFinding.ChangeMismatch x) {
            return changes.mismatch(x);
        }
        QualityFinding.RatingsDoNotSum r = (QualityFinding.RatingsDoNotSum) finding;
        return messages.get("quality.ratings-do-not-sum", periods.heading(r.period()), organizations.name(r.organizationId()),
                messages.get("quality.subject." + r.subject()), formats.count(r.rated()), formats.count(r.sum()));
    }

    private String levelLabel(QualityFinding.RatingPercentMismatch p) {
        return content.period(p.period()).flatMap(period -> (p.subject().equals("members")
                        ? period.ratingScales().members() : period.ratingScales().organizations()).stream()
                        .filter(l -> l.id().equals(p.levelId())).findFirst())
                .map(l -> l.label()).orElse(p.levelId());
    }

    private String groupLabel(PeriodSpan period, String groupId) {
        return content.period(period).flatMap(p -> p.group(groupId)).map(l -> l.label()).orElse(groupId);
    }
}
