package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Population;
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
                : finding instanceof QualityFinding.SublevelExceedsLevel x ? x.year()
                : finding instanceof QualityFinding.CumulativeMismatch s ? s.year()
                : finding instanceof QualityFinding.RatingBaseDoesNotAddUp b ? b.year()
                : ((QualityFinding.RatingsDoNotSum) finding).year();
        return new Views.Link(Routes.link(from, Routes.period(year)), messages.get("period.heading", year));
    }

    /** What is wrong, with the figures that disagree. */
    String describe(QualityFinding finding) {
        if (finding instanceof QualityFinding.PercentMismatch m) {
            return messages.get(m.reported().exact() ? "quality.percent-mismatch" : "quality.percent-bound", m.year(), organizations.name(m.organizationId()),
                    groupLabel(m.year(), m.groupId()), formats.percent(m.reported()),
                    formats.ratio(m.remediated(), m.found()), formats.percent(m.computed()));
        }
        if (finding instanceof QualityFinding.RatingPercentMismatch p) {
            return messages.get(p.reported().exact() ? "quality.rating-percent-mismatch" : "quality.rating-percent-bound",
                    p.year(), organizations.name(p.organizationId()), messages.get("quality.subject." + p.subject()),
                    levelLabel(p.year(), p.subject(), p.levelId()), formats.percent(p.reported()),
                    formats.ratio(p.count(), p.base()), formats.percent(p.computed()))
                    + (p.ofTotal() ? " " + messages.get("quality.of-total") : "");
        }
        if (finding instanceof QualityFinding.SublevelExceedsLevel x) {
            return messages.get("quality.sublevel-exceeds-level", x.year(), organizations.name(x.organizationId()),
                    messages.get("quality.subject." + x.subject()), levelLabel(x.year(), x.subject(), x.levelId()),
                    levelLabel(x.year(), x.subject(), x.partOfId()), formats.count(x.count()),
                    formats.count(x.partOfCount()));
        }
        if (finding instanceof QualityFinding.CumulativeMismatch s) {
            String parts = s.parts().stream().map(id -> "“" + levelLabel(s.year(), s.subject(), id) + "”")
                    .collect(Collectors.joining(" + "));
            String subject = messages.get("quality.subject." + s.subject());
            String level = levelLabel(s.year(), s.subject(), s.levelId());
            return s.publishedCount().isPresent()
                    ? messages.get("quality.cumulative-count", s.year(), organizations.name(s.organizationId()), subject,
                            level, formats.count(s.publishedCount().getAsLong()), parts, formats.count(s.sum()))
                    : messages.get("quality.cumulative-percent", s.year(), organizations.name(s.organizationId()),
                            subject, level, formats.percent(s.publishedPercent().orElseThrow()), parts,
                            formats.count(s.sum()), formats.percent(s.computed().orElseThrow()));
        }
        if (finding instanceof QualityFinding.RatingBaseDoesNotAddUp b) {
            List<String> parts = new ArrayList<>();
            b.rated().ifPresent(n -> parts.add(messages.get("quality.base.rated", formats.count(n))));
            b.exempt().ifPresent(n -> parts.add(messages.get("quality.base.exempt", formats.count(n))));
            b.notRated().ifPresent(n -> parts.add(messages.get("quality.base.not-rated", formats.count(n))));
            long sum = b.rated().orElse(0) + b.exempt().orElse(0) + b.notRated().orElse(0);
            return messages.get("quality.rating-base", b.year(), organizations.name(b.organizationId()),
                    messages.get("quality.subject." + b.subject()), formats.count(b.total()), String.join(" + ", parts),
                    formats.count(sum));
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

    private String levelLabel(int year, String subject, String levelId) {
        return content.period(year).flatMap(period -> Stream.of(Population.values())
                        .filter(p -> p.key().equals(subject)).findFirst()
                        .flatMap(p -> period.ratingScales().of(p).stream().filter(l -> l.id().equals(levelId)).findFirst()))
                .map(l -> l.label()).orElse(levelId);
    }

    private String groupLabel(int year, String groupId) {
        return content.period(year).flatMap(p -> p.group(groupId)).map(l -> l.label()).orElse(groupId);
    }
}
