package vn.reviewportal.pipeline;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.SourceLines;
import vn.reviewportal.model.Correction;
import vn.reviewportal.model.SiteFile;

/**
 * What a run of the pipeline did: the stage that stopped it, if one did; the diagnostics (with
 * the source lines to quote them); and on success the files of the site and how many pages and
 * charts they hold, every figure of a frozen year that the content now changes, how many pages
 * had to be rendered (the others were unchanged since the previous build), and what the next
 * build may take over.
 */
public record BuildReport(Optional<Stage> stoppedAt, List<Diagnostic> diagnostics, SourceLines sources, List<SiteFile> files,
                          int pages, int charts, List<Correction> corrections, int renderedPages,
                          RenderCache cache, StageTimes times) {

    public BuildReport {
        diagnostics = diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
        files = List.copyOf(files);
        corrections = List.copyOf(corrections);
    }

    public boolean succeeded() {
        return stoppedAt.isEmpty();
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
