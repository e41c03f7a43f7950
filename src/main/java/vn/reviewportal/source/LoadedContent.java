package vn.reviewportal.source;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.model.Content;

/**
 * What the load stage hands on: the content when it could be read, what was wrong, the texts
 * for diagnostics to quote, a digest of every content file read (recorded in the site and
 * in snapshots), and the content folder's names: the one its positions start with and its own,
 * which the site shows instead.
 */
public record LoadedContent(Optional<Content> content, List<Diagnostic> diagnostics, SourceTexts sources,
                            String digest, FolderNames folder) {

    public LoadedContent {
        diagnostics = List.copyOf(diagnostics);
    }
}
