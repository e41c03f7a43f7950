package vn.reviewportal.page;

import vn.reviewportal.model.Content;
import vn.reviewportal.model.QualityFinding;

/** A data-quality finding in the site's language: what it concerns, and what is wrong. */
final class FindingText {

    private final Content content;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;

    FindingText(Content content, Messages messages, Formats formats, OrganizationTree organizations) {
        this.content = content;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
    }

    /** What the finding concerns, linked from the page at {@code from}: an article, or a period. */
    Views.Link subject(QualityFinding finding, String from) {
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return new Views.Link(Routes.link(from, Routes.article(a.articleSlug())), a.articleTitle());
        }
        int year = finding instanceof QualityFinding.PercentMismatch m ? m.year()
                : finding instanceof QualityFinding.PercentWithoutCount w ? w.year()
                : finding instanceof QualityFinding.RatingPercentMismatch p ? p.year()
                : finding instanceof QualityFinding.ChildrenDoNotSum c ? c.year()
                : finding instanceof QualityFinding.GrassrootsExceedStructure g ? g.year()
                : finding instanceof QualityFinding.DisciplineFormsDoNotSum d ? d.year()
                : finding instanceof QualityFinding.DisciplinePercentMismatch d ? d.year()
                : ((QualityFinding.RatingsDoNotSum) finding).year();
        return new Views.Link(Routes.link(from, Routes.period(year)), messages.get("period.heading", year));
    }

    /** What is wrong, with the figures that disagree. */
    String describe(QualityFinding finding) {
        if (finding instanceof QualityFinding.PercentMismatch m) {
            return messages.get("quality.percent-mismatch", m.year(), organizations.name(m.organizationId()),
                    groupLabel(m.year(), m.groupId()), formats.percent(m.reported()),
                    formats.ratio(m.remediated(), m.found()), formats.percent(m.computed()));
        }
        if (finding instanceof QualityFinding.RatingPercentMismatch p) {
            return messages.get("quality.rating-percent-mismatch", p.year(), organizations.name(p.organizationId()),
                    messages.get("quality.subject." + p.subject()), levelLabel(p), formats.percent(p.reported()),
                    formats.ratio(p.count(), p.rated()), formats.percent(p.computed()));
        }
        if (finding instanceof QualityFinding.PercentWithoutCount w) {
            return messages.get("quality.percent-without-count", w.year(), organizations.name(w.organizationId()),
                    groupLabel(w.year(), w.groupId()), formats.percent(w.reported()));
        }
        if (finding instanceof QualityFinding.ChildrenDoNotSum c) {
            return messages.get("quality.children-do-not-sum", c.year(), organizations.name(c.organizationId()),
                    messages.get("quality.key." + c.key()), c.subject(), formats.count(c.stated()),
                    formats.count(c.sum()));
        }
        if (finding instanceof QualityFinding.GrassrootsExceedStructure g) {
            return messages.get("quality.grassroots-exceed-structure", g.year(), organizations.name(g.organizationId()),
                    formats.count(g.stated()), formats.count(g.reporting()));
        }
        if (finding instanceof QualityFinding.ArticlePercentMismatch a) {
            return messages.get("quality.article-percent-mismatch", a.text(), formats.percent(a.published()),
                    formats.percent(a.computed()));
        }
        if (finding instanceof QualityFinding.DisciplineFormsDoNotSum d) {
            return messages.get(d.every() ? "quality.discipline-forms-do-not-sum" : "quality.discipline-forms-exceed",
                    d.year(), organizations.name(d.organizationId()), formats.count(d.members()), formats.count(d.sum()));
        }
        if (finding instanceof QualityFinding.DisciplinePercentMismatch d) {
            return messages.get("quality.discipline-percent-mismatch", d.year(), organizations.name(d.organizationId()),
                    formats.percent(d.reported()), formats.ratio(d.disciplined(), d.members()),
                    formats.percent(d.computed()));
        }
        QualityFinding.RatingsDoNotSum r = (QualityFinding.RatingsDoNotSum) finding;
        return messages.get("quality.ratings-do-not-sum", r.year(), organizations.name(r.organizationId()),
                messages.get("quality.subject." + r.subject()), formats.count(r.rated()), formats.count(r.sum()));
    }

    private String levelLabel(QualityFinding.RatingPercentMismatch p) {
        return content.period(p.year()).flatMap(period -> (p.subject().equals("members")
                        ? period.ratingScales().members() : period.ratingScales().organizations()).stream()
                        .filter(l -> l.id().equals(p.levelId())).findFirst())
                .map(l -> l.label()).orElse(p.levelId());
    }

    private String groupLabel(int year, String groupId) {
        return content.period(year).flatMap(p -> p.group(groupId)).map(l -> l.label()).orElse(groupId);
    }
}
