package vn.reviewportal.source;

import java.util.Optional;
import vn.reviewportal.model.Article;

/**
 * What reading one article file gave: what the reading found (its diagnostics, the text for
 * them to quote, its share of the content digest), and the article when it could be read.
 */
public record ArticleRead(FileRead file, Optional<Article> article) {
}
