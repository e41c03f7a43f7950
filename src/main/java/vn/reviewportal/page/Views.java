package vn.reviewportal.page;

import java.util.List;

/**
 * The records templates see. Each page gets exactly the view made for it (a {@link PageView},
 * which names its template), with every text already formatted for the site's language and
 * every link already relative to the page; a template never sees the content model. Fields that may be absent are {@code null} (tested in
 * templates with {@code ??}).
 */
public final class Views {

    private Views() {
    }

    /** What every page knows about the site and about itself. {@code notice} is shown on every page. */
    public record Layout(String siteTitle, String siteDescription, String lang, String notice, String pageTitle,
                         String root, String section, List<NavItem> nav, String generator) {
        public Layout {
            nav = List.copyOf(nav);
        }
    }

    /** An entry of the site navigation; {@code current} marks the section the page belongs to. */
    public record NavItem(String href, String text, boolean current) {
    }

    /** A link relative to the page it is on. */
    public record Link(String href, String text) {
    }

    /** A headline number and what it counts. */
    public record Figure(String value, String label) {
    }

    public record ArticleSummary(String title, String href, String date, String isoDate, String summary) {
    }

    /** A table column; numeric columns are right-aligned. */
    public record Column(String label, boolean numeric) {
    }

    /**
     * A table cell: its text, a link if it leads somewhere, and a flag with a short explanation
     * when the value deserves attention (a published figure that disagrees with its counts).
     */
    public record Cell(String text, String href, String flag) {
        public static Cell of(String text) {
            return new Cell(text, null, null);
        }
    }

    /** A row; its first cell heads the row. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The same table's figures as files to download. */
    /**
     * The files of a table's figures; {@code rows}, where not empty, says which rows of a file of
     * every organization the table shows; files compressed with gzip say so in their links.
     */
    public record Downloads(String csv, String json, String rows, boolean compressed) {
    }

    /**
     * A table with its caption and its downloads; {@code footer} (a totals row) may be null;
     * {@code notes} explain the marks in its cells (a figure the source does not give, a sum of
     * partial figures), none for most tables.
     */
    public record Table(String caption, List<Column> columns, List<Row> rows, Row footer, Downloads downloads,
                        List<String> notes) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /** A chart image, its text alternative and its data as a table. */
    /**
     * A chart: a drawing in a file ({@code src}, with its data as a table), or, where
     * {@code inline} is not null, bars drawn inside the page, whose figures are printed as text
     * beside them and need no table.
     */
    public record Chart(String src, int width, int height, String alt, String caption, Table data, InlineChart inline) {
    }

    /**
     * Bars drawn inside the page: each row a label, one bar per series (or the series stacked in one
     * bar), and the printed figures as text, so that a phone shows them at the page's own size.
     *
     * @param legend the series' names, shown where there is more than one
     */
    public record InlineChart(List<String> legend, List<InlineRow> rows, boolean stacked) {
        public InlineChart {
            legend = List.copyOf(legend);
            rows = List.copyOf(rows);
        }
    }

    /** One category of an inline chart: its label, its bars and the figures they show, as text. */
    public record InlineRow(String label, List<InlineBar> bars, String text) {
        public InlineRow {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One bar or segment: where it starts and how long it is on a scale of 0 to 100 (of the
     * percentage, or of the largest row), and which series it is, for its colour.
     */
    public record InlineBar(String start, String length, int series) {
    }

    /**
     * One organization's figures in one period. {@code basis} says when they are added up from
     * subordinates; {@code discipline}, the members disciplined by form, is null where no form is given.
     */
    public record Results(Link organization, Link period, String periodTitle, String source, String basis,
                          String narrative, List<Figure> figures, Table groups, List<Chart> charts, List<String> notes,
                          Table comments, List<Table> ratings, Table discipline, Table changes) {
        public Results {
            figures = List.copyOf(figures);
            charts = List.copyOf(charts);
            notes = List.copyOf(notes);
            ratings = List.copyOf(ratings);
        }
    }

    public record Home(Results latest, List<ArticleSummary> articles, Link allNews) implements PageView {
        public Home {
            articles = List.copyOf(articles);
        }

        @Override
        public String template() {
            return "home.ftlh";
        }
    }

    /** One page of the news list; {@code previous} and {@code next} are null at the ends. */
    public record NewsList(List<ArticleSummary> articles, int page, int pages, Link previous, Link next)
            implements PageView {
        public NewsList {
            articles = List.copyOf(articles);
        }

        @Override
        public String template() {
            return "news-list.ftlh";
        }
    }

    public record Article(String title, String date, String isoDate, String author, String source, String markdown,
                          List<String> tags, List<Link> organizations, Link period) implements PageView {
        public Article {
            tags = List.copyOf(tags);
            organizations = List.copyOf(organizations);
        }

        @Override
        public String template() {
            return "article.ftlh";
        }
    }

    public record PeriodSummary(Link link, String title, String published, Link ranking) {
    }

    /**
     * The tidy dataset's files: what they hold, the organizations they name, and one file per
     * period, each {@link Downloads} with the period's name as its {@code rows}.
     */
    public record Dataset(String about, Downloads organizations, List<Downloads> periods) {
        public Dataset {
            periods = List.copyOf(periods);
        }
    }

    /** @param dataset the tidy dataset's files; null for a site with no figures */
    public record PeriodList(List<PeriodSummary> periods, Link comparison, Dataset dataset) implements PageView {
        public PeriodList {
            periods = List.copyOf(periods);
        }

        @Override
        public String template() {
            return "period-list.ftlh";
        }
    }

    /**
     * @param year    the period's id ({@code 2012}, {@code 2019-6-thang-dau}), as templates written for
     *                yearly periods read it
     * @param heading its name as a heading: "Năm 2012", "6 tháng đầu năm 2019", "Nhiệm kỳ 2015–2020"
     */
    /**
     * @param root  the root's figures, on the period's first page only
     * @param pager the pages of the table of organizations, when it takes more than one; else null
     */
    public record Period(String year, String heading, String title, String published, Results root, Table organizations,
                         Pager pager, Link ranking, Link comparison) implements PageView {
        @Override
        public String template() {
            return "period.ftlh";
        }
    }

    /** A node of the organization tree for the index, with its depth for indentation. */
    public record TreeEntry(Link link, String kind, int depth) {
    }

    /**
     * @param note   what the list leaves out, for a tree too large to list whole; empty otherwise
     * @param search the search page, which finds any organization, when the list leaves some out
     */
    public record OrganizationList(List<TreeEntry> entries, String note, Link search) implements PageView {
        public OrganizationList {
            entries = List.copyOf(entries);
        }

        @Override
        public String template() {
            return "organization-list.ftlh";
        }
    }

    /**
     * @param trendNote  says that the trend and the tables by year leave out half-years and terms, where there are any
     * @param members    the members and admissions by year; null when no year gives them
     * @param discipline the members and organizations disciplined by year; null when fewer than two years give them
     */
    /** @param childrenPager the pages of the table of its subordinates, when it takes more than one; else null */
    public record Organization(String name, String kind, Link parent, String narrative, String rank, Chart trend,
                               String trendNote, Table children, Pager childrenPager, Table members, Table periodRows,
                               List<Results> periods, Table discipline)
            implements PageView {
        public Organization {
            periods = List.copyOf(periods);
        }

        @Override
        public String template() {
            return "organization.ftlh";
        }
    }

    /** Page n (from 2) of an organization's subordinates: the next hundred, and the pages around. */
    public record Subordinates(String heading, Link organization, Table children, Pager pager) implements PageView {
        @Override
        public String template() {
            return "organization-children.ftlh";
        }
    }

    /** One level of the tree ranked by remediation rate, with a chart of the top and bottom. */
    /**
     * A level of a ranking, or a page of it; {@code chart} and {@code pager} may be null (a page
     * after the first has no chart; a level on one page no pager).
     */
    public record RankingSection(String id, String title, Table table, Chart chart, Pager pager) {
    }

    /** Links to the pages of a long table; {@code label} names them for a screen reader. */
    public record Pager(String label, List<PagerItem> items) {
        public Pager {
            items = List.copyOf(items);
        }
    }

    /**
     * One link of a pager: a page number, the previous or the next page ({@code rel}), or a gap
     * ({@code href} null and not current).
     */
    public record PagerItem(String text, String href, boolean current, String rel) {
    }

    /**
     * A year's ranking, or a page of one level of it ({@code first} then links to the ranking's
     * first page, and is null on that page); {@code unranked} says, per level, who has no rate
     * and is left out.
     */
    public record Ranking(String year, String title, List<RankingSection> sections, List<String> unranked, Link first)
            implements PageView {
        public Ranking {
            sections = List.copyOf(sections);
            unranked = List.copyOf(unranked);
        }

        @Override
        public String template() {
            return "ranking.ftlh";
        }
    }

    /** @param leftOut names the periods that are not calendar years, which the comparison leaves out; empty if none */
    /**
     * @param heading the page's heading: the comparison's title, with the page's number after the first
     * @param groups  the root's groups across the years, on the first page only
     * @param pager   the pages of the table of organizations, when it takes more than one; else null
     */
    public record Comparison(String heading, Table groups, Table organizations, String leftOut, Pager pager)
            implements PageView {
        @Override
        public String template() {
            return "comparison.ftlh";
        }
    }

    public record DataQuality(Table findings) implements PageView {
        @Override
        public String template() {
            return "data-quality.ftlh";
        }
    }

    /** The frozen yearly snapshots (null when there is none yet) and the page of corrections since. */
    public record Archive(Table snapshots, Link corrections) implements PageView {
        @Override
        public String template() {
            return "archive.ftlh";
        }
    }

    /** The Atom feed: dates as ISO 8601 with their offset, links relative to the feed. */
    public record Feed(String title, String id, String updated, List<FeedEntry> entries) implements PageView {
        public Feed {
            entries = List.copyOf(entries);
        }

        @Override
        public String template() {
            return "feed.ftlx";
        }
    }

    public record FeedEntry(String title, String id, String href, String updated, String author, String summary) {
    }

    /** The sitemap: absolute addresses of every page, when the site knows where it is published. */
    public record Sitemap(List<String> urls) implements PageView {
        public Sitemap {
            urls = List.copyOf(urls);
        }

        @Override
        public String template() {
            return "sitemap.ftlx";
        }
    }

    /** The search page: its results come from the index, in the reader's browser. */
    public record Search() implements PageView {
        @Override
        public String template() {
            return "search.ftlh";
        }
    }

    /** The page for an address that does not exist. */
    public record NotFound(Link home, Link news) implements PageView {
        @Override
        public String template() {
            return "not-found.ftlh";
        }
    }

    /** Figures changed since their year was frozen; null when none has. */
    public record Corrections(Table corrections) implements PageView {
        @Override
        public String template() {
            return "corrections.ftlh";
        }
    }
}
