package vn.reviewportal.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.reviewportal.diag.Code;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.SiteConfig;

/**
 * The first stage: reads the content directory, and nothing else reads it. Every file is read
 * even after an error, so that one run reports all that is wrong; the content is returned only
 * when nothing was.
 */
public final class ContentLoader {

    private final ContentFolder folder;
    private final YamlReader yaml = new YamlReader(ContentFolder.MAX_FILE_BYTES);
    private final SiteReader siteReader = new SiteReader(yaml);
    private final OrganizationsReader organizationsReader = new OrganizationsReader(yaml);
    private final PeriodReader periodReader = new PeriodReader(yaml);
    private final ArticleReader articleReader = new ArticleReader(yaml);

    /**
     * @param contentDir  the content directory
     * @param displayRoot how that directory is named in messages, e.g. {@code content}
     */
    public ContentLoader(Path contentDir, String displayRoot) {
        this.folder = new ContentFolder(contentDir, displayRoot);
    }

    /**
     * The articles one load read, by the state of the file each was read from. A later load
     * takes an article (with its diagnostics) from here instead of reading it again when its
     * file has the same size, modification time and identity, as version control does to find
     * changed files. The preview server loads again on every save.
     */
    public static final class ArticleReads {
        public static final ArticleReads NONE = new ArticleReads(Map.of(), 0);

        private final Map<Stamp, ArticleRead> byStamp;
        private final int reused;

        private ArticleReads(Map<Stamp, ArticleRead> byStamp, int reused) {
            this.byStamp = Map.copyOf(byStamp);
            this.reused = reused;
        }

        /** How many articles this load took from the previous one instead of reading them. */
        public int reused() {
            return reused;
        }
    }

    /** A file's state as the file system reports it without reading the file. */
    private record Stamp(Path file, long size, long modifiedNanos, Object fileKey) {

        /**
         * Files changed in the last two seconds are not stamped (and so read again next time):
         * the file system's clock moves in steps of milliseconds, and a second save within the
         * same step, of the same length, would otherwise go unseen.
         */
        private static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(2);

        static Optional<Stamp> of(Path file) {
            try {
                var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                java.time.Instant modified = attributes.lastModifiedTime().toInstant();
                if (modified.plus(SETTLED).isAfter(java.time.Instant.now())) {
                    return Optional.empty();
                }
                return Optional.of(new Stamp(file, attributes.size(),
                        attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), attributes.fileKey()));
            } catch (IOException e) {
                return Optional.empty(); // read it, and let the reading report the problem
            }
        }
    }

    public LoadedContent load() {
        return load(ArticleReads.NONE);
    }

    /**
     * @param previous the articles a previous load read, taken again where their file is unchanged
     */
    public LoadedContent load(ArticleReads previous) {
        FileReading reading = FileReading.ofFolder();
        if (!folder.exists()) {
            reading.diagnostics().error(Code.MISSING_FILE, folder.at(), "the content directory does not exist",
                    "run the command in the folder that holds content/, or name it with --content DIR");
            return new LoadedContent(Optional.empty(), reading.diagnostics().list(), reading.sources(), "",
                    ArticleReads.NONE);
        }
        Path siteFile = folder.resolve("site.yaml");
        Optional<SiteConfig> site = folder.yamlText(siteFile, reading)
                .flatMap(text -> siteReader.read(folder.display(siteFile), text, reading.diagnostics()));
        Path organizationsFile = folder.resolve("organizations.yaml");
        List<Organization> organizations = folder.yamlText(organizationsFile, reading)
                .map(text -> organizationsReader.read(folder.display(organizationsFile), text, reading.diagnostics()))
                .orElse(List.of());
        // Period files are independent too, and a national tree makes each one tens of megabytes:
        // read on all cores, joined in file-name order like the articles below.
        List<Period> periods = new ArrayList<>();
        folder.list("periods", "periods/ holds one file per year, named like 2013.yaml; move other files elsewhere",
                reading, ".yaml", ".yml")
                .parallelStream().map(this::readPeriod).toList()
                .forEach(read -> {
                    reading.join(read.file());
                    read.period().ifPresent(periods::add);
                });
        List<Article> articles = new ArrayList<>();
        List<Path> articleFiles = folder.list("articles",
                "articles/ holds one Markdown file per article, named like 2013-05-03-tieu-de.md, with no subfolders",
                reading, ".md");
        // Articles are independent: each is read on any core by a reading of its own, and the
        // readings are joined in file-name order, so the result does not depend on the cores.
        List<ArticleRead> reads = articleFiles.parallelStream().map(file -> {
            Optional<Stamp> stamp = Stamp.of(file);
            ArticleRead known = stamp.map(previous.byStamp::get).orElse(null);
            if (known != null) {
                return known;
            }
            return readArticle(file, stamp);
        }).toList();
        Map<Stamp, ArticleRead> byStamp = new HashMap<>();
        int reused = (int) reads.stream().filter(read -> read.stamp().map(previous.byStamp::get).orElse(null) == read).count();
        reads.forEach(read -> {
            reading.join(read.file());
            read.article().ifPresent(articles::add);
            read.stamp().ifPresent(stamp -> byStamp.put(stamp, read));
        });
        Optional<Content> content = reading.diagnostics().hasErrors() || site.isEmpty()
                ? Optional.empty()
                : Optional.of(new Content(site.get(), organizations, periods, articles));
        return new LoadedContent(content, reading.diagnostics().list(), reading.sources(), reading.digest(),
                new ArticleReads(byStamp, reused));
    }

    private PeriodRead readPeriod(Path file) {
        FileReading one = FileReading.ofOneFile();
        String display = folder.display(file);
        OptionalInt year = PeriodReader.year(display, one.diagnostics());
        if (year.isEmpty()) {
            return new PeriodRead(one.done(), Optional.empty());
        }
        Optional<Period> period = folder.yamlText(file, one)
                .flatMap(text -> periodReader.read(display, year.getAsInt(), text, one.diagnostics()));
        // A national tree's period file is tens of megabytes: like an article's, its text is read
        // again only if a diagnostic quotes it.
        period.ifPresent(read -> one.quoteFromDisk(display, file));
        return new PeriodRead(one.done(), period);
    }

    private ArticleRead readArticle(Path file, Optional<Stamp> stamp) {
        FileReading one = FileReading.ofOneFile();
        String display = folder.display(file);
        Optional<Article> article = folder.text(file, false, one)
                .flatMap(text -> articleReader.read(display, text, one.diagnostics()));
        // The article holds its body; its whole text is read again only if a diagnostic quotes it.
        article.ifPresent(read -> one.quoteFromDisk(display, file));
        return new ArticleRead(stamp, one.done(), article);
    }

    /** One period file as read on its own core. */
    private record PeriodRead(FileRead file, Optional<Period> period) {
    }

    /** One article file as read on its own core, with the state of the file when it was read. */
    private record ArticleRead(Optional<Stamp> stamp, FileRead file, Optional<Article> article) {
    }
}
