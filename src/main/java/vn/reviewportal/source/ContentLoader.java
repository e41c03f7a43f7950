package vn.reviewportal.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Slugs;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Characters;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.OrganizationKind;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingScales;
import vn.reviewportal.model.Ratings;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.Reviewed;
import vn.reviewportal.model.ShortcomingCount;
import vn.reviewportal.model.SiteConfig;

/**
 * The first stage: reads the content directory, and nothing else reads it. Every file is read
 * even after an error, so that one run reports all that is wrong; the content is returned only
 * when nothing was.
 */
public final class ContentLoader {

    /** Largest content file accepted, in bytes (documented in docs/content-format.md). */
    public static final int MAX_FILE_BYTES = 128 * 1024 * 1024;

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.ya?ml");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NUMBERED = Pattern.compile("\\d+[.)] ");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");

    private final Path contentDir;
    private final String displayRoot;
    private final YamlReader yaml = new YamlReader(MAX_FILE_BYTES);

    /**
     * @param contentDir  the content directory
     * @param displayRoot how that directory is named in messages, e.g. {@code content}
     */
    public ContentLoader(Path contentDir, String displayRoot) {
        this.contentDir = contentDir;
        this.displayRoot = displayRoot.endsWith("/") ? displayRoot.substring(0, displayRoot.length() - 1) : displayRoot;
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
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> texts = new LinkedHashMap<>();
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(Code.MISSING_FILE, Position.wholeFile(displayRoot), "the content directory does not exist",
                    "run the command in the folder that holds content/, or name it with --content DIR");
            return new LoadedContent(Optional.empty(), diagnostics.list(), new SourceTexts(texts), "", ArticleReads.NONE);
        }
        Reading reading = new Reading(diagnostics, texts);
        Optional<SiteConfig> site = reading.yamlFile(contentDir.resolve("site.yaml"), true)
                .flatMap(root -> readSite(root, diagnostics));
        List<Organization> organizations = reading.yamlFile(contentDir.resolve("organizations.yaml"), true)
                .map(root -> readOrganizations(root, diagnostics)).orElse(List.of());
        // Period files are independent too, and a national tree makes each one tens of megabytes:
        // read on all cores, joined in file-name order like the articles below.
        List<Period> periods = new ArrayList<>();
        List<PeriodRead> periodReads = reading.list(contentDir.resolve("periods"),
                "periods/ holds one file per year, named like 2013.yaml; move other files elsewhere", ".yaml", ".yml")
                .parallelStream().map(file -> {
                    Reading one = reading.forOneFile();
                    String display = display(file);
                    var matcher = YEAR_FILE.matcher(file.getFileName().toString());
                    if (!matcher.matches()) {
                        one.diagnostics.error(Code.INVALID_FILE_NAME, Position.wholeFile(display),
                                "the file name '" + file.getFileName() + "' is not a year",
                                "a period file is named after the year it holds: rename it, e.g. to periods/2013.yaml");
                        return new PeriodRead(one.done(), Optional.<Period>empty());
                    }
                    int fileYear = Integer.parseInt(matcher.group(1));
                    // Each result is turned into the model as soon as it is parsed. What that finds
                    // counts only if the whole file parses (as when the tree was read first).
                    List<Result> results = new ArrayList<>();
                    Diagnostics inResults = new Diagnostics();
                    Optional<YamlNode> root = one.yamlFile(file, true, new YamlReader.Streamed("results",
                            item -> readResult(item, inResults).ifPresent(results::add)));
                    root.ifPresent(parsed -> one.diagnostics.addAll(inResults.list()));
                    Optional<Period> period = root.flatMap(parsed ->
                            readPeriod(parsed, fileYear, display, results, one.diagnostics));
                    // A national tree's period file is tens of megabytes: like an article's, its
                    // text is read again only if a diagnostic quotes it.
                    period.ifPresent(read -> one.quoteFromDisk(file));
                    return new PeriodRead(one.done(), period);
                }).toList();
        periodReads.forEach(read -> {
            reading.join(read.read());
            read.period().ifPresent(periods::add);
        });
        List<Article> articles = new ArrayList<>();
        List<Path> articleFiles = reading.list(contentDir.resolve("articles"),
                "articles/ holds one Markdown file per article, named like 2013-05-03-tieu-de.md, with no subfolders",
                ".md");
        // Articles are independent: each is read on any core by a reading of its own, and the
        // readings are joined in file-name order, so the result does not depend on the cores.
        List<ArticleRead> reads = articleFiles.parallelStream().map(file -> {
            Optional<Stamp> stamp = Stamp.of(file);
            ArticleRead known = stamp.map(previous.byStamp::get).orElse(null);
            if (known != null) {
                return known;
            }
            Reading one = reading.forOneFile();
            Optional<Article> article = one.text(file, false).flatMap(text -> readArticle(file, text, one.diagnostics));
            // The article holds its body; its whole text is read again only if a diagnostic quotes it.
            article.ifPresent(read -> one.quoteFromDisk(file));
            return new ArticleRead(stamp, one.done(), article);
        }).toList();
        Map<Stamp, ArticleRead> byStamp = new HashMap<>();
        int reused = (int) reads.stream().filter(read -> read.stamp().map(previous.byStamp::get).orElse(null) == read).count();
        reads.forEach(read -> {
            reading.join(read.read());
            read.article().ifPresent(articles::add);
            read.stamp().ifPresent(stamp -> byStamp.put(stamp, read));
        });
        Optional<Content> content = diagnostics.hasErrors() || site.isEmpty()
                ? Optional.empty()
                : Optional.of(new Content(site.get(), organizations, periods, articles));
        return new LoadedContent(content, diagnostics.list(), new SourceTexts(texts, reading.onDisk), reading.digest(),
                new ArticleReads(byStamp, reused));
    }

    private String display(Path file) {
        return displayRoot + "/" + contentDir.relativize(file).toString().replace('\\', '/');
    }

    private Optional<SiteConfig> readSite(YamlNode root, Diagnostics diagnostics) {
        return Fields.of(root, "site.yaml", List.of("title", "description", "notice", "language", "root", "base_url"), diagnostics)
                .flatMap(f -> {
                    Optional<String> title = f.text("title", true);
                    String description = f.text("description", false).orElse("");
                    String notice = f.text("notice", false).orElse("");
                    Optional<String> baseUrl = f.text("base_url", false).flatMap(url -> {
                        if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
                            diagnostics.error(Code.INVALID_URL, f.valueAt("base_url"), "'" + url
                                    + "' is not a web address", "write the address the site is published at, "
                                    + "e.g. http://intranet.example/portal/");
                            return Optional.empty();
                        }
                        return Optional.of(url.endsWith("/") ? url : url + "/");
                    });
                    Optional<Language> language = f.text("language", true).flatMap(code -> {
                        Optional<Language> known = Language.fromCode(code);
                        if (known.isEmpty()) {
                            diagnostics.error(Code.UNKNOWN_LANGUAGE, f.valueAt("language"),
                                    "the site language '" + code + "' is not available", "write 'language: vi' or 'language: en'");
                        }
                        return known;
                    });
                    Optional<String> rootId = f.id("root", true);
                    if (title.isEmpty() || language.isEmpty() || rootId.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new SiteConfig(title.get(), description, notice, language.get(), rootId.get(),
                            f.valueAt("root"), baseUrl));
                });
    }

    private List<Organization> readOrganizations(YamlNode root, Diagnostics diagnostics) {
        List<Organization> organizations = new ArrayList<>();
        Fields.of(root, "organizations.yaml", List.of("organizations"), diagnostics)
                .flatMap(f -> f.list("organizations", true))
                .orElse(List.of())
                .forEach(item -> Fields.of(item, "an organization", List.of("id", "name", "short_name", "kind", "parent"),
                        diagnostics).ifPresent(f -> {
                            Optional<String> id = f.id("id", true).filter(value -> {
                                Optional<String> reserved = Slugs.reserved(value);
                                reserved.ifPresent(why -> diagnostics.error(Code.RESERVED_NAME, f.valueAt("id"),
                                        "the id '" + value + "' cannot be used for an organization: " + why,
                                        "choose another id, e.g. from the organization's name"));
                                return reserved.isEmpty();
                            });
                            Optional<String> name = f.text("name", true);
                            String shortName = f.text("short_name", false).orElse("");
                            Optional<OrganizationKind> kind = f.text("kind", true).flatMap(k -> {
                                Optional<OrganizationKind> known = OrganizationKind.fromId(k);
                                if (known.isEmpty()) {
                                    diagnostics.error(Code.UNKNOWN_KIND, f.valueAt("kind"), "unknown kind '" + k + "'",
                                            "use one of: " + String.join(", ", Stream.of(OrganizationKind.values())
                                                    .map(OrganizationKind::id).toList()));
                                }
                                return known;
                            });
                            Optional<String> parent = f.id("parent", false);
                            if (id.isPresent() && name.isPresent() && kind.isPresent()) {
                                organizations.add(new Organization(id.get(), name.get(), shortName, kind.get(), parent,
                                        f.valueAt("id"), f.valueAt("parent")));
                            }
                        }));
        return organizations;
    }

    /** @param results the file's results, read as they were parsed (the root's 'results' is left empty) */
    private Optional<Period> readPeriod(YamlNode root, int fileYear, String display, List<Result> results,
                                        Diagnostics diagnostics) {
        List<String> keys = List.of("year", "title", "published", "start", "end", "groups", "comment_levels",
                "comment_targets", "rating_scales", "results");
        Map<String, String> resultKeys = new java.util.TreeMap<>();
        RESULT_KEYS.forEach(k -> resultKeys.put(k, "'" + k + "' belongs inside each item of 'results', beside 'organization'"));
        return Fields.of(root, "a period", keys, resultKeys, diagnostics).flatMap(f -> {
            OptionalLong year = f.count("year", true);
            if (year.isPresent() && year.getAsLong() != fileYear) {
                diagnostics.error(Code.YEAR_MISMATCH, f.valueAt("year"), "the year " + year.getAsLong()
                        + " does not match the file name " + fileYear + ".yaml", "make the two the same");
            }
            Optional<String> title = f.text("title", true);
            Optional<LocalDate> published = f.date("published", false);
            Optional<LocalDate> start = f.date("start", false);
            Optional<LocalDate> end = f.date("end", false);
            if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
                diagnostics.error(Code.INVALID_DATE, f.valueAt("end"), "the period ends before it starts",
                        "check 'start' and 'end'");
            }
            List<Label> groups = labels(f, "groups", true, diagnostics);
            List<Label> levels = labels(f, "comment_levels", false, diagnostics);
            List<Label> targets = labels(f, "comment_targets", false, diagnostics);
            RatingScales scales = f.node("rating_scales", false)
                    .flatMap(n -> Fields.of(n, "the rating scales", List.of("organizations", "members"), diagnostics))
                    .map(s -> new RatingScales(labels(s, "organizations", false, diagnostics),
                            labels(s, "members", false, diagnostics)))
                    .orElse(RatingScales.NONE);
            f.list("results", false); // says so when 'results' is not a list; its items were read as parsed
            if (year.isEmpty() || title.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Period((int) year.getAsLong(), title.get(), published, start, end, groups, levels,
                    targets, scales, results, Position.wholeFile(display)));
        });
    }

    private static List<Label> labels(Fields f, String key, boolean required, Diagnostics diagnostics) {
        List<Label> labels = new ArrayList<>();
        List<YamlNode> items = f.list(key, required).orElse(List.of());
        if (required && items.isEmpty() && f.has(key)) {
            diagnostics.error(Code.MISSING_KEY, f.valueAt(key), "'" + key + "' is empty", "list at least one item");
        }
        for (YamlNode item : items) {
            Fields.of(item, "an item of '" + key + "'", List.of("id", "label"), diagnostics).ifPresent(l -> {
                Optional<String> id = l.id("id", true);
                Optional<String> label = l.text("label", true);
                if (id.isPresent() && label.isPresent()) {
                    labels.add(new Label(id.get(), label.get(), l.valueAt("id")));
                }
            });
        }
        return labels;
    }

    private static final List<String> RESULT_KEYS = List.of("organization", "source", "reviewed",
            "suggested_contents", "comments", "shortcomings", "discipline", "ratings");

    private Optional<Result> readResult(YamlNode item, Diagnostics diagnostics) {
        return Fields.of(item, "a result", RESULT_KEYS, diagnostics).flatMap(f -> {
            Optional<String> organization = f.id("organization", true);
            String source = f.text("source", false).orElse("");
            Optional<Reviewed> reviewed = f.node("reviewed", false)
                    .flatMap(n -> Fields.of(n, "'reviewed'", List.of("required", "done"), diagnostics))
                    .flatMap(r -> {
                        OptionalLong required = r.count("required", true);
                        OptionalLong done = r.count("done", true);
                        return required.isPresent() && done.isPresent()
                                ? Optional.of(new Reviewed(required.getAsLong(), done.getAsLong(), r.valueAt("done")))
                                : Optional.empty();
                    });
            OptionalLong suggested = f.count("suggested_contents", false);
            List<CommentCount> comments = new ArrayList<>();
            for (YamlNode c : f.list("comments", false).orElse(List.of())) {
                Fields.of(c, "a comment count", List.of("level", "target", "count"), diagnostics).ifPresent(cf -> {
                    Optional<String> level = cf.id("level", true);
                    Optional<String> target = cf.id("target", true);
                    OptionalLong count = cf.count("count", true);
                    if (level.isPresent() && target.isPresent() && count.isPresent()) {
                        comments.add(new CommentCount(new Ref(level.get(), cf.valueAt("level")),
                                new Ref(target.get(), cf.valueAt("target")), count.getAsLong(), cf.valueAt("count")));
                    }
                });
            }
            List<ShortcomingCount> shortcomings = f.node("shortcomings", false)
                    .map(n -> readShortcomings(n, diagnostics)).orElse(List.of());
            Optional<Discipline> discipline = f.node("discipline", false)
                    .flatMap(n -> Fields.of(n, "'discipline'", List.of("members", "committee_members"), diagnostics))
                    .flatMap(d -> {
                        OptionalLong members = d.count("members", true);
                        OptionalLong committee = d.count("committee_members", false);
                        return members.isPresent()
                                ? Optional.of(new Discipline(members.getAsLong(), committee.orElse(0),
                                        d.valueAt("members"), d.valueAt("committee_members")))
                                : Optional.empty();
                    });
            Optional<Ratings> ratings = f.node("ratings", false)
                    .flatMap(n -> Fields.of(n, "'ratings'", List.of("organizations", "members"), diagnostics))
                    .map(r -> new Ratings(
                            r.node("organizations", false).flatMap(n -> readRatingCounts(n, diagnostics)),
                            r.node("members", false).flatMap(n -> readRatingCounts(n, diagnostics))));
            return organization.map(id -> new Result(new Ref(id, f.valueAt("organization")), source, reviewed,
                    suggested, comments, shortcomings, discipline, ratings));
        });
    }

    private static List<ShortcomingCount> readShortcomings(YamlNode node, Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Mapping groups)) {
            diagnostics.error(Code.WRONG_TYPE, node.at(), "'shortcomings' must map each group id to its counts, but this is "
                    + node.describe(), "write e.g. 'to-chuc-dang: {found: 747, remediated: 497}'");
            return List.of();
        }
        List<ShortcomingCount> counts = new ArrayList<>();
        for (YamlNode.Entry entry : groups.entries()) {
            if (!Fields.validId(entry.key(), entry.keyAt(), diagnostics)) {
                continue;
            }
            Fields.of(entry.value(), "a shortcoming count", List.of("found", "remediated", "reported_percent"),
                    diagnostics).ifPresent(f -> {
                        OptionalLong found = f.count("found", true);
                        OptionalLong remediated = f.count("remediated", true);
                        Optional<BigDecimal> reported = f.percent("reported_percent");
                        if (found.isPresent() && remediated.isPresent()) {
                            counts.add(new ShortcomingCount(new Ref(entry.key(), entry.keyAt()), found.getAsLong(),
                                    remediated.getAsLong(), reported, f.valueAt("found"), f.valueAt("remediated"),
                                    f.valueAt("reported_percent")));
                        }
                    });
        }
        return counts;
    }

    private static Optional<RatingCounts> readRatingCounts(YamlNode node, Diagnostics diagnostics) {
        return Fields.of(node, "a rating count", List.of("rated", "counts"), diagnostics).flatMap(f -> {
            OptionalLong rated = f.count("rated", true);
            List<RatingCounts.LevelCount> levels = new ArrayList<>();
            f.node("counts", true).ifPresent(n -> {
                if (!(n instanceof YamlNode.Mapping mapping)) {
                    diagnostics.error(Code.WRONG_TYPE, n.at(), "'counts' must map each rating level to a count, but this is "
                            + n.describe(), "write e.g. 'hoan-thanh-tot: 30'");
                    return;
                }
                for (YamlNode.Entry entry : mapping.entries()) {
                    OptionalLong count = Fields.count(entry.key(), entry.value(), diagnostics);
                    if (Fields.validId(entry.key(), entry.keyAt(), diagnostics) && count.isPresent()) {
                        levels.add(new RatingCounts.LevelCount(new Ref(entry.key(), entry.keyAt()), count.getAsLong()));
                    }
                }
            });
            return rated.isPresent() ? Optional.of(new RatingCounts(rated.getAsLong(), f.valueAt("rated"), levels))
                    : Optional.empty();
        });
    }

    private Optional<Article> readArticle(Path file, String text, Diagnostics diagnostics) {
        String display = display(file);
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".md".length());
        if (!SLUG.matcher(slug).matches()) {
            String suggested = Slugs.slug(slug);
            diagnostics.error(Code.INVALID_SLUG, Position.wholeFile(display),
                    "the file name '" + name + "' cannot be used as a web address",
                    "use lowercase letters a-z, digits and hyphens" + (suggested.isEmpty() ? "" : ", e.g. '" + suggested + ".md'"));
            return Optional.empty();
        }
        Optional<String> reserved = Slugs.reserved(slug);
        if (reserved.isPresent()) {
            diagnostics.error(Code.RESERVED_NAME, Position.wholeFile(display), "the file name '" + name
                    + "' cannot be used for an article: " + reserved.get(), "rename the file, e.g. to '"
                    + slug + "-1.md' or, better, after the article's title");
            return Optional.empty();
        }
        Optional<FrontMatter> frontMatter = FrontMatter.split(display, text, diagnostics);
        if (frontMatter.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = frontMatter.get();
        List<String> keys = List.of("title", "date", "author", "source", "summary", "tags", "organizations", "period");
        return yaml.read(display, fm.yaml(), fm.yamlLine(), diagnostics)
                .flatMap(root -> Fields.of(root, "the front matter", keys, diagnostics))
                .flatMap(f -> {
                    Optional<String> title = f.text("title", true);
                    Optional<OffsetDateTime> date = f.dateTime("date", true);
                    String author = f.text("author", false).orElse("");
                    String source = f.text("source", false).orElse("");
                    String summary = f.text("summary", false).orElseGet(() -> firstParagraph(fm.body()));
                    List<String> tags = f.texts("tags");
                    List<Ref> organizations = new ArrayList<>();
                    for (YamlNode item : f.list("organizations", false).orElse(List.of())) {
                        if (item instanceof YamlNode.Scalar scalar && Fields.validId(scalar.text(), item.at(), diagnostics)) {
                            organizations.add(new Ref(scalar.text(), item.at()));
                        } else if (!(item instanceof YamlNode.Scalar)) {
                            diagnostics.error(Code.WRONG_TYPE, item.at(), "each item of 'organizations' must be an id",
                                    "write one organization id per line, each starting with '- '");
                        }
                    }
                    Optional<Ref> period = f.count("period", false)
                            .stream().mapToObj(y -> new Ref(Long.toString(y), f.valueAt("period"))).findFirst();
                    if (title.isEmpty() || date.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Article(slug, title.get(), date.get(), author, source, summary, tags,
                            organizations, period, fm.body(), fm.bodyLine(), Position.wholeFile(display)));
                });
    }

    /**
     * The first paragraph of a Markdown body as plain text, for an article without a summary:
     * headings, lists, tables and quotes are skipped, links keep their text, emphasis marks go.
     */
    static String firstParagraph(String markdown) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.lines().toList()) {
            String text = line.strip();
            if (text.isEmpty()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (paragraph.length() == 0 && (text.startsWith("#") || text.startsWith("|") || text.startsWith(">")
                    || text.startsWith("- ") || text.startsWith("* ") || NUMBERED.matcher(text).lookingAt()
                    || text.startsWith("```") || text.startsWith("---") || text.startsWith("!["))) {
                continue;
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(text);
        }
        String linksAsText = LINK.matcher(paragraph).replaceAll("$1");
        return EMPHASIS.matcher(linksAsText).replaceAll("").strip();
    }

    /**
     * A file's decoded text as every later stage sees it: without a byte-order mark, and composed.
     * Text pasted from a Mac or some web pages spells "ả" as "a" + two combining marks (NFD);
     * composed here once, every slug, search entry, sort and comparison sees one spelling.
     */
    static String asRead(String decoded) {
        return YamlReader.nfc(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded);
    }

    /** A content file's name that is not an ordinary file: a folder, a link to nothing, a device. */
    private static Diagnostic notAFile(Path file, String display) {
        Position at = Position.wholeFile(display);
        if (Files.isDirectory(file)) {
            String name = file.getFileName().toString();
            return Diagnostic.error(Code.UNREADABLE, at, "this is a folder, not a file",
                    "a content file is a text file: move the folder out of the content folder, or rename it so that "
                            + "its name does not end in '" + name.substring(Math.max(0, name.lastIndexOf('.'))) + "'");
        }
        if (!Files.exists(file)) {
            return Diagnostic.error(Code.UNREADABLE, at, "this is a link to a file that does not exist",
                    "copy the file itself here instead of the link, or delete the link");
        }
        return Diagnostic.error(Code.UNREADABLE, at, "this is not an ordinary file but a device, a pipe or a socket, "
                + "which has no text to read", "replace it with the file itself, saved as UTF-8 text");
    }

    /**
     * A file or folder that the system would not read, with the reason in words: the system's
     * message names only the path for the common reasons.
     *
     * @param what "the file" or "the folder"
     */
    static Diagnostic unreadable(Position at, String what, IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Diagnostic.error(Code.UNREADABLE, at, what + " may not be read by the user running the portal "
                    + "(permission denied)", "ask whoever manages this computer to let your user read " + what
                    + ", or copy it again into the content folder, which makes you its owner");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Diagnostic.error(Code.UNREADABLE, at, what + " disappeared while it was being read",
                    "if a program was saving or moving it, wait until it is done and run the command again");
        }
        String reason = e instanceof java.nio.file.FileSystemException system && system.getReason() != null
                ? system.getReason() : e.getMessage() != null ? e.getMessage() : "an input or output error";
        return Diagnostic.error(Code.UNREADABLE, at, what + " cannot be read: the system says \"" + reason + "\"",
                "check that the disk or the network folder is reachable and that no other program locks " + what
                        + ", then run the command again");
    }

    /**
     * What reading one file on its own core left for the joined reading: its diagnostics, its text
     * if a diagnostic may quote it, where to read it again otherwise, and the file's digest.
     */
    private record FileRead(List<Diagnostic> diagnostics, Map<String, String> texts, Map<String, Path> onDisk,
                            byte[] digest) {
    }

    /** One period file as read on its own core. */
    private record PeriodRead(FileRead read, Optional<Period> period) {
    }

    /** One article file as read on its own core, with the state of the file when it was read. */
    private record ArticleRead(Optional<Stamp> stamp, FileRead read, Optional<Article> article) {
    }

    /** File reading shared by every kind of content file: size and encoding checks, source texts. */
    private final class Reading {
        private final Diagnostics diagnostics;
        private final Map<String, String> texts;
        /** Files whose text is not kept but read again when a diagnostic quotes a line, by displayed path. */
        private final Map<String, Path> onDisk = new LinkedHashMap<>();
        /**
         * What is read goes into the digest; for a reading of one file on another core, into that
         * file's own digest, made on first use (the joined reading takes in that file's digest).
         */
        private java.security.MessageDigest digest;
        private Path realContentDir;

        Reading(Diagnostics diagnostics, Map<String, String> texts) {
            this(diagnostics, texts, false);
        }

        private Reading(Diagnostics diagnostics, Map<String, String> texts, boolean forOneFile) {
            this.diagnostics = diagnostics;
            this.texts = texts;
            this.digest = forOneFile ? null : sha256();
        }

        Reading forOneFile() {
            Reading one = new Reading(new Diagnostics(), new LinkedHashMap<>(), true);
            one.realContentDir = realContentDir;
            return one;
        }

        /** Ends a reading of one file: what it found, without its working state. */
        FileRead done() {
            return new FileRead(diagnostics.list(), Map.copyOf(texts), Map.copyOf(onDisk),
                    digest == null ? new byte[0] : digest.digest());
        }

        /**
         * Takes in what a reading of one file found: its diagnostics, text and share of the
         * digest. What a previous load read may be joined again.
         */
        void join(FileRead one) {
            diagnostics.addAll(one.diagnostics());
            texts.putAll(one.texts());
            onDisk.putAll(one.onDisk());
            digest.update(one.digest());
        }

        /** Drops the text of a file read, to be read again from the file if a diagnostic quotes it. */
        void quoteFromDisk(Path file) {
            String display = display(file);
            if (texts.remove(display) != null) {
                onDisk.put(display, file);
            }
        }

        private void digest(byte[] part) {
            if (digest == null) {
                digest = sha256();
            }
            digest.update(part);
        }

        private Path realContentDir() throws IOException {
            if (realContentDir == null) {
                realContentDir = contentDir.toRealPath();
            }
            return realContentDir;
        }

        Optional<YamlNode> yamlFile(Path file, boolean required) {
            return yamlFile(file, required, YamlReader.Streamed.NONE);
        }

        Optional<YamlNode> yamlFile(Path file, boolean required, YamlReader.Streamed streamed) {
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) { // a link to nothing is not read, and says so
                if (required) {
                    diagnostics.error(Code.MISSING_FILE, Position.wholeFile(display(file)), "this file is missing",
                            "every content directory needs site.yaml and organizations.yaml; see docs/content-format.md");
                }
                return Optional.empty();
            }
            return text(file, true).flatMap(text -> yaml.read(display(file), text, 1, diagnostics, streamed));
        }

        /** @param yaml whether the whole file is YAML, whose lines are limited (an article's front matter is checked apart) */
        Optional<String> text(Path file, boolean yaml) {
            String display = display(file);
            try {
                if (!Files.isRegularFile(file)) {
                    diagnostics.add(notAFile(file, display));
                    return Optional.empty();
                }
                if (!file.toRealPath().startsWith(realContentDir())) {
                    diagnostics.error(Code.OUTSIDE_CONTENT, Position.wholeFile(display),
                            "this is a link to a file outside the content folder, which is not read",
                            "copy the file into the content folder instead of linking to it");
                    return Optional.empty();
                }
                if (Files.size(file) > MAX_FILE_BYTES) {
                    diagnostics.error(Code.FILE_TOO_LARGE, Position.wholeFile(display), "the file is larger than "
                            + MAX_FILE_BYTES / (1024 * 1024) + " MiB", "split the content into smaller files");
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(file);
                Optional<String> text = decode(bytes, display, yaml);
                digest(contentDir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest(new byte[] {0});
                digest(text.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(bytes));
                text.ifPresent(t -> texts.put(display, t));
                return text;
            } catch (IOException e) {
                diagnostics.add(unreadable(Position.wholeFile(display), "the file", e));
                return Optional.empty();
            }
        }

        private Optional<String> decode(byte[] bytes, String display, boolean yaml) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
                diagnostics.error(Code.INVALID_UTF8, SourceTexts.position(display, before, before.length()),
                        "the file is not saved as UTF-8 text",
                        "save it again with the UTF-8 encoding (in Notepad: File → Save As → Encoding: UTF-8)");
                texts.put(display, new String(bytes, StandardCharsets.UTF_8));
                return Optional.empty();
            }
            String text = asRead(out.flip().toString());
            return refused(text, display, yaml) ? Optional.empty() : Optional.of(text);
        }

        /**
         * What the file may not hold, reported where it is, since an editor does not show it: a
         * character that {@link Characters} refuses (an invisible control character pasted from Word
         * or a PDF, which breaks YAML and makes the feed invalid XML; a right-to-left override,
         * which turns a name around on the page); and in a YAML file, a line longer than
         * {@link YamlReader#MAX_LINE}.
         */
        private boolean refused(String text, String display, boolean yaml) {
            int lineStart = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (yaml && i - lineStart > YamlReader.MAX_LINE) {
                        return lineTooLong(text, display, lineStart, i);
                    }
                    lineStart = i + 1;
                } else if (Characters.refused(text, i, true)) {
                    texts.put(display, text);
                    diagnostics.error(Characters.code(c), SourceTexts.position(display, text, i),
                            Characters.describe(c) + " is here",
                            "delete it: retype the characters around this place; " + Characters.origin(c));
                    return true;
                }
            }
            return yaml && text.length() - lineStart > YamlReader.MAX_LINE && lineTooLong(text, display, lineStart, text.length());
        }

        private boolean lineTooLong(String text, String display, int start, int end) {
            texts.put(display, text);
            diagnostics.add(YamlReader.lineTooLong(SourceTexts.position(display, text, start + YamlReader.MAX_LINE), end - start));
            return true;
        }

        /**
         * SHA-256 over the text of every file read (composed, without a byte-order mark), with its
         * path, in the order read (which is fixed); a file read on another core counts by its own
         * SHA-256 of the same.
         */
        String digest() {
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        private static java.security.MessageDigest sha256() {
            try {
                return java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * A content folder that is there but cannot be read as a folder is an error: read as
         * "no periods" or "no articles", it would publish a site without them. Only a folder that
         * is not there at all means none.
         */
        private void notAFolder(Path dir) {
            if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            String display = display(dir);
            if (!Files.isSymbolicLink(dir)) {
                diagnostics.error(Code.UNREADABLE, Position.wholeFile(display), display + " is a file, not a folder",
                        "make " + display + " a folder holding the files, or move the file elsewhere");
                return;
            }
            String target;
            try {
                target = Files.readSymbolicLink(dir).toString();
            } catch (IOException e) {
                target = "somewhere";
            }
            boolean loop = false;
            try {
                dir.toRealPath();
            } catch (java.nio.file.FileSystemException e) {
                loop = e.getReason() != null && e.getReason().contains("levels of symbolic links");
            } catch (IOException e) {
                // said below: it cannot be reached
            }
            diagnostics.error(Code.UNREADABLE, Position.wholeFile(display), display + " is a link to " + target + ", "
                            + (loop ? "which leads round in a loop" : Files.exists(dir) ? "which is not a folder"
                                    : "which cannot be reached"),
                    loop ? "make the link lead to the folder itself" : "check that the drive or network share it leads "
                            + "to is mounted, or copy the folder into the content folder");
        }

        /**
         * The files directly in {@code dir} with one of the endings, in name order; none when it
         * is absent. Anything else there that is not hidden (a backup {@code 2013.yaml.bak}, a
         * Word file, a subfolder) is not read, and a warning says so, since its writer may
         * expect it on the site.
         */
        List<Path> list(Path dir, String hint, String... endings) {
            if (!Files.isDirectory(dir)) {
                notAFolder(dir);
                return List.of();
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> all = files.sorted().toList();
                List<Path> read = new ArrayList<>();
                for (Path p : all) {
                    String name = p.getFileName().toString();
                    if (Stream.of(endings).anyMatch(name::endsWith)) {
                        read.add(p);
                    } else if (!name.startsWith(".") && !name.startsWith("~")) {
                        diagnostics.warning(Code.IGNORED_FILE, Position.wholeFile(display(p)),
                                "this " + (Files.isDirectory(p) ? "folder" : "file") + " is not read", hint);
                    }
                }
                return read;
            } catch (IOException e) {
                diagnostics.add(unreadable(Position.wholeFile(display(dir)), "the folder", e));
                return List.of();
            }
        }
    }
}
