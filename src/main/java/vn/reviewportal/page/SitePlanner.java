package vn.reviewportal.page;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.Statistics;

/**
 * The plan stage: decides every page, chart and download of the site and builds the view each
 * template gets. A pure function of the checked content and its statistics; nothing is
 * rendered here. The figures of one organization in one period are shaped by
 * {@link ResultsPlanner}, so they look the same on every page that shows them.
 */
public final class SitePlanner {

    /** Atom's dates: seconds always written, with the article's own offset. */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);
    /** How many articles the home page lists. */
    static final int HOME_ARTICLES = 5;
    /** How many articles one page of the news list shows. */
    static final int NEWS_PER_PAGE = 10;

    private final Content content;
    private final List<QualityFinding> findings;
    private final Statistics statistics;
    private final Messages messages;
    private final Formats formats;
    private final String generator;
    private final Map<String, Organization> organizations;
    private final List<ChartPlan> charts = new ArrayList<>();
    private final List<DownloadPlan> downloads = new ArrayList<>();
    private final Map<String, List<Views.NavItem>> navs = new HashMap<>();
    private final ResultsPlanner results;
    private final List<SnapshotSummary> snapshots;

    private SitePlanner(Content content, List<QualityFinding> findings, Statistics statistics, String generator,
                        List<SnapshotSummary> snapshots) {
        this.snapshots = List.copyOf(snapshots);
        this.content = content;
        this.findings = findings;
        this.statistics = statistics;
        this.messages = Messages.load(content.site().language());
        this.formats = new Formats(content.site().language());
        this.generator = generator;
        this.organizations = content.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        this.results = new ResultsPlanner(content, statistics, findings, messages, formats, charts, downloads);
    }

    /**
     * @param findings  everything the checks found that readers should know
     * @param generator the generator's name and version, printed in every page's footer
     * @param snapshots the frozen yearly snapshots, listed on the archive page
     */
    public static SitePlan plan(Content content, List<QualityFinding> findings, Statistics statistics, String generator,
                                List<SnapshotSummary> snapshots) {
        return new SitePlanner(content, findings, statistics, generator, snapshots).plan();
    }

    private SitePlan plan() {
        List<PagePlan> pages = new ArrayList<>();
        pages.add(page(Routes.HOME, messages.get("nav.home"), "home", home()));
        pages.addAll(newsPages());
        for (Article article : content.articles()) {
            pages.add(page(Routes.article(article.slug()), article.title(), "news", article(article)));
        }
        pages.add(page(Routes.PERIODS, messages.get("periods.title"), "periods", periodList()));
        for (Period period : content.periods()) {
            String path = Routes.period(period.year());
            pages.add(page(path, messages.get("period.heading", period.year()) + " — " + period.title(),
                    "periods", period(period, path)));
            String ranking = Routes.ranking(period.year());
            pages.add(page(ranking, messages.get("ranking.title", period.year()), "periods",
                    new RankingPlanner(content, statistics, messages, formats, charts, downloads).ranking(period, ranking)));
        }
        pages.add(page(Routes.COMPARISON, messages.get("comparison.title"), "periods",
                new ComparisonPlanner(content, statistics, messages, formats, downloads).comparison(Routes.COMPARISON)));
        pages.add(page(Routes.ORGANIZATIONS, messages.get("organizations.title"), "organizations",
                organizationList()));
        for (Organization organization : content.organizations()) {
            String path = Routes.organization(organization.id());
            pages.add(page(path, organization.name(), "organizations",
                    results.organization(organization, path)));
        }
        pages.add(page(Routes.DATA_QUALITY, messages.get("quality.title"), "data-quality", dataQuality()));
        pages.add(page(Routes.ARCHIVE, messages.get("archive.title"), "archive", archive()));
        pages.add(page(Routes.NOT_FOUND, messages.get("not-found.title"), "", new Views.NotFound(
                new Views.Link(Routes.HOME, messages.get("nav.home")), new Views.Link(Routes.NEWS, messages.get("nav.news")))));
        pages.add(page(Routes.FEED, messages.get("news.title"), "news", feed()));
        pages.add(page(Routes.SEARCH, messages.get("search.title"), "search", new Views.Search()));
        content.site().baseUrl().ifPresent(base -> pages.add(page(Routes.SITEMAP, "", "", new Views.Sitemap(
                pages.stream().map(PagePlan::path).filter(p -> p.endsWith(".html") && !p.equals(Routes.NOT_FOUND))
                        .sorted().map(p -> base + p).toList()))));
        pages.sort(Comparator.comparing(PagePlan::path));
        for (int i = 1; i < pages.size(); i++) {
            // Names that would take a generated page's address are refused when read (Slugs.reserved);
            // should one ever get through, no page may silently replace another.
            if (pages.get(i).path().equals(pages.get(i - 1).path())) {
                throw new IllegalStateException("two pages would be written to " + pages.get(i).path());
            }
        }
        return new SitePlan(pages, unique(charts, ChartPlan::path), unique(downloads, DownloadPlan::path), search(),
                messages);
    }

    /** The same chart or table may be planned from several pages; each file is written once. */
    private static <T> List<T> unique(List<T> items, Function<T, String> path) {
        Map<String, T> byPath = new LinkedHashMap<>();
        items.forEach(item -> byPath.putIfAbsent(path.apply(item), item));
        return byPath.values().stream().sorted(Comparator.comparing(path)).toList();
    }

    private PagePlan page(String path, String title, String section, PageView view) {
        String root = Routes.rootOf(path);
        // Every page at the same depth in the same section has the same menu: it is made once.
        List<Views.NavItem> nav = navs.computeIfAbsent(root + "\n" + section, key -> menu(root, section));
        Views.Layout layout = new Views.Layout(content.site().title(), content.site().description(),
                content.site().language().code(), content.site().notice(), title, root, section, nav, generator);
        return new PagePlan(path, layout, view);
    }

    private List<Views.NavItem> menu(String root, String section) {
        return List.of(
                new Views.NavItem(root + Routes.HOME, messages.get("nav.home"), section.equals("home")),
                new Views.NavItem(root + Routes.NEWS, messages.get("nav.news"), section.equals("news")),
                new Views.NavItem(root + Routes.PERIODS, messages.get("nav.periods"), section.equals("periods")),
                new Views.NavItem(root + Routes.ORGANIZATIONS, messages.get("nav.organizations"), section.equals("organizations")),
                new Views.NavItem(root + Routes.DATA_QUALITY, messages.get("nav.data-quality"), section.equals("data-quality")),
                new Views.NavItem(root + Routes.ARCHIVE, messages.get("nav.archive"), section.equals("archive")),
                new Views.NavItem(root + Routes.SEARCH, messages.get("nav.search"), section.equals("search")));
    }

    private Views.Home home() {
        String root = content.site().root();
        Optional<Views.Results> latest = newestFirst(content.periods()).stream()
                .flatMap(p -> statistics.of(root, p.year()).stream())
                .findFirst()
                .map(f -> results.results(f, Routes.HOME, false));
        List<Views.ArticleSummary> articles = content.articles().stream().limit(HOME_ARTICLES)
                .map(a -> summary(a, Routes.HOME)).toList();
        return new Views.Home(latest.orElse(null), articles, new Views.Link(Routes.NEWS, messages.get("home.all-news")));
    }

    /** What the offline search looks through: articles, periods, organizations, with their text. */
    private List<SearchEntry> search() {
        String article = messages.get("search.kind.article");
        List<SearchEntry> entries = new ArrayList<>(content.articles().parallelStream()
                .map(a -> SearchEntry.of(a.title(), Routes.article(a.slug()), article, a.summary() + " " + a.markdown()))
                .toList());
        for (Period p : content.periods()) {
            entries.add(SearchEntry.of(messages.get("period.heading", p.year()) + " — " + p.title(), Routes.period(p.year()),
                    messages.get("search.kind.period"), p.groups().stream().map(g -> g.label())
                            .collect(Collectors.joining(", "))));
        }
        for (Organization o : content.organizations()) {
            entries.add(SearchEntry.of(o.name(), Routes.organization(o.id()), messages.get("kind." + o.kind().id()),
                    o.shortName()));
        }
        entries.sort(Comparator.comparing(SearchEntry::href));
        return entries;
    }

    /** The Atom feed of the articles, newest first; links are relative to the feed, ids stable. */
    private Views.Feed feed() {
        List<Views.FeedEntry> entries = content.articles().stream().limit(50).map(a -> new Views.FeedEntry(
                a.title(), id("news/" + a.slug()), Routes.article(a.slug()), a.date().format(RFC_3339), a.author(), a.summary()))
                .toList();
        String updated = content.articles().isEmpty() ? "1970-01-01T00:00:00Z"
                : content.articles().get(0).date().format(RFC_3339);
        return new Views.Feed(content.site().title(), id("feed"), updated, entries);
    }

    /** An id that stays the same as long as the site's root and the item do, as an Atom feed needs. */
    private String id(String item) {
        return content.site().baseUrl().map(base -> base + item)
                .orElse("urn:uuid:" + UUID.nameUUIDFromBytes((content.site().root() + "/" + item)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private List<PagePlan> newsPages() {
        List<Article> articles = content.articles();
        int pages = Math.max(1, (articles.size() + NEWS_PER_PAGE - 1) / NEWS_PER_PAGE);
        List<PagePlan> plans = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String path = Routes.news(page);
            List<Views.ArticleSummary> summaries = articles.subList((page - 1) * NEWS_PER_PAGE,
                    Math.min(articles.size(), page * NEWS_PER_PAGE)).stream().map(a -> summary(a, path)).toList();
            Views.Link previous = page == 1 ? null
                    : new Views.Link(Routes.link(path, Routes.news(page - 1)), messages.get("news.newer"));
            Views.Link next = page == pages ? null
                    : new Views.Link(Routes.link(path, Routes.news(page + 1)), messages.get("news.older"));
            String title = page == 1 ? messages.get("news.title") : messages.get("news.page-title", page);
            plans.add(page(path, title, "news", new Views.NewsList(summaries, page, pages, previous, next)));
        }
        return plans;
    }

    private Views.ArticleSummary summary(Article article, String from) {
        return new Views.ArticleSummary(article.title(), Routes.link(from, Routes.article(article.slug())),
                formats.dateTime(article.date()), article.date().toString(), article.summary());
    }

    private Views.Article article(Article article) {
        String from = Routes.article(article.slug());
        List<Views.Link> related = article.organizations().stream()
                .map(ref -> organizations.get(ref.id()))
                .map(o -> new Views.Link(Routes.link(from, Routes.organization(o.id())), o.name()))
                .toList();
        Views.Link period = article.period()
                .flatMap(ref -> content.period(Integer.parseInt(ref.id())))
                .map(p -> new Views.Link(Routes.link(from, Routes.period(p.year())), messages.get("period.heading", p.year())
                        + " — " + p.title()))
                .orElse(null);
        return new Views.Article(article.title(), formats.dateTime(article.date()), article.date().toString(),
                article.author(), article.source(), article.markdown(), article.tags(), related, period);
    }

    private Views.PeriodList periodList() {
        return new Views.PeriodList(newestFirst(content.periods()).stream()
                .map(p -> new Views.PeriodSummary(
                        new Views.Link(Routes.link(Routes.PERIODS, Routes.period(p.year())),
                                messages.get("period.heading", p.year())),
                        p.title(), p.published().map(d -> messages.get("periods.published", formats.date(d))).orElse(""),
                        new Views.Link(Routes.link(Routes.PERIODS, Routes.ranking(p.year())), messages.get("ranking.link"))))
                .toList(), new Views.Link(Routes.link(Routes.PERIODS, Routes.COMPARISON), messages.get("comparison.title")));
    }

    private Views.Period period(Period period, String path) {
        Views.Results root = statistics.of(content.site().root(), period.year())
                .map(f -> results.results(f, path, true)).orElse(null);
        TableBuilder table = new TableBuilder(Routes.download(period.year() + "/organizations"),
                messages.get("period.organizations"))
                .column("organization", messages.get("column.organization"), false)
                .column("basis", messages.get("column.basis"), false)
                .column("found", messages.get("results.found"), true)
                .column("remediated", messages.get("results.remediated"), true)
                .column("in_progress", messages.get("results.in-progress"), true)
                .column("rate_percent", messages.get("results.rate"), true)
                .column("organization_id", messages.get("column.organization-id"), false);
        for (OrganizationFigures f : statistics.ofYear(period.year())) {
            Organization o = organizations.get(f.organizationId());
            table.row(List.of(Value.link(o.name(), Routes.link(path, Routes.organization(o.id()))),
                    Value.text(messages.get("basis." + f.basis().name().toLowerCase(Locale.ROOT))),
                    results.count(f.total().found()), results.count(f.total().remediated()),
                    results.count(f.total().inProgress()), results.percent(f.total().rate()), Value.text(o.id())));
        }
        return new Views.Period(Integer.toString(period.year()), period.title(),
                period.published().map(d -> messages.get("periods.published", formats.date(d))).orElse(""), root,
                table.isEmpty() ? null : table.build(path, downloads),
                new Views.Link(Routes.link(path, Routes.ranking(period.year())), messages.get("ranking.link")),
                new Views.Link(Routes.link(path, Routes.COMPARISON), messages.get("comparison.title")));
    }

    private Views.OrganizationList organizationList() {
        List<Views.TreeEntry> entries = new ArrayList<>();
        content.organizations().stream().filter(o -> o.parentId().isEmpty())
                .forEach(o -> addTree(o, 0, entries));
        return new Views.OrganizationList(entries);
    }

    private void addTree(Organization organization, int depth, List<Views.TreeEntry> entries) {
        entries.add(new Views.TreeEntry(new Views.Link(Routes.link(Routes.ORGANIZATIONS, Routes.organization(organization.id())),
                organization.name()), messages.get("kind." + organization.kind().id()), depth));
        results.children(organization).forEach(child -> addTree(child, depth + 1, entries));
    }

    private Views.DataQuality dataQuality() {
        TableBuilder table = new TableBuilder(Routes.download("data-quality"), messages.get("quality.title"))
                .column("subject", messages.get("quality.subject"), false)
                .column("problem", messages.get("quality.problem"), false)
                .column("where", messages.get("quality.where"), false);
        findings.stream().sorted(Comparator.comparing(QualityFinding::at)).forEach(finding -> {
            Views.Link subject = results.subject(finding, Routes.DATA_QUALITY);
            table.row(List.of(Value.link(subject.text(), subject.href()), Value.text(results.describe(finding)),
                    Value.text(finding.at().toString())));
        });
        return new Views.DataQuality(table.isEmpty() ? null : table.build(Routes.DATA_QUALITY, downloads));
    }

    private Views.Archive archive() {
        TableBuilder table = new TableBuilder(Routes.download("archive"), messages.get("archive.title"))
                .column("year", messages.get("archive.year"), false)
                .column("frozen", messages.get("archive.frozen"), false)
                .column("pages", messages.get("archive.pages"), true)
                .column("files", messages.get("archive.files"), true)
                .column("manifest_sha256", messages.get("archive.digest"), false);
        for (SnapshotSummary s : newestFirst(snapshots)) {
            table.row(List.of(Value.link(Integer.toString(s.year()), Routes.below(Routes.ARCHIVE, Routes.snapshot(s.year()))),
                    new Value(s.frozen().toString(), Views.Cell.of(formats.date(s.frozen()))),
                    Value.count(s.pages(), formats), Value.count(s.files(), formats), Value.text(s.manifestDigest())));
        }
        return new Views.Archive(table.isEmpty() ? null : table.build(Routes.ARCHIVE, downloads),
                new Views.Link(Routes.link(Routes.ARCHIVE, Routes.CORRECTIONS), messages.get("corrections.title")));
    }

    /**
     * The corrections page: every figure that differs between a snapshot and the current content.
     * Planned after the rest of the site, because the comparison reads the site's own tables.
     */
    public static SitePlan corrections(Content content, List<CorrectionRow> rows, String generator) {
        SitePlanner planner = new SitePlanner(content, List.of(), new Statistics(List.of(), List.of(), List.of()),
                generator, List.of());
        return planner.correctionsPlan(rows);
    }

    private SitePlan correctionsPlan(List<CorrectionRow> rows) {
        TableBuilder table = new TableBuilder(Routes.download("corrections"), messages.get("corrections.title"))
                .column("year", messages.get("archive.year"), false)
                .column("table", messages.get("corrections.table"), false)
                .column("row", messages.get("corrections.row"), false)
                .column("column", messages.get("corrections.column"), false)
                .column("frozen", messages.get("corrections.before"), true)
                .column("now", messages.get("corrections.now"), true);
        for (CorrectionRow row : rows) {
            table.row(List.of(Value.link(Integer.toString(row.year()),
                    Routes.link(Routes.CORRECTIONS, Routes.snapshot(row.year()))),
                    Value.text(row.table()), Value.text(row.row()), Value.text(row.column()),
                    Value.text(row.before()), Value.text(row.now())));
        }
        Views.Corrections view = new Views.Corrections(table.isEmpty() ? null : table.build(Routes.CORRECTIONS, downloads));
        return new SitePlan(List.of(page(Routes.CORRECTIONS, messages.get("corrections.title"), "archive", view)),
                List.of(), List.copyOf(downloads), List.of(), messages);
    }

    static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }
}
