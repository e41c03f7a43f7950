package vn.reviewportal.incremental;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.check.TextCheck;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.output.PageLinks;
import vn.reviewportal.page.ChartPlan;
import vn.reviewportal.page.DownloadFile;
import vn.reviewportal.render.PageResult;
import vn.reviewportal.source.ArticleRead;
import vn.reviewportal.source.PeriodRead;

/**
 * What one build made, by what it made it from, for the next build of the same site to take
 * again (the preview server rebuilds on every save). Immutable. Every stage is a function of its
 * input; this is the one place that knows which of their results may be taken again, and when:
 * <ul>
 * <li>an article, when its file has the same size, modification time and identity;</li>
 * <li>a period, when its file and the spreadsheet beside it (if any) are unchanged alike;</li>
 * <li>what the check found in an article's text, for the very article object read unchanged, in
 *     the same language;</li>
 * <li>a page, when its plan is equal (plans are records of plain values) and the templates are
 *     the same;</li>
 * <li>a chart or a download, when its plan is equal;</li>
 * <li>a page's links, for the very file handed on unchanged.</li>
 * </ul>
 * So an edit redoes exactly what depends on it, and the site is the clean build's, byte for byte.
 * {@link Reuse} applies it during one build and remembers that build's results.
 */
public final class BuildMemory {

    /** Nothing made before: a first build, or a one-off command. */
    public static final BuildMemory NONE = new BuildMemory(Map.of(), Map.of(), null, Map.of(), "",
            Map.of(), Map.of(), Map.of(), Map.of());

    final Map<FileStamp, ArticleRead> articles;
    final Map<Reuse.PeriodFiles, PeriodRead> periods;
    /** The language the article texts were checked in: their figures are read in it. */
    final Language language;
    final Map<Article, TextCheck> texts;
    final String templatesDigest;
    /** By path: a plan's hash is a walk of its whole view, a path's is not. */
    final Map<String, PageResult> pages;
    final Map<ChartPlan, SiteFile> charts;
    final Map<DownloadFile, List<SiteFile>> downloads;
    final Map<SiteFile, PageLinks> links;

    BuildMemory(Map<FileStamp, ArticleRead> articles, Map<Reuse.PeriodFiles, PeriodRead> periods, Language language, Map<Article, TextCheck> texts,
                String templatesDigest, Map<String, PageResult> pages, Map<ChartPlan, SiteFile> charts,
                Map<DownloadFile, List<SiteFile>> downloads, Map<SiteFile, PageLinks> links) {
        this.articles = Map.copyOf(articles);
        this.periods = Map.copyOf(periods);
        this.language = language;
        this.texts = Collections.unmodifiableMap(new IdentityHashMap<>(texts));
        this.templatesDigest = templatesDigest;
        this.pages = Map.copyOf(pages);
        this.charts = Map.copyOf(charts);
        this.downloads = Map.copyOf(downloads);
        this.links = Map.copyOf(links);
    }

    /**
     * The reuse of one build: takes from this memory, and remembers what the build makes when
     * {@code remember} (a site kept in memory, as the preview server's). Charts are also kept on
     * disk beside {@code outputDir}, for the next build of that folder.
     *
     * @param generator the generator's version: a chart drawn by another version is drawn again
     */
    public Reuse reuse(boolean remember, Optional<Path> outputDir, String generator) {
        return new Reuse(this, remember, new ChartCache(outputDir, generator));
    }
}
