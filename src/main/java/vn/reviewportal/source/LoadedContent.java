package vn.reviewportal.source;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.Content;

/** What the load stage hands on: the content when it could be read, and what was wrong. */
public record LoadedContent(Optional<Content> content, List<Diagnostic> diagnostics, SourceTexts sources) {

    public LoadedContent {
        diagnostics = List.copyOf(diagnostics);
    }
}
