package vn.reviewportal.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.SiteConfig;

/**
 * The first stage: reads the content directory, and nothing else reads it. Every file is read
 * even after an error, so that one run reports all that is wrong; the content is returned only
 * when nothing was.
 */
public final class ContentLoader {

    private static final Pattern YAML = Pattern.compile("(.+)\\.ya?ml");
    private static final Pattern SHEET = Pattern.compile("(.+)\\.(?:xlsx|csv)");

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

    /** Reads the content, each article with {@link #readArticle(Path)}. */
    public LoadedContent load() {
        return load(this::readArticle);
    }

    /**
     * Reads the content, each article with {@code readArticle}.
     *
     * @param readArticle what to do for each article file, called on any thread: reading it as
     *                    {@link #readArticle(Path)} does, or giving the same for an unchanged file
     */
    public LoadedContent load(Function<Path, ArticleRead> readArticle) {
        return load(readArticle, this::readPeriod);
    }

    /**
     * Reads the content, each article with {@code readArticle} and each period file with
     * {@code readPeriod}, which reads it as {@link #readPeriod} does or gives the same for an
     * unchanged file (and spreadsheet).
     */
    public LoadedContent load(Function<Path, ArticleRead> readArticle,
                              BiFunction<Path, Optional<Path>, PeriodRead> readPeriod) {
        FileReading reading = FileReading.ofFolder();
        if (!folder.exists()) {
            reading.diagnostics().error(Code.MISSING_FILE, folder.at(), "the content directory does not exist",
                    "run the command in the folder that holds content/, or name it with --content DIR");
            return new LoadedContent(Optional.empty(), reading.diagnostics().list(), reading.sources(), "",
                    folder.names());
        }
        Path siteFile = folder.resolve("site.yaml");
        Optional<SiteConfig> site = folder.yamlText(siteFile, reading)
                .flatMap(text -> siteReader.read(folder.display(siteFile), text, reading.diagnostics()));
        Path organizationsFile = folder.resolve("organizations.yaml");
        OrganizationsReader.OrganizationsFile tree = folder.yamlText(organizationsFile, reading)
                .map(text -> organizationsReader.read(folder.display(organizationsFile), text, reading.diagnostics()))
                .orElse(OrganizationsReader.OrganizationsFile.EMPTY);
        // Period files are independent too, and a national tree makes each one tens of megabytes:
        // read on all cores, joined in file-name order like the articles below.
        List<Period> periods = new ArrayList<>();
        List<Path> periodFiles = folder.list("periods", "periods/ holds one file per period, named like 2013.yaml, 2013-6-thang-dau.yaml or 2010-2015.yaml; move other files elsewhere",
                reading, name -> YAML.matcher(name).matches() || sheetOfAPeriod(name));
        Map<Path, Path> sheets = sheets(periodFiles, reading);
        periodFiles.stream().filter(p -> YAML.matcher(p.getFileName().toString()).matches()).toList()
                .parallelStream().map(file -> readPeriod.apply(file, Optional.ofNullable(sheets.get(file)))).toList()
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
        articleFiles.parallelStream().map(readArticle).toList().forEach(read -> {
            reading.join(read.file());
            read.article().ifPresent(articles::add);
        });
        Optional<Content> content = reading.diagnostics().hasErrors() || site.isEmpty()
                ? Optional.empty()
                : Optional.of(new Content(site.get(), tree.levels(), tree.organizations(), periods, articles));
        return new LoadedContent(content, reading.diagnostics().list(), reading.sources(), reading.digest(),
                folder.names());
    }

    /** Reads one article file as {@link #load()} does; called on any thread. */
    public ArticleRead readArticle(Path file) {
        FileReading one = FileReading.ofOneFile();
        String display = folder.display(file);
        Optional<Article> article = folder.text(file, false, one)
                .flatMap(text -> articleReader.read(display, text, one.diagnostics()));
        // The article holds its body; its whole text is read again only if a diagnostic quotes it.
        article.ifPresent(read -> one.quoteFromDisk(display, file));
        return new ArticleRead(one.done(), article);
    }

    /**
     * Which period file each spreadsheet of {@code periods/} adds results to: the one of the same
     * name ({@code 2015.xlsx} or {@code 2015.csv} to {@code 2015.yaml}). A sheet without one, or
     * a second sheet for one, is reported and not read.
     */
    private Map<Path, Path> sheets(List<Path> files, FileReading reading) {
        Map<String, Path> periodFiles = new HashMap<>();
        for (Path file : files) {
            Matcher yaml = YAML.matcher(file.getFileName().toString());
            if (yaml.matches()) {
                periodFiles.putIfAbsent(yaml.group(1), file);
            }
        }
        Map<Path, Path> sheets = new HashMap<>();
        for (Path file : files) {
            Matcher sheet = SHEET.matcher(file.getFileName().toString());
            if (!sheet.matches()) {
                continue;
            }
            String id = sheet.group(1);
            Path periodFile = periodFiles.get(id);
            Position at = Position.wholeFile(folder.display(file));
            if (periodFile == null) {
                reading.diagnostics().error(Code.MISSING_FILE, at, "this sheet of results has no period file "
                                + id + ".yaml beside it, which declares the period's title, groups and levels",
                        "create periods/" + id + ".yaml with the period's vocabulary (docs/content-format.md, "
                                + "section 5.9), or move the sheet out of periods/");
            } else if (sheets.containsKey(periodFile)) {
                reading.diagnostics().error(Code.DUPLICATE_PERIOD, at, "a second sheet of results for the period "
                                + id + ": only " + sheets.get(periodFile).getFileName() + " is read",
                        "keep one sheet per period: merge the rows into one and delete the other");
            } else {
                sheets.put(periodFile, file);
            }
        }
        return sheets;
    }

    /** A spreadsheet named after a period, such as 2015.xlsx: read with its period file, whose results it adds to. */
    private static boolean sheetOfAPeriod(String fileName) {
        Matcher sheet = SHEET.matcher(fileName);
        return sheet.matches() && PeriodSpan.parse(sheet.group(1)).isPresent();
    }

    /** Reads one period file, with the spreadsheet beside it when there is one; on any thread. */
    public PeriodRead readPeriod(Path file, Optional<Path> sheet) {
        FileReading one = FileReading.ofOneFile();
        String display = folder.display(file);
        Optional<PeriodSpan> span = PeriodReader.span(display, one.diagnostics());
        if (span.isEmpty()) {
            return new PeriodRead(one.done(), Optional.empty());
        }
        Optional<Period> period = folder.yamlText(file, one)
                .flatMap(text -> periodReader.read(display, span.get(), text, one.diagnostics()));
        // A national tree's period file is tens of megabytes: like an article's, its text is read
        // again only if a diagnostic quotes it.
        period.ifPresent(read -> one.quoteFromDisk(display, file));
        if (period.isPresent() && sheet.isPresent()) {
            period = Optional.of(withSheet(period.get(), sheet.get(), one));
        }
        return new PeriodRead(one.done(), period);
    }

    /** The period with the results of its spreadsheet after those of its YAML file. */
    private Period withSheet(Period period, Path sheet, FileReading one) {
        String display = folder.display(sheet);
        Optional<Spreadsheet.Cells> cells = sheet.getFileName().toString().endsWith(".xlsx")
                ? folder.bytes(sheet, one).flatMap(bytes -> Spreadsheet.xlsx(display, bytes, one.diagnostics()))
                : folder.text(sheet, false, one).flatMap(text -> Spreadsheet.csv(display, text, one.diagnostics()));
        one.quoteFromDisk(display, sheet); // a cell is named, never quoted
        List<Result> results = new ArrayList<>(period.results());
        cells.ifPresent(read -> results.addAll(SheetReader.read(read, period, one.diagnostics())));
        return new Period(period.span(), period.title(), period.published(), period.start(), period.end(),
                period.groups(), period.commentLevels(), period.commentTargets(), period.ratingScales(), results,
                period.at(), period.disciplineForms());
    }

}
