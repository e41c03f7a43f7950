package vn.reviewportal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import vn.reviewportal.archive.Archive;
import vn.reviewportal.archive.Manifest;
import vn.reviewportal.archive.Snapshot;
import vn.reviewportal.chart.ChartRenderer;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.diag.Position;
import vn.reviewportal.diag.SourceLines;
import vn.reviewportal.incremental.BuildMemory;
import vn.reviewportal.incremental.Reuse;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.output.PublishedSite;
import vn.reviewportal.output.SiteOutput;
import vn.reviewportal.output.SiteWriter;
import vn.reviewportal.page.ChartPlan;
import vn.reviewportal.page.DownloadFile;
import vn.reviewportal.page.DownloadPlan;
import vn.reviewportal.page.FrozenTable;
import vn.reviewportal.page.FrozenYear;
import vn.reviewportal.page.SitePlan;
import vn.reviewportal.page.SitePlanner;
import vn.reviewportal.page.SnapshotSummary;
import vn.reviewportal.render.DownloadRenderer;
import vn.reviewportal.render.PageRenderer;
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
        return run(BuildMemory.NONE);
    }

    /**
     * Builds, taking from {@code previous} whatever it made from the same input. Each stage is
     * timed under its own name; a stage that finds an error stops the build there.
     */
    public BuildReport run(BuildMemory previous) {
        Run run = new Run();
        Reuse reuse = previous.reuse(options.outputDir().isEmpty(), options.outputDir(), Version.generator());
        try {
            LoadedContent loaded = run.time("load", () -> load(reuse));
            Snapshots snapshots = run.time("archive", this::snapshots);
            TemplateFiles templates = run.time("templates", this::templates);
            run.quoting(loaded.sources()).stopOnErrors(Stage.LOAD, loaded.diagnostics(), snapshots.problems(),
                    templates.diagnostics());
            Content content = loaded.content().orElseThrow();
            CheckedContent checked = run.time("check", () -> ContentChecker.check(content, reuse.articleTexts(
                    content.site().language())));
            run.stopOnErrors(Stage.CHECK, checked.diagnostics(), siteLosses(content));
            Statistics statistics = run.time("stats", () -> StatisticsCalculator.compute(content));
            run.found(statistics.diagnostics());
            SitePlan plan = run.time("plan", () -> plan(content, checked, statistics, snapshots, loaded.folder()));
            try (SiteOutput output = output(reuse)) {
                RenderedSite pages = run.time("render", () -> renderer(templates, content).render(plan,
                        reuse.pages(templates.digest()), output::add));
                run.quoting(pages.templateLines()).stopOnErrors(Stage.RENDER, pages.diagnostics());
                run.time("charts", () -> renderAll(plan.charts(), charts(reuse), output, c -> 1, CHUNK));
                run.time("downloads", () -> downloads(plan, reuse, output));
                run.time("search", () -> output.add(List.of(new SearchIndexRenderer().render(plan.search()))));
                output.add(concat(snapshots.files(), List.of(buildInfo(loaded.digest(), content))));
                run.stopOnErrors(Stage.RENDER, run.time("links", output::brokenLinks));
                run.time("write", output::commit);
                return run.built(new BuildReport.Built(output.files(), plan.pageCount(), plan.charts().size(),
                        plan.corrections(), reuse.pagesRendered(), reuse.done()));
            } catch (IOException | UncheckedIOException e) {
                return run.failedToWrite(options.outputDisplay(), e);
            }
        } catch (Run.Stopped stopped) {
            return stopped.report();
        }
    }

    private LoadedContent load(Reuse reuse) {
        ContentLoader loader = new ContentLoader(options.contentDir(), options.contentDisplay());
        return loader.load(reuse.articles().apply(loader::readArticle), reuse.periods().apply(loader::readPeriod));
    }

    private static SitePlan plan(Content content, CheckedContent checked, Statistics statistics, Snapshots snapshots,
                                 FolderNames contentFolder) {
        return SitePlanner.plan(content, concat(checked.findings(), statistics.findings()), statistics,
                Version.generator(), snapshots.frozen(), contentFolder);
    }

    private static Function<ChartPlan, List<SiteFile>> charts(Reuse reuse) {
        return reuse.charts().apply(new ChartRenderer()::render).andThen(List::of);
    }

    /** The tables' files, then the tidy dataset's, whose periods are hundreds of thousands of rows: one at a time. */
    private static void downloads(SitePlan plan, Reuse reuse, SiteOutput output) {
        Function<DownloadFile, List<SiteFile>> download = downloads(reuse);
        ToIntFunction<DownloadFile> rows = d -> d instanceof DownloadPlan table ? table.rows().size() : ROWS;
        renderAll(plan.downloads(), download, output, rows, ROWS);
        renderAll(plan.datasets(), download, output, rows, ROWS);
    }

    private static Function<DownloadFile, List<SiteFile>> downloads(Reuse reuse) {
        return reuse.downloads().apply(new DownloadRenderer()::render);
    }

    private TemplateFiles templates() {
        return TemplateFiles.read(options.templatesDir(), options.templatesDisplay());
    }

    /** An error when the content has lost every period or article that the published site has. */
    private List<Diagnostic> siteLosses(Content content) {
        return options.outputDir().flatMap(PublishedSite::read)
                .map(published -> SiteLosses.of(content, published, options)).orElse(List.of());
    }

    private PageRenderer renderer(TemplateFiles templates, Content content) {
        return new PageRenderer(options.templatesDir(), options.templatesDisplay(), templates, content.site().language());
    }

    /**
     * Where every file goes as soon as it is made: the staging folder beside the site when there
     * is an output folder, else memory.
     */
    private SiteOutput output(Reuse reuse) throws IOException {
        return options.outputDir().isPresent()
                ? SiteOutput.staged(new SiteWriter(options.outputDir().get())) : SiteOutput.inMemory(reuse.links());
    }

    /** Plans rendered together at most: their files go to the output before the next ones are made. */
    private static final int CHUNK = 256;
    /**
     * Rows of downloads rendered together at most: a national period file has hundreds of
     * thousands, and the files of a chunk are held until it is written.
     */
    private static final int ROWS = 50_000;

    /**
     * Renders the plans on all cores, a chunk at a time in the plans' order (so the result does
     * not depend on the number of cores), and hands the files to the output. A chunk is at most
     * {@link #CHUNK} plans, and at most {@code limit} of {@code weight} unless it is one plan.
     */
    private static <P> void renderAll(List<? extends P> plans, Function<P, List<SiteFile>> render, SiteOutput output,
                                      ToIntFunction<P> weight, int limit) {
        int start = 0;
        while (start < plans.size()) {
            int end = start + 1;
            int total = weight.applyAsInt(plans.get(start));
            while (end < plans.size() && end - start < CHUNK && total + weight.applyAsInt(plans.get(end)) <= limit) {
                total += weight.applyAsInt(plans.get(end));
                end++;
            }
            output.add(plans.subList(start, end).parallelStream().map(render).flatMap(List::stream).toList());
            start = end;
        }
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
        Archive.Checked archive = new Archive(options.archiveDir().get(), options.archiveDisplay()).snapshots();
        List<Diagnostic> problems = new ArrayList<>(archive.problems());
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
        files.sort(Comparator.comparing(SiteFile::path));
        return new Snapshots(frozen, files, problems);
    }

    /**
     * Which generator built the site from which content, which 'portal archive' records in the
     * manifest; and the periods and articles it holds, which the next build compares with its own.
     */
    private static SiteFile buildInfo(String contentDigest, Content content) {
        PublishedSite holds = new PublishedSite(content.periods().stream().map(p -> p.id()).toList(),
                content.articles().size());
        String text = "# Written by every build; read by 'portal archive' and by the next build.\n"
                + "generator=" + Version.generator() + "\ncontent_digest=" + contentDigest + "\n" + holds.lines();
        return new SiteFile(PublishedSite.FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> List<T> concat(List<? extends T> first, List<? extends T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * One run of the pipeline as it goes: the diagnostics found so far, the texts to quote them
     * from, and each stage's time. A stage that finds an error ends the run ({@link Stopped}).
     */
    private static final class Run {

        private final StageTimes times = new StageTimes();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private SourceLines sources = SourceLines.NONE;
        private final Map<String, List<String>> templates = new HashMap<>();

        /** The build's report, from the stage that stopped it. */
        static final class Stopped extends RuntimeException {
            private final transient BuildReport report;

            Stopped(BuildReport report) {
                super(null, null, false, false);
                this.report = report;
            }

            BuildReport report() {
                return report;
            }
        }

        /** A stage's work that hands files on, and so may fail to write them. */
        interface Work {
            void run() throws IOException;
        }

        <T> T time(String stage, Supplier<T> work) {
            return times.time(stage, work);
        }

        void time(String stage, Work work) throws IOException {
            long start = System.nanoTime();
            try {
                work.run();
            } finally {
                times.add(stage, System.nanoTime() - start);
            }
        }

        /** The content's texts, to quote the lines diagnostics point at. */
        Run quoting(SourceLines content) {
            sources = content;
            return this;
        }

        /** The templates' texts, quoted before the content's. */
        Run quoting(Map<String, List<String>> templateLines) {
            templates.putAll(templateLines);
            return this;
        }

        @SafeVarargs
        final void found(List<Diagnostic>... found) {
            for (List<Diagnostic> list : found) {
                diagnostics.addAll(list);
            }
        }

        /** Takes these diagnostics, and ends the run at {@code stage} if there is an error among all so far. */
        @SafeVarargs
        final void stopOnErrors(Stage stage, List<Diagnostic>... found) {
            found(found);
            if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
                throw new Stopped(BuildReport.failed(stage, diagnostics, sources(), times));
            }
        }

        BuildReport failedToWrite(String output, Exception e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            diagnostics.add(Diagnostic.error(Code.OUTPUT_FAILED, Position.wholeFile(output),
                    "the site could not be written: " + reason,
                    "the previous site, if any, is unchanged; check the folder and free disk space"));
            return BuildReport.failed(Stage.WRITE, diagnostics, sources, times);
        }

        BuildReport built(BuildReport.Built site) {
            return BuildReport.succeeded(diagnostics, sources, times, site);
        }

        private SourceLines sources() {
            if (templates.isEmpty()) {
                return sources;
            }
            Map<String, List<String>> copy = Map.copyOf(templates);
            SourceLines content = sources;
            return (file, line) -> {
                List<String> lines = copy.get(file);
                if (lines != null) {
                    return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
                }
                return content.line(file, line);
            };
        }
    }
}
