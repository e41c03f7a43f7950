package vn.reviewportal.page;

import java.util.List;

/**
 * The records templates see. Each page gets exactly the view made for it, with every text
 * already formatted for the site's language and every link already relative to the page; a
 * template never sees the content model. Fields that may be absent are {@code null} (tested in
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
    public record Downloads(String csv, String json) {
    }

    /** A table with its caption and its downloads; {@code footer} (a totals row) may be null. */
    public record Table(String caption, List<Column> columns, List<Row> rows, Row footer, Downloads downloads) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** A chart image, its text alternative and its data as a table. */
    public record Chart(String src, int width, int height, String alt, String caption, Table data) {
    }

    /** One organization's figures in one period. {@code basis} says when they are added up from subordinates. */
    public record Results(Link organization, Link period, String periodTitle, String source, String basis,
                          String narrative, List<Figure> figures, Table groups, List<Chart> charts, List<String> notes,
                          Table comments, List<Table> ratings) {
        public Results {
            figures = List.copyOf(figures);
            charts = List.copyOf(charts);
            notes = List.copyOf(notes);
            ratings = List.copyOf(ratings);
        }
    }

    public record Home(Results latest, List<ArticleSummary> articles, Link allNews) {
        public Home {
            articles = List.copyOf(articles);
        }
    }

    /** One page of the news list; {@code previous} and {@code next} are null at the ends. */
    public record NewsList(List<ArticleSummary> articles, int page, int pages, Link previous, Link next) {
        public NewsList {
            articles = List.copyOf(articles);
        }
    }

    public record Article(String title, String date, String isoDate, String author, String source, String markdown,
                          List<String> tags, List<Link> organizations, Link period) {
        public Article {
            tags = List.copyOf(tags);
            organizations = List.copyOf(organizations);
        }
    }

    public record PeriodSummary(Link link, String title, String published, Link ranking) {
    }

    public record PeriodList(List<PeriodSummary> periods, Link comparison) {
        public PeriodList {
            periods = List.copyOf(periods);
        }
    }

    public record Period(String year, String title, String published, Results root, Table organizations,
                         Link ranking, Link comparison) {
    }

    /** A node of the organization tree for the index, with its depth for indentation. */
    public record TreeEntry(Link link, String kind, int depth) {
    }

    public record OrganizationList(List<TreeEntry> entries) {
        public OrganizationList {
            entries = List.copyOf(entries);
        }
    }

    public record Organization(String name, String kind, Link parent, String narrative, String rank, Chart trend,
                               Table children, List<Results> periods) {
        public Organization {
            periods = List.copyOf(periods);
        }
    }

    /** One level of the tree ranked by remediation rate, with a chart of the top and bottom. */
    public record RankingSection(String title, Table table, Chart chart) {
    }

    public record Ranking(String year, String title, List<RankingSection> sections) {
        public Ranking {
            sections = List.copyOf(sections);
        }
    }

    public record Comparison(Table groups, Table organizations) {
    }

    public record DataQuality(Table findings) {
    }

    /** The frozen yearly snapshots (null when there is none yet) and the page of corrections since. */
    public record Archive(Table snapshots, Link corrections) {
    }

    /** The Atom feed: dates as ISO 8601 with their offset, links relative to the feed. */
    public record Feed(String title, String id, String updated, List<FeedEntry> entries) {
        public Feed {
            entries = List.copyOf(entries);
        }
    }

    public record FeedEntry(String title, String id, String href, String updated, String author, String summary) {
    }

    /** The sitemap: absolute addresses of every page, when the site knows where it is published. */
    public record Sitemap(List<String> urls) {
        public Sitemap {
            urls = List.copyOf(urls);
        }
    }

    /** The search page: its results come from the index, in the reader's browser. */
    public record Search() {
    }

    /** The page for an address that does not exist. */
    public record NotFound(Link home, Link news) {
    }

    /** Figures changed since their year was frozen; null when none has. */
    public record Corrections(Table corrections) {
    }
}
