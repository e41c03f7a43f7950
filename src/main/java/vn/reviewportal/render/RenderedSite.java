package vn.reviewportal.render;

import java.util.List;
import java.util.Map;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.SiteFile;

/**
 * The pages and assets rendered from the plan, or the template errors that stopped them.
 *
 * @param files         the pages and assets, when they were kept; none when they were handed on
 *                      to the output as they were made
 * @param templateLines the text of templates named by diagnostics, so they can be quoted
 */
public record RenderedSite(List<SiteFile> files, List<Diagnostic> diagnostics, Map<String, List<String>> templateLines) {

    public RenderedSite {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        templateLines = Map.copyOf(templateLines);
    }
}
