package vn.reviewportal.incremental;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.reviewportal.check.TextCheck;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.output.PageLinks;
import vn.reviewportal.page.ChartPlan;
import vn.reviewportal.page.DownloadFile;
import vn.reviewportal.page.PagePlan;
import vn.reviewportal.render.PageResult;
import vn.reviewportal.source.ArticleRead;
import vn.reviewportal.source.PeriodRead;

/**
 * The reuse of one build. A stage that can skip work takes a wrapper of its work on one item
 * (an article, a page, a chart...): {@code UnaryOperator<Function<K, V>>}, the identity when
 * nothing is reused. This class makes those wrappers from the previous build's
 * {@link BuildMemory}, and when asked to remember, keeps what this build makes for the next one.
 * The wrappers are safe on many threads: the stages call them on all cores.
 */
public final class Reuse {

    private final BuildMemory previous;
    private final boolean remember;
    private final ChartCache chartCache;
    private final AtomicInteger pagesRendered = new AtomicInteger();
    private final AtomicInteger articlesReused = new AtomicInteger();

    private final Map<FileStamp, ArticleRead> articles = new ConcurrentHashMap<>();
    private final Map<PeriodFiles, PeriodRead> periods = new ConcurrentHashMap<>();
    private final AtomicInteger periodsReused = new AtomicInteger();
    private volatile Language language;
    private final Map<Article, TextCheck> texts = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile String templatesDigest = "";
    private final Map<String, PageResult> pages = new ConcurrentHashMap<>();
    private final Map<ChartPlan, SiteFile> charts = new ConcurrentHashMap<>();
    private final Map<DownloadFile, List<SiteFile>> downloads = new ConcurrentHashMap<>();
    private final Map<SiteFile, PageLinks> links = new ConcurrentHashMap<>();

    Reuse(BuildMemory previous, boolean remember, ChartCache chartCache) {
        this.previous = previous;
        this.remember = remember;
        this.chartCache = chartCache;
    }

    /** An article taken again, as it was read, when its file has the same size, modification time and identity. */
    public UnaryOperator<Function<Path, ArticleRead>> articles() {
        return read -> file -> {
            Optional<FileStamp> stamp = FileStamp.of(file);
            ArticleRead known = stamp.map(previous.articles::get).orElse(null);
            ArticleRead result;
            if (known != null) {
                result = known;
                articlesReused.incrementAndGet();
            } else {
                result = read.apply(file);
            }
            if (remember) {
                stamp.ifPresent(state -> articles.put(state, result));
            }
            return result;
        };
    }

    /** A period file and the spreadsheet beside it, as they were when read. */
    record PeriodFiles(FileStamp file, Optional<FileStamp> sheet) {
    }

    /**
     * A period taken again, as it was read, when its file and its spreadsheet (if any) have the
     * same size, modification time and identity: a province's period files take seconds to read,
     * and an edit changes one of them.
     */
    public UnaryOperator<BiFunction<Path, Optional<Path>, PeriodRead>> periods() {
        return read -> (file, sheet) -> {
            Optional<FileStamp> stamp = FileStamp.of(file);
            Optional<FileStamp> sheetStamp = sheet.flatMap(FileStamp::of);
            Optional<PeriodFiles> key = stamp.isPresent() && sheet.isPresent() == sheetStamp.isPresent()
                    ? Optional.of(new PeriodFiles(stamp.get(), sheetStamp)) : Optional.empty();
            PeriodRead known = key.map(previous.periods::get).orElse(null);
            PeriodRead result;
            if (known != null) {
                result = known;
                periodsReused.incrementAndGet();
            } else {
                result = read.apply(file, sheet);
            }
            if (remember) {
                key.ifPresent(state -> periods.put(state, result));
            }
            return result;
        };
    }

    /** How many period files were taken again rather than read. */
    public int periodsReused() {
        return periodsReused.get();
    }

    /** The check of an article's own text, taken again for the same article object in the same language. */
    public UnaryOperator<Function<Article, TextCheck>> articleTexts(Language language) {
        this.language = language;
        boolean sameLanguage = language == previous.language;
        return check -> article -> {
            TextCheck known = sameLanguage ? previous.texts.get(article) : null;
            TextCheck result = known != null ? known : check.apply(article);
            if (remember) {
                texts.put(article, result);
            }
            return result;
        };
    }

    /** A page taken again when its plan is equal and the templates (by their digest) are the same. */
    public UnaryOperator<Function<PagePlan, PageResult>> pages(String templatesDigest) {
        this.templatesDigest = templatesDigest;
        Map<String, PageResult> before = templatesDigest.equals(previous.templatesDigest) ? previous.pages : Map.of();
        return render -> page -> {
            PageResult known = before.get(page.path());
            PageResult result;
            if (known != null && known.page().equals(page)) {
                result = known;
            } else {
                result = render.apply(page);
                pagesRendered.incrementAndGet();
            }
            if (remember && result.clean()) {
                pages.put(page.path(), result);
            }
            return result;
        };
    }

    /** A chart taken again when its plan is equal: from the last build in memory, else from the disk cache. */
    public UnaryOperator<Function<ChartPlan, SiteFile>> charts() {
        return draw -> chart -> {
            SiteFile known = previous.charts.get(chart);
            SiteFile result = known != null ? known : chartCache.chart(chart, draw);
            if (remember) {
                charts.put(chart, result);
            }
            return result;
        };
    }

    /** A download's files taken again when its plan is equal. */
    public UnaryOperator<Function<DownloadFile, List<SiteFile>>> downloads() {
        return write -> download -> {
            List<SiteFile> known = previous.downloads.get(download);
            List<SiteFile> result = known != null ? known : write.apply(download);
            if (remember) {
                downloads.put(download, result);
            }
            return result;
        };
    }

    /** A page's links taken again for the very file that was read before. */
    public UnaryOperator<Function<SiteFile, PageLinks>> links() {
        return read -> file -> {
            PageLinks known = previous.links.get(file);
            PageLinks result = known != null ? known : read.apply(file);
            if (remember) {
                links.put(file, result);
            }
            return result;
        };
    }

    /** How many articles were taken again rather than read. */
    public int articlesReused() {
        return articlesReused.get();
    }

    /** How many pages were rendered rather than taken again. */
    public int pagesRendered() {
        return pagesRendered.get();
    }

    /**
     * After a successful build: drops the charts the disk cache holds that this build did not
     * use, and returns what the next build may take again (nothing unless remembering).
     */
    public BuildMemory done() {
        chartCache.dropUnused();
        return remember
                ? new BuildMemory(articles, periods, language, texts, templatesDigest, pages, charts, downloads, links)
                : BuildMemory.NONE;
    }
}
