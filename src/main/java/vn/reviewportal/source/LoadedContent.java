package vn.reviewportal.source;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.Content;

/**
 * What the load stage hands on: the content when it could be read, what was wrong, a digest
 * of every content file read (recorded in the site and in snapshots), and the articles as read,
 * for the next load to take where their files did not change.
 */
public record LoadedContent(Optional<Content> content, List<Diagnostic> diagnostics, SourceTexts sources,
                            String digest, ContentLoader.ArticleReads articles) {

    public LoadedContent {
        diagnostics = List.copyOf(diagnostics);
    }
}
