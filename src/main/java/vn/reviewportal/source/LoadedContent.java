package vn.reviewportal.source;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.Content;

/**
 * What the load stage hands on: the content when it could be read, what was wrong, the texts
 * for diagnostics to quote, and a digest of every content file read (recorded in the site and
 * in snapshots).
 */
public record LoadedContent(Optional<Content> content, List<Diagnostic> diagnostics, SourceTexts sources,
                            String digest) {

    public LoadedContent {
        diagnostics = List.copyOf(diagnostics);
    }
}
