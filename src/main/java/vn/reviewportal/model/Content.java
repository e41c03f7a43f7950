package vn.reviewportal.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from the content directory. Periods are in their order ({@link PeriodSpan}) and articles newest
 * first, so that every later stage sees one stable order. {@code levels} are those an
 * organization's kind may name.
 */
public record Content(SiteConfig site, Levels levels, List<Organization> organizations, List<Period> periods,
                      List<Article> articles) {

    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date().toInstant()).reversed()
            .thenComparing(Article::slug);

    public Content {
        organizations = List.copyOf(organizations);
        periods = periods.stream().sorted(Comparator.comparing(Period::span)).toList();
        articles = articles.stream().sorted(NEWEST_FIRST).toList();
    }

    public Optional<Organization> organization(String id) {
        return organizations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Period> period(PeriodSpan span) {
        return periods.stream().filter(p -> p.span().equals(span)).findFirst();
    }

    /** The latest period before {@code span} of the same kind: the one a change is "since". */
    public Optional<Period> previous(PeriodSpan span) {
        return periods.stream().filter(p -> p.span().sameKind(span) && p.span().compareTo(span) < 0)
                .reduce((a, b) -> b);
    }
}
