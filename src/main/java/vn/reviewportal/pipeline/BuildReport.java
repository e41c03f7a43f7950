package vn.reviewportal.pipeline;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Severity;
import vn.reviewportal.diag.SourceLines;
import vn.reviewportal.incremental.BuildMemory;
import vn.reviewportal.model.Correction;
import vn.reviewportal.model.SiteFile;

/**
 * What a run of the pipeline did: the stage that stopped it, if one did; the diagnostics (with
 * the source lines to quote them); how long each stage took; and on success, the site it built.
 */
public record BuildReport(Optional<Stage> stoppedAt, List<Diagnostic> diagnostics, SourceLines sources,
                          StageTimes times, Optional<Built> built) {

    /**
     * The site of a successful build.
     *
     * @param files         the site's files when it was kept in memory; none when it was written
     * @param pages         how many pages the site has
     * @param charts        how many charts
     * @param corrections   every figure of a frozen year that the content now changes
     * @param renderedPages how many pages had to be rendered (the others were unchanged since the previous build)
     * @param memory        what the next build may take again
     */
    public record Built(List<SiteFile> files, int pages, int charts, List<Correction> corrections,
                        int renderedPages, BuildMemory memory) {
        public Built {
            files = List.copyOf(files);
            corrections = List.copyOf(corrections);
        }
    }

    public BuildReport {
        diagnostics = diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
        if (stoppedAt.isPresent() == built.isPresent()) {
            throw new IllegalArgumentException("a build either stops at a stage or builds a site");
        }
    }

    static BuildReport failed(Stage stage, List<Diagnostic> diagnostics, SourceLines sources, StageTimes times) {
        return new BuildReport(Optional.of(stage), diagnostics, sources, times, Optional.empty());
    }

    static BuildReport succeeded(List<Diagnostic> diagnostics, SourceLines sources, StageTimes times, Built built) {
        return new BuildReport(Optional.empty(), diagnostics, sources, times, Optional.of(built));
    }

    public boolean succeeded() {
        return stoppedAt.isEmpty();
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    /** Findings less than a warning: a share truncated, or nudged to add up to 100. */
    public long notes() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.NOTE).count();
    }

    /** The site's files when it was kept in memory; none when it was written, or the build failed. */
    public List<SiteFile> files() {
        return built.map(Built::files).orElse(List.of());
    }

    public int pages() {
        return built.map(Built::pages).orElse(0);
    }

    public int charts() {
        return built.map(Built::charts).orElse(0);
    }

    public List<Correction> corrections() {
        return built.map(Built::corrections).orElse(List.of());
    }

    public int renderedPages() {
        return built.map(Built::renderedPages).orElse(0);
    }

    /** What the next build may take again: nothing after a failed build. */
    public BuildMemory memory() {
        return built.map(Built::memory).orElse(BuildMemory.NONE);
    }
}
