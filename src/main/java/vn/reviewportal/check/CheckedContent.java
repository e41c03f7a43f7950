package vn.reviewportal.check;

import java.util.List;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.QualityFinding;

/**
 * The content after validation, with every finding a reader should see.
 */
public record CheckedContent(Content content, List<QualityFinding> findings, List<Diagnostic> diagnostics) {

    public CheckedContent {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
