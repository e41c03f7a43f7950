package vn.reviewportal.check;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.QualityFinding;

/**
 * What the checks of each article's own text (its Markdown, its figures) found, by the very
 * article object they checked. The preview server hands on an article read unchanged as the same
 * object, so the next check takes its result from here instead of parsing the Markdown again.
 * Immutable.
 */
public final class ArticleChecks {

    public static final ArticleChecks NONE = new ArticleChecks(null, new IdentityHashMap<>());

    /** The findings in one article's text: diagnostics, and figures that differ from the data. */
    record TextCheck(List<Diagnostic> diagnostics, List<QualityFinding> findings) {
        TextCheck {
            diagnostics = List.copyOf(diagnostics);
            findings = List.copyOf(findings);
        }
    }

    /** The figures are read in the site's language, so a result holds for that language only. */
    private final Language language;
    private final Map<Article, TextCheck> byArticle;

    ArticleChecks(Language language, IdentityHashMap<Article, TextCheck> byArticle) {
        this.language = language;
        this.byArticle = Collections.unmodifiableMap(new IdentityHashMap<>(byArticle));
    }

    Optional<TextCheck> of(Article article, Language language) {
        return language == this.language ? Optional.ofNullable(byArticle.get(article)) : Optional.empty();
    }
}
