package vn.reviewportal.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import vn.reviewportal.archive.Archive;
import vn.reviewportal.archive.Manifest;
import vn.reviewportal.archive.Snapshot;
import vn.reviewportal.chart.ChartRenderer;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.diag.SourceLines;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.output.PublishedSite;
import vn.reviewportal.output.SiteOutput;
import vn.reviewportal.output.SiteWriter;
import vn.reviewportal.page.SitePlan;
import vn.reviewportal.page.ChartPlan;
import vn.reviewportal.page.DownloadPlan;
import vn.reviewportal.page.FrozenTable;
import vn.reviewportal.page.FrozenYear;
import vn.reviewportal.page.SitePlanner;
import vn.reviewportal.page.SnapshotSummary;
import vn.reviewportal.render.DownloadRenderer;
import vn.reviewportal.render.PageRenderer;
import vn.reviewportal.render.RenderedPage;
import vn.reviewportal.render.RenderedSite;
import vn.reviewportal.render.SearchIndexRenderer;
import vn.reviewportal.render.TemplateFiles;
import vn.reviewportal.source.ContentLoader;
import vn.reviewportal.source.LoadedContent;
import vn.reviewportal.stats.Statistics;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * The whole build in one place: load → check → compute → plan → render pages and charts →
 * write. Each stage is a function of the previous stage's immutable result and is timed.
 * {@code check} runs the same pipeline without an output folder and so stops before writing.
 */
public final class Pipeline {

    private final BuildOptions options;

    public Pipeline(BuildOptions options) {
        this.options = options;
    }

    public BuildReport run() {
        return run(RenderCache.EMPTY);
    }

    /** Builds, taking from {@code previous} whatever it rendered from an equal plan. */
    public BuildReport run(RenderCache previous) {
        StageTimes times = new StageTimes();
        LoadedContent loaded = times.time("load",
                () -> new ContentLoader(options.contentDir(), options.contentDisplay()).load(previous.articles()));
        Snapshots snapshots = times.time("load", this::snapshots);
        TemplateFiles templates = times.time("load", () -> TemplateFiles.read(options.templatesDir(),
                options.templatesDisplay()));
        if (loaded.content().isEmpty() || !snapshots.problems().isEmpty() || !templates.diagnostics().isEmpty()) {
            return failed(Stage.LOAD, concat(concat(loaded.diagnostics(), snapshots.problems()), templates.diagnostics()),
                    loaded.sources(), times);
        }
        CheckedContent checked = times.time("check", () -> ContentChecker.check(loaded.content().get(),
                previous.articleChecks()));
        List<Diagnostic> diagnostics = concat(loaded.diagnostics(), checked.diagnostics());
        diagnostics = concat(diagnostics, options.outputDir().flatMap(PublishedSite::read)
                .map(published -> SiteLosses.of(loaded.content().get(), published, options)).orElse(List.of()));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return failed(Stage.CHECK, diagnostics, loaded.sources(), times);
        }
        Content content = checked.content();
        Statistics statistics = times.time("stats", () -> StatisticsCalculator.compute(content));
        diagnostics = concat(diagnostics, statistics.diagnostics());
        List<QualityFinding> findings = new ArrayList<>(checked.findings());
        findings.addAll(statistics.findings());
        SitePlan plan = times.time("plan", () -> SitePlanner.plan(content, findings, statistics, Version.generator(),
                snapshots.frozen()));
        Map<String, RenderedPage> reusable = templates.digest().equals(previous.templatesDigest())
                ? previous.pages() : Map.of();
        PageRenderer renderer = new PageRenderer(options.templatesDir(), options.templatesDisplay(), templates,
                content.site().language());
        ChartCache chartCache = new ChartCache(options.outputDir());
        // From here on every file goes to the output as soon as it is made: into the staging
        // folder beside the site when there is an output folder, else kept in memory.
        try (SiteOutput output = options.outputDir().isPresent()
                ? SiteOutput.staged(new SiteWriter(options.outputDir().get())) : SiteOutput.inMemory(previous.links())) {
            RenderedSite rendered = times.time("render",
                    () -> renderer.render(plan, reusable, output::add, output.keepsFiles()));
            SourceLines sources = withTemplates(loaded.sources(), rendered.templateLines());
            diagnostics = concat(diagnostics, rendered.diagnostics());
            if (!rendered.diagnostics().isEmpty()) {
                return failed(Stage.RENDER, diagnostics, sources, times);
            }
            ChartRenderer chartRenderer = new ChartRenderer();
            Map<ChartPlan, SiteFile> charts = times.time("charts", () -> renderAll(plan.charts(), previous.charts(),
                    chart -> chartCache.chart(chart, chartRenderer::render), List::of, output));
            DownloadRenderer downloadRenderer = new DownloadRenderer();
            Map<DownloadPlan, List<SiteFile>> downloads = times.time("downloads", () -> renderAll(plan.downloads(),
                    previous.downloads(), downloadRenderer::render, files -> files, output));
            times.run("search", () -> output.add(List.of(new SearchIndexRenderer().render(plan.search()))));
            output.add(snapshots.files());
            output.add(List.of(buildInfo(loaded.digest(), content)));
            List<Diagnostic> brokenLinks = times.time("links", output::brokenLinks);
            if (!brokenLinks.isEmpty()) {
                return failed(Stage.RENDER, concat(diagnostics, brokenLinks), sources, times);
            }
            times.run("write", () -> {
                try {
                    output.commit();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (options.outputDir().isPresent()) {
                chartCache.dropUnused();
            }
            RenderCache cache = output.keepsFiles()
                    ? new RenderCache(templates.digest(), rendered.byPath(), charts, downloads, loaded.articles(),
                            checked.articles(), output.links()) : RenderCache.EMPTY;
            return new BuildReport(Optional.empty(), diagnostics, loaded.sources(), output.files(), plan.pages().size(),
                    plan.charts().size(), plan.corrections(), rendered.renderedPages(), cache, times);
        } catch (IOException | java.io.UncheckedIOException e) {
            String reason = e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            Diagnostic writeError = Diagnostic.error(Code.OUTPUT_FAILED, Position.wholeFile(options.outputDisplay()),
                    "the site could not be written: " + reason,
                    "the previous site, if any, is unchanged; check the folder and free disk space");
            return failed(Stage.WRITE, concat(diagnostics, List.of(writeError)), loaded.sources(), times);
        }
    }

    /** Plans rendered together: their files go to the output before the next ones are made. */
    private static final int CHUNK = 256;

    /**
     * Renders each plan that {@code previous} does not already hold, on all cores, chunk by chunk
     * in the plans' order (so the result does not depend on the number of cores), and hands the
     * files to the output. Returns each plan's result when the output keeps its files, for the
     * next build to reuse; otherwise nothing is held.
     */
    private static <P, F> Map<P, F> renderAll(List<P> plans, Map<P, F> previous, java.util.function.Function<P, F> render,
                                              java.util.function.Function<F, List<SiteFile>> filesOf, SiteOutput output) {
        Map<P, F> rendered = new java.util.LinkedHashMap<>();
        for (int start = 0; start < plans.size(); start += CHUNK) {
            List<P> chunk = plans.subList(start, Math.min(plans.size(), start + CHUNK));
            List<F> results = chunk.parallelStream().map(plan -> {
                F reused = previous.get(plan);
                return reused != null ? reused : render.apply(plan);
            }).toList();
            output.add(results.stream().flatMap(result -> filesOf.apply(result).stream()).toList());
            if (output.keepsFiles()) {
                for (int i = 0; i < chunk.size(); i++) {
                    rendered.put(chunk.get(i), results.get(i));
                }
            }
        }
        return rendered;
    }

    /**
     * The frozen snapshots to copy into the site byte for byte, with what the planner needs of
     * each, or every reason they cannot be.
     */
    private record Snapshots(List<FrozenYear> frozen, List<SiteFile> files, List<Diagnostic> problems) {
    }

    /**
     * Every snapshot, each checked against its manifest before it is published: a symbolic link,
     * a changed, missing or extra file is an error naming the file, and the build fails.
     */
    private Snapshots snapshots() {
        if (options.archiveDir().isEmpty()) {
            return new Snapshots(List.of(), List.of(), List.of());
        }
        // Fewer than the console shows (50), so that all of them and the note that there may be more are shown.
        int limit = 40;
        Archive.Checked archive = new Archive(options.archiveDir().get(), options.archiveDisplay()).snapshots(limit);
        List<Diagnostic> problems = new ArrayList<>();
        archive.problems().forEach(p -> problems.add(Diagnostic.error(p.code(),
                new Position(p.file(), p.line(), p.column()), p.message(), p.hint())));
        List<FrozenYear> frozen = new ArrayList<>();
        List<SiteFile> files = new ArrayList<>();
        for (Snapshot snapshot : archive.snapshots()) {
            Manifest manifest = snapshot.manifest();
            frozen.add(new FrozenYear(new SnapshotSummary(manifest.year(), LocalDate.parse(manifest.frozen()),
                    manifest.pages(), manifest.files().size(), snapshot.manifestDigest()),
                    snapshot.tables().stream().map(t -> new FrozenTable(t.path(), t.rows())).toList()));
            snapshot.files().forEach((path, bytes) -> {
                String published = "archive/" + snapshot.year() + "/" + path;
                try {
                    files.add(new SiteFile(published, bytes));
                } catch (IllegalArgumentException e) {
                    problems.add(Diagnostic.error(Code.ARCHIVE_BAD_NAME, Position.wholeFile(options.archiveDisplay()
                            + "/" + snapshot.year() + "/" + path), "a file name the build never writes, so it is not "
                            + "published (a site's names have only letters a-z, digits, '.', '_' and '-')",
                            "restore the snapshot from version control or from its zip"));
                }
            });
        }
        files.sort(java.util.Comparator.comparing(SiteFile::path));
        return new Snapshots(frozen, files, problems);
    }

    /**
     * Which generator built the site from which content, which 'portal archive' records in the
     * manifest; and the periods and articles it holds, which the next build compares with its own.
     */
    private static SiteFile buildInfo(String contentDigest, Content content) {
        PublishedSite holds = new PublishedSite(content.periods().stream().map(p -> p.year()).toList(),
                content.articles().size());
        String text = "# Written by every build; read by 'portal archive' and by the next build.\n"
                + "generator=" + Version.generator() + "\ncontent_digest=" + contentDigest + "\n" + holds.lines();
        return new SiteFile(PublishedSite.FILE, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static BuildReport failed(Stage stage, List<Diagnostic> diagnostics, SourceLines sources,
                                      StageTimes times) {
        return new BuildReport(Optional.of(stage), diagnostics, sources, List.of(), 0, 0, List.of(), 0,
                RenderCache.EMPTY, times);
    }

    private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> second) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static SourceLines withTemplates(SourceLines content, Map<String, List<String>> templates) {
        Map<String, List<String>> copy = new HashMap<>(templates);
        return (file, line) -> {
            List<String> lines = copy.get(file);
            if (lines != null) {
                return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
            }
            return content.line(file, line);
        };
    }
}
