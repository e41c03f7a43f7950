package vn.reviewportal.check;

import java.util.List;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.QualityFinding;

/**
 * The content after validation, with every finding a reader should see, and what was found in
 * each article's text, for the next check of an edited content to take again.
 */
public record CheckedContent(Content content, List<QualityFinding> findings, List<Diagnostic> diagnostics,
                             ArticleChecks articles) {

    public CheckedContent {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
