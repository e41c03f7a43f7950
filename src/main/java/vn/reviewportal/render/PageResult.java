package vn.reviewportal.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.PagePlan;

/**
 * One page rendered from its plan: the file, or the template errors that stopped it, with the
 * text of the templates they name (to quote them). A function of the plan and the templates.
 */
public record PageResult(PagePlan page, Optional<SiteFile> file, List<Diagnostic> diagnostics,
                         Map<String, List<String>> templateLines) {

    public PageResult {
        diagnostics = List.copyOf(diagnostics);
        templateLines = Map.copyOf(templateLines);
    }

    /** Whether the page was made without a problem, so that the next build may take it as it is. */
    public boolean clean() {
        return file.isPresent() && diagnostics.isEmpty();
    }
}
