package vn.reviewportal.check;

import java.util.List;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.QualityFinding;

/**
 * What the checks of one article's own text (its Markdown, its figures) found, and the counts it
 * states for the check against the period data: a function of the article and the site's language
 * only, so the preview server may take it again for an article read unchanged.
 */
public record TextCheck(List<Diagnostic> diagnostics, List<QualityFinding> findings, List<StatedCount> counts) {

    public TextCheck {
        diagnostics = List.copyOf(diagnostics);
        findings = List.copyOf(findings);
        counts = List.copyOf(counts);
    }
}
