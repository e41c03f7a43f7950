package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.Statistics;

/**
 * The plan stage: decides every page and chart of the site and builds the view each template
 * gets. A pure function of the checked content and its statistics; nothing is rendered here.
 */
public final class SitePlanner {

    static final String HOME = "index.html";
    static final String NEWS = "news/index.html";
    static final String PERIODS = "periods/index.html";
    static final String ORGANIZATIONS = "organizations/index.html";
    static final String DATA_QUALITY = "data-quality.html";
    /** How many articles the home page lists. */
    static final int HOME_ARTICLES = 5;

    private final Content content;
    private final List<QualityFinding> findings;
    private final Statistics statistics;
    private final Messages messages;
    private final Formats formats;
    private final String generator;
    private final Map<String, Organization> organizations;

    private SitePlanner(Content content, List<QualityFinding> findings, Statistics statistics, String generator) {
        this.content = content;
        this.findings = findings;
        this.statistics = statistics;
        this.messages = Messages.load(content.site().language());
        this.formats = new Formats(content.site().language());
        this.generator = generator;
        this.organizations = content.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    /**
     * @param generator the generator's name and version, printed in every page's footer
     */
    public static SitePlan plan(Content content, List<QualityFinding> findings, Statistics statistics, String generator) {
        return new SitePlanner(content, findings, statistics, generator).plan();
    }

    private SitePlan plan() {
        List<PagePlan> pages = new ArrayList<>();
        List<ChartPlan> charts = new ArrayList<>();
        for (OrganizationFigures figures : statistics.figures()) {
            if (!figures.groups().isEmpty()) {
                charts.add(remediationChart(figures));
            }
        }
        pages.add(page(HOME, "home", messages.get("nav.home"), "home", home()));
        pages.add(page(NEWS, "news-list", messages.get("news.title"), "news",
                new Views.NewsList(content.articles().stream().map(a -> summary(a, NEWS)).toList())));
        for (Article article : content.articles()) {
            pages.add(page(articlePath(article), "article", article.title(), "news", article(article)));
        }
        pages.add(page(PERIODS, "period-list", messages.get("periods.title"), "periods", periodList()));
        for (Period period : content.periods()) {
            String path = periodPath(period.year());
            pages.add(page(path, "period", messages.get("period.heading", period.year()) + " — " + period.title(),
                    "periods", period(period, path)));
        }
        pages.add(page(ORGANIZATIONS, "organization-list", messages.get("organizations.title"), "organizations",
                organizationList()));
        for (Organization organization : content.organizations()) {
            String path = organizationPath(organization.id());
            pages.add(page(path, "organization", organization.name(), "organizations", organization(organization, path)));
        }
        pages.add(page(DATA_QUALITY, "data-quality", messages.get("quality.title"), "data-quality", dataQuality()));
        pages.sort(Comparator.comparing(PagePlan::path));
        charts.sort(Comparator.comparing(ChartPlan::path));
        return new SitePlan(pages, charts, messages);
    }

    private PagePlan page(String path, String template, String title, String section, Object view) {
        String root = rootOf(path);
        List<Views.NavItem> nav = List.of(
                new Views.NavItem(root + HOME, messages.get("nav.home"), section.equals("home")),
                new Views.NavItem(root + NEWS, messages.get("nav.news"), section.equals("news")),
                new Views.NavItem(root + PERIODS, messages.get("nav.periods"), section.equals("periods")),
                new Views.NavItem(root + ORGANIZATIONS, messages.get("nav.organizations"), section.equals("organizations")),
                new Views.NavItem(root + DATA_QUALITY, messages.get("nav.data-quality"), section.equals("data-quality")));
        Views.Layout layout = new Views.Layout(content.site().title(), content.site().description(),
                content.site().language().code(), title, root, section, nav, generator);
        return new PagePlan(path, template, layout, view);
    }

    /** "../" for each folder the page is in, so that every link is relative and works from file:// too. */
    static String rootOf(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }

    private static String link(String from, String to) {
        return rootOf(from) + to;
    }

    static String articlePath(Article article) {
        return "news/" + article.slug() + ".html";
    }

    static String periodPath(int year) {
        return "periods/" + year + ".html";
    }

    static String organizationPath(String id) {
        return "organizations/" + id + ".html";
    }

    static String chartPath(OrganizationFigures figures) {
        return "charts/" + figures.year() + "-" + figures.organizationId() + "-remediation.svg";
    }

    private Views.Home home() {
        String root = content.site().root();
        Optional<Views.Results> latest = newestFirst(content.periods()).stream()
                .flatMap(p -> statistics.of(root, p.year()).stream())
                .findFirst()
                .map(f -> results(f, HOME));
        List<Views.ArticleSummary> articles = content.articles().stream().limit(HOME_ARTICLES)
                .map(a -> summary(a, HOME)).toList();
        return new Views.Home(latest.orElse(null), articles, new Views.Link(NEWS, messages.get("home.all-news")));
    }

    private Views.ArticleSummary summary(Article article, String from) {
        return new Views.ArticleSummary(article.title(), link(from, articlePath(article)),
                formats.dateTime(article.date()), article.date().toString(), article.summary());
    }

    private Views.Article article(Article article) {
        String from = articlePath(article);
        List<Views.Link> related = article.organizations().stream()
                .map(ref -> organizations.get(ref.id()))
                .map(o -> new Views.Link(link(from, organizationPath(o.id())), o.name()))
                .toList();
        Views.Link period = article.period()
                .flatMap(ref -> content.period(Integer.parseInt(ref.id())))
                .map(p -> new Views.Link(link(from, periodPath(p.year())), messages.get("period.heading", p.year())
                        + " — " + p.title()))
                .orElse(null);
        return new Views.Article(article.title(), formats.dateTime(article.date()), article.date().toString(),
                article.author(), article.source(), article.markdown(), article.tags(), related, period);
    }

    private Views.PeriodList periodList() {
        return new Views.PeriodList(newestFirst(content.periods()).stream()
                .map(p -> new Views.PeriodSummary(
                        new Views.Link(link(PERIODS, periodPath(p.year())), messages.get("period.heading", p.year())),
                        p.title(), p.published().map(d -> messages.get("periods.published", formats.date(d))).orElse("")))
                .toList());
    }

    private Views.Period period(Period period, String path) {
        List<Views.Results> results = statistics.ofYear(period.year()).stream().map(f -> results(f, path)).toList();
        return new Views.Period(Integer.toString(period.year()), period.title(),
                period.published().map(d -> messages.get("periods.published", formats.date(d))).orElse(""), results);
    }

    private Views.OrganizationList organizationList() {
        List<Views.TreeEntry> entries = new ArrayList<>();
        content.organizations().stream().filter(o -> o.parentId().isEmpty())
                .forEach(o -> addTree(o, 0, entries));
        return new Views.OrganizationList(entries);
    }

    private void addTree(Organization organization, int depth, List<Views.TreeEntry> entries) {
        entries.add(new Views.TreeEntry(new Views.Link(link(ORGANIZATIONS, organizationPath(organization.id())),
                organization.name()), kind(organization), depth));
        children(organization).forEach(child -> addTree(child, depth + 1, entries));
    }

    private List<Organization> children(Organization organization) {
        return content.organizations().stream()
                .filter(o -> o.parentId().filter(organization.id()::equals).isPresent())
                .toList();
    }

    private String kind(Organization organization) {
        return messages.get("kind." + organization.kind().id());
    }

    private Views.Organization organization(Organization organization, String path) {
        Views.Link parent = organization.parentId().map(organizations::get)
                .map(p -> new Views.Link(link(path, organizationPath(p.id())), p.name()))
                .orElse(null);
        List<Views.Link> children = children(organization).stream()
                .map(c -> new Views.Link(link(path, organizationPath(c.id())), c.name()))
                .toList();
        List<Views.Results> periods = newestFirst(statistics.ofOrganization(organization.id())).stream()
                .map(f -> results(f, path)).toList();
        return new Views.Organization(organization.name(), kind(organization), parent, children, periods);
    }

    private Views.DataQuality dataQuality() {
        List<Views.Finding> rows = findings.stream()
                .sorted(Comparator.comparing(QualityFinding::at))
                .map(this::finding)
                .toList();
        return new Views.DataQuality(rows);
    }

    private Views.Finding finding(QualityFinding finding) {
        String organization = organizations.get(finding.organizationId()).name();
        Views.Link subject = new Views.Link(link(DATA_QUALITY, periodPath(finding.year())),
                messages.get("period.heading", finding.year()));
        String text;
        if (finding instanceof QualityFinding.PercentMismatch m) {
            text = messages.get("quality.percent-mismatch", finding.year(), organization,
                    groupLabel(finding.year(), m.groupId()), formats.percent(m.reported()),
                    formats.ratio(m.remediated(), m.found()), formats.percent(m.computed()));
        } else {
            QualityFinding.RatingsDoNotSum r = (QualityFinding.RatingsDoNotSum) finding;
            text = messages.get("quality.ratings-do-not-sum", finding.year(), organization,
                    messages.get("quality.subject." + r.subject()), formats.count(r.rated()), formats.count(r.sum()));
        }
        return new Views.Finding(finding.at().toString(), subject, text);
    }

    private String groupLabel(int year, String groupId) {
        return content.period(year).flatMap(p -> p.group(groupId)).map(Label::label).orElse(groupId);
    }

    /** One organization's figures in one period, as shown on the home, period and organization pages. */
    private Views.Results results(OrganizationFigures f, String from) {
        Period period = content.period(f.year()).orElseThrow();
        Organization organization = organizations.get(f.organizationId());
        List<Views.Figure> figures = new ArrayList<>();
        f.reviewed().ifPresent(r -> figures.add(new Views.Figure(formats.ratio(r.done(), r.required()),
                messages.get("figure.reviewed"))));
        f.suggestedContents().ifPresent(n -> figures.add(new Views.Figure(formats.count(n), messages.get("figure.suggested"))));
        if (!f.comments().isEmpty()) {
            figures.add(new Views.Figure(formats.count(f.commentsTotal()), messages.get("figure.comments")));
        }
        f.total().rate().ifPresent(rate -> figures.add(new Views.Figure(formats.percent(rate),
                messages.get("figure.remediated", formats.ratio(f.total().remediated(), f.total().found())))));
        f.discipline().ifPresent(d -> figures.add(new Views.Figure(formats.count(d.members()), d.committeeMembers() > 0
                ? messages.get("figure.discipline-committee", formats.count(d.committeeMembers()))
                : messages.get("figure.discipline"))));

        List<Views.GroupRow> groups = f.groups().stream().map(this::row).toList();
        List<Views.CommentRow> comments = f.comments().stream()
                .map(c -> new Views.CommentRow(label(period.commentLevels(), c.level().id()),
                        label(period.commentTargets(), c.target().id()), formats.count(c.count())))
                .toList();
        List<String> notes = new ArrayList<>();
        for (GroupFigures g : f.groups()) {
            if (g.reportedDiffers()) {
                notes.add(messages.get("note.percent-mismatch", g.label(), formats.percent(g.reported().orElseThrow()),
                        formats.ratio(g.remediated(), g.found()), g.rate().map(formats::percent).orElse("—")));
            }
        }
        if (f.total().inProgress() > 0) {
            notes.add(messages.get("note.in-progress", formats.count(f.total().inProgress())));
        }
        Views.Chart chart = f.groups().isEmpty() ? null : chartView(f, organization, from);
        return new Views.Results(
                new Views.Link(link(from, organizationPath(organization.id())), organization.name()),
                new Views.Link(link(from, periodPath(period.year())), messages.get("period.heading", period.year())),
                period.title(), f.source(), figures, groups, f.groups().isEmpty() ? null : row(f.total()), comments,
                formats.count(f.commentsTotal()), chart, notes);
    }

    private Views.GroupRow row(GroupFigures g) {
        String label = g.label().isEmpty() ? messages.get("results.total") : g.label();
        return new Views.GroupRow(label, formats.count(g.found()), formats.count(g.remediated()),
                formats.count(g.inProgress()), g.rate().map(formats::percent).orElse("—"),
                formats.ratio(g.remediated(), g.found()), g.reported().map(formats::percent).orElse(""),
                g.reportedDiffers());
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String label(List<Label> labels, String id) {
        return labels.stream().filter(l -> l.id().equals(id)).findFirst().map(Label::label).orElse(id);
    }

    private ChartPlan remediationChart(OrganizationFigures f) {
        List<GroupFigures> groups = f.groups();
        return new ChartPlan(chartPath(f), f.year() + "-" + f.organizationId() + "-remediation",
                messages.get("chart.remediation.title", f.year()), messages.get("chart.remediation.axis"),
                groups.stream().map(GroupFigures::label).toList(),
                groups.stream().map(g -> g.rate().map(Percent::rounded).orElse(BigDecimal.ZERO)).toList(),
                groups.stream().map(g -> g.rate().map(formats::percent).orElse("—")).toList(),
                ChartPlan.WIDTH, ChartPlan.heightFor(groups.size()));
    }

    private Views.Chart chartView(OrganizationFigures f, Organization organization, String from) {
        String data = f.groups().stream()
                .map(g -> g.label() + ": " + g.rate().map(formats::percent).orElse("—")
                        + " (" + formats.ratio(g.remediated(), g.found()) + ")")
                .collect(Collectors.joining("; ")) + ".";
        List<List<String>> rows = f.groups().stream()
                .map(g -> List.of(g.label(), formats.ratio(g.remediated(), g.found()),
                        g.rate().map(formats::percent).orElse("—")))
                .toList();
        return new Views.Chart(link(from, chartPath(f)), ChartPlan.WIDTH, ChartPlan.heightFor(f.groups().size()),
                messages.get("chart.remediation.alt", f.year(), organization.name(), data),
                messages.get("chart.remediation.title", f.year()),
                List.of(messages.get("results.group"), messages.get("results.remediated") + "/" + messages.get("results.found"),
                        messages.get("results.rate")),
                rows);
    }
}
