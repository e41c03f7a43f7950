package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Correction;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.Statistics;

/**
 * The plan stage: decides every page, chart and download of the site and builds the view each
 * template gets. A pure function of the checked content, its statistics and the frozen years;
 * nothing is rendered here. Each planner hands back its pages with the tables and charts only
 * they show; the figures of one organization in one period are planned once, by
 * {@link ResultsPlanner}, and shown alike on every page that has them.
 */
public final class SitePlanner {

    /** How many articles the home page lists. */
    static final int HOME_ARTICLES = 5;

    private final Content content;
    private final List<QualityFinding> findings;
    private final Statistics statistics;
    private final String generator;
    private final List<FrozenYear> frozen;
    private final FolderNames contentFolder;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;
    /** The menus made so far, by the page's depth and section, which is all a menu depends on. */
    private final Map<String, List<Views.NavItem>> navs = new ConcurrentHashMap<>();

    private SitePlanner(Content content, List<QualityFinding> findings, Statistics statistics, String generator,
                        List<FrozenYear> frozen, FolderNames contentFolder) {
        this.content = content;
        this.findings = List.copyOf(findings);
        this.statistics = statistics;
        this.generator = generator;
        this.frozen = List.copyOf(frozen);
        this.contentFolder = contentFolder;
        this.messages = Messages.load(content.site().language());
        this.formats = new Formats(content.site().language());
        this.organizations = new OrganizationTree(content);
    }

    /**
     * @param findings  everything the checks found that readers should know
     * @param generator the generator's name and version, printed in every page's footer
     * @param frozen    the years frozen in the archive, oldest first: listed on the archive page,
     *                  and compared with today's tables for the corrections page
     * @param contentFolder the names of the folder the content was read from: the site shows a
     *                  finding's position by the folder's own name, never as it was typed
     */
    public static SitePlan plan(Content content, List<QualityFinding> findings, Statistics statistics, String generator,
                                List<FrozenYear> frozen, FolderNames contentFolder) {
        return new SitePlanner(content, findings, statistics, generator, frozen, contentFolder).plan();
    }

    private SitePlan plan() {
        ChartPlanner charts = new ChartPlanner(messages, formats, organizations);
        ResultsPlanner resultsPlanner = new ResultsPlanner(content, statistics, findings, messages, formats,
                organizations, charts);
        String rootId = content.site().root();
        Packing everyOrganization = Packing.everyOrganization(content);
        // An organization's figures of every period, oldest first. Below the root, a table's figures are
        // published in the period's file of every organization.
        Function<Organization, List<PlannedResults>> history = organization -> {
            boolean root = organization.id().equals(rootId);
            return statistics.ofOrganization(organization.id()).stream()
                    .map(resultsPlanner::plan)
                    .map(r -> root ? r
                            : r.sharingDownloads(messages.get("downloads.rows-of", organization.id()), everyOrganization))
                    .toList();
        };
        // The rows of the period files: every period's tables of each organization below the root, whose page
        // shows them as a row of its table of every period; the root's figures in full, as its pages show them.
        Function<Organization, List<PlannedResults>> rows = organization -> organization.id().equals(rootId)
                ? history.apply(organization)
                : statistics.ofOrganization(organization.id()).stream()
                        .map(resultsPlanner::tables)
                        .map(r -> r.sharingDownloads(messages.get("downloads.rows-of", organization.id()),
                                everyOrganization))
                        .toList();
        // Its page shows the latest period in full and the others as a row each of figures worked out already.
        Function<Organization, Optional<PlannedResults>> latest = organization -> {
            List<OrganizationFigures> figures = statistics.ofOrganization(organization.id());
            if (figures.isEmpty()) {
                return Optional.empty();
            }
            PlannedResults planned = resultsPlanner.plan(figures.get(figures.size() - 1));
            return Optional.of(organization.id().equals(rootId) ? planned
                    : planned.sharingDownloads(messages.get("downloads.rows-of", organization.id()), everyOrganization));
        };
        List<PlannedResults> root = history.apply(organizations.get(rootId));
        NewsPlanner news = new NewsPlanner(content, messages, formats, organizations);
        PeriodPlanner periods = new PeriodPlanner(content, statistics, messages, formats, organizations);
        RankingPlanner rankings = new RankingPlanner(content, statistics, messages, formats, organizations, charts);
        OrganizationPlanner organizationPages = new OrganizationPlanner(content, statistics, messages, formats,
                organizations, charts);
        ArchivePlanner archive = new ArchivePlanner(messages, formats);

        List<Page> pages = new ArrayList<>();
        pages.add(home(root.isEmpty() ? Optional.empty() : Optional.of(root.get(root.size() - 1)), news));
        pages.addAll(news.lists());
        content.articles().forEach(article -> pages.add(news.article(article)));
        DatasetPlanner dataset = new DatasetPlanner(content, statistics, messages, organizations);
        List<DatasetPlan> datasets = dataset.periods();
        pages.add(periods.list(datasets.isEmpty() ? null : dataset.view(Routes.PERIODS, datasets)));
        for (Period period : content.periods()) {
            pages.addAll(periods.period(period, root.stream().filter(r -> r.period().equals(period.span())).findFirst()));
            pages.addAll(rankings.ranking(period));
        }
        pages.addAll(new ComparisonPlanner(content, statistics, messages, formats).comparison());
        pages.add(organizationPages.list());
        pages.add(dataQuality());
        pages.add(archive.archive(frozen));
        pages.add(new Page(Routes.NOT_FOUND, messages.get("not-found.title"), "",
                new Views.NotFound(new Views.Link(Routes.HOME, messages.get("nav.home")),
                        new Views.Link(Routes.NEWS, messages.get("nav.news")))));
        pages.add(news.feed());
        pages.add(new Page(Routes.SEARCH, messages.get("search.title"), "search", new Views.Search()));
        // An organization's page, and a page for each further hundred of its subordinates when it has more.
        List<OrganizationPages.Entry> entries = new ArrayList<>();
        for (Organization o : content.organizations()) {
            int count = Math.max(1, TablePages.count(organizations.children(o).size()));
            for (int number = 1; number <= count; number++) {
                entries.add(new OrganizationPages.Entry(o, number));
            }
        }
        entries.sort(Comparator.comparing(OrganizationPages.Entry::path));
        OrganizationPages organizationPlans = new OrganizationPages(entries, e -> laidOut(e.number() == 1
                ? organizationPages.organization(e.organization(), latest.apply(e.organization()))
                : organizationPages.subordinates(e.organization(), e.number())));
        content.site().baseUrl().ifPresent(base -> pages.add(sitemap(base, pages, organizationPlans.paths())));

        // The files of every organization's rows, gathered in one pass that keeps each organization's rows and
        // not its page: the pages are planned again, a batch at a time, when they are rendered.
        Set<String> frozenTables = frozen.stream().flatMap(y -> y.tables().stream()).map(FrozenTable::path)
                .collect(Collectors.toSet());
        PeriodTables.Gathered gathered = PeriodTables.gather(content.organizations(), rows,
                organizationPages::ownTables, frozenTables, messages, everyOrganization);
        List<DownloadPlan> downloads = Stream.of(gathered.files().stream(), pages.stream().flatMap(Page::downloads),
                        datasets.isEmpty() ? Stream.<DownloadPlan>empty() : Stream.of(dataset.organizationList()))
                .flatMap(d -> d).sorted(Comparator.comparing(DownloadPlan::path)).toList();
        // The corrections compare the frozen years' tables with today's: planned once every other table is. The
        // tables of one organization below the root are compared too, as a year frozen before the period files
        // published them, though today they are rows of those files.
        List<DownloadPlan> compared = Stream.concat(downloads.stream(), gathered.frozenRows().stream())
                .sorted(Comparator.comparing(DownloadPlan::path)).toList();
        List<Correction> corrections = Errata.of(frozen, compared);
        Page correctionsPage = archive.corrections(corrections);
        pages.add(correctionsPage);

        List<PagePlan> others = pages.stream().map(this::laidOut).toList();
        inPathOrder(Stream.concat(others.stream().map(PagePlan::path), organizationPlans.paths().stream()).toList(),
                Function.identity(), "pages");
        return new SitePlan(inPathOrder(others, PagePlan::path, "pages"), organizationPlans,
                inPathOrder(Stream.concat(gathered.charts().stream(),
                        pages.stream().flatMap(p -> p.charts().stream()).filter(c -> !c.inline())
                                .map(PlannedChart::plan)).toList(),
                        ChartPlan::path, "charts"),
                inPathOrder(Stream.concat(downloads.stream(), correctionsPage.downloads()).toList(),
                        DownloadPlan::path, "downloads"),
                datasets, search(), corrections, messages);
    }

    /**
     * The items sorted by their path, each path once. Names that would take a generated page's
     * address are refused when read (Slugs.reserved); should one ever get through, no file may
     * silently replace another.
     */
    private static <T> List<T> inPathOrder(List<T> items, Function<T, String> path, String what) {
        List<T> sorted = items.stream().sorted(Comparator.comparing(path)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (path.apply(sorted.get(i)).equals(path.apply(sorted.get(i - 1)))) {
                throw new IllegalStateException("two " + what + " would be written to " + path.apply(sorted.get(i)));
            }
        }
        return sorted;
    }

    private PagePlan laidOut(Page page) {
        String root = Routes.rootOf(page.path());
        // Every page at the same depth in the same section has the same menu: it is made once.
        List<Views.NavItem> nav = navs.computeIfAbsent(root + "\n" + page.section(), key -> menu(root, page.section()));
        Views.Layout layout = new Views.Layout(content.site().title(), content.site().description(),
                content.site().language().code(), content.site().notice(), page.title(), root, page.section(), nav,
                generator);
        return new PagePlan(page.path(), layout, page.view());
    }

    private List<Views.NavItem> menu(String root, String section) {
        return List.of(
                new Views.NavItem(root + Routes.HOME, messages.get("nav.home"), section.equals("home")),
                new Views.NavItem(root + Routes.NEWS, messages.get("nav.news"), section.equals("news")),
                new Views.NavItem(root + Routes.PERIODS, messages.get("nav.periods"), section.equals("periods")),
                new Views.NavItem(root + Routes.ORGANIZATIONS, messages.get("nav.organizations"),
                        section.equals("organizations")),
                new Views.NavItem(root + Routes.DATA_QUALITY, messages.get("nav.data-quality"),
                        section.equals("data-quality")),
                new Views.NavItem(root + Routes.ARCHIVE, messages.get("nav.archive"), section.equals("archive")),
                new Views.NavItem(root + Routes.SEARCH, messages.get("nav.search"), section.equals("search")));
    }

    /** The latest figures of the site's root, without their comments and ratings, and the newest articles. */
    private Page home(Optional<PlannedResults> latest, NewsPlanner news) {
        List<Views.ArticleSummary> articles = content.articles().stream().limit(HOME_ARTICLES)
                .map(a -> news.summary(a, Routes.HOME)).toList();
        return new Page(Routes.HOME, messages.get("nav.home"), "home", new Views.Home(
                latest.map(r -> r.on(Routes.HOME, false)).orElse(null), articles,
                new Views.Link(Routes.link(Routes.HOME, Routes.NEWS), messages.get("home.all-news"))));
    }

    private Page dataQuality() {
        FindingText text = new FindingText(content, messages, formats, organizations);
        TableBuilder table = new TableBuilder(Routes.download("data-quality"), messages.get("quality.title"))
                .column("subject", messages.get("quality.subject"), false)
                .column("problem", messages.get("quality.problem"), false)
                .column("cause", messages.get("quality.cause"), false)
                .column("where", messages.get("quality.where"), false);
        findings.stream().sorted(Comparator.comparing(QualityFinding::at)).forEach(finding -> {
            Views.Link subject = text.subject(finding, Routes.DATA_QUALITY);
            table.row(List.of(Value.link(subject.text(), subject.href()), Value.text(text.describe(finding)),
                    Value.text(text.cause(finding)), Value.text(contentFolder.published(finding.at()))));
        });
        Optional<PlannedTable> listed = table.buildUnlessEmpty();
        return new Page(Routes.DATA_QUALITY, messages.get("quality.title"), "data-quality",
                new Views.DataQuality(listed.map(t -> t.on(Routes.DATA_QUALITY)).orElse(null)),
                listed.stream().toList(), List.of());
    }

    /**
     * The absolute address of every page of {@code pages} a search engine should know: not the
     * page for a missing address, nor the corrections page, which the sitemap has never listed
     * (it is planned after the sitemap).
     */
    private static Page sitemap(String base, List<Page> pages, List<String> organizationPages) {
        return new Page(Routes.SITEMAP, "", "", new Views.Sitemap(Stream.concat(pages.stream().map(Page::path),
                        organizationPages.stream())
                .filter(p -> p.endsWith(".html") && !p.equals(Routes.NOT_FOUND)).sorted().map(p -> base + p).toList()));
    }

    /** What the offline search looks through: articles, periods, organizations, with their text. */
    private List<SearchEntry> search() {
        String article = messages.get("search.kind.article");
        List<SearchEntry> entries = new ArrayList<>(content.articles().parallelStream()
                .map(a -> SearchEntry.of(a.title(), Routes.article(a.slug()), article, a.summary() + " " + a.markdown()))
                .toList());
        for (Period p : content.periods()) {
            entries.add(SearchEntry.of(new PeriodNames(messages).heading(p.span()) + " — " + p.title(),
                    Routes.period(p.span()), messages.get("search.kind.period"),
                    p.groups().stream().map(g -> g.label()).collect(Collectors.joining(", "))));
        }
        for (Organization o : content.organizations()) {
            entries.add(SearchEntry.of(o.name(), Routes.organization(o.id()), organizations.level(o),
                    o.shortName()));
        }
        entries.sort(Comparator.comparing(SearchEntry::href));
        return entries;
    }
}
