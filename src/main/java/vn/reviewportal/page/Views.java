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

    /** What every page knows about the site and about itself. */
    public record Layout(String siteTitle, String siteDescription, String lang, String pageTitle, String root,
                         String section, List<NavItem> nav, String generator) {
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

    /** A chart image, its text alternative and its data (shown as a table beside it). */
    public record Chart(String src, int width, int height, String alt, String caption, List<String> columns, List<List<String>> rows) {
        public Chart {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public record GroupRow(String label, String found, String remediated, String inProgress, String rate,
                           String ratio, String reported, boolean reportedDiffers) {
    }

    public record CommentRow(String level, String target, String count) {
    }

    /** One organization's figures in one period. */
    public record Results(Link organization, Link period, String periodTitle, String source, List<Figure> figures,
                          List<GroupRow> groups, GroupRow total, List<CommentRow> comments, String commentsTotal,
                          Chart chart, List<String> notes) {
        public Results {
            figures = List.copyOf(figures);
            groups = List.copyOf(groups);
            comments = List.copyOf(comments);
            notes = List.copyOf(notes);
        }
    }

    public record Home(Results latest, List<ArticleSummary> articles, Link allNews) {
        public Home {
            articles = List.copyOf(articles);
        }
    }

    public record NewsList(List<ArticleSummary> articles) {
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

    public record PeriodSummary(Link link, String title, String published) {
    }

    public record PeriodList(List<PeriodSummary> periods) {
        public PeriodList {
            periods = List.copyOf(periods);
        }
    }

    public record Period(String year, String title, String published, List<Results> results) {
        public Period {
            results = List.copyOf(results);
        }
    }

    /** A node of the organization tree for the index, with its depth for indentation. */
    public record TreeEntry(Link link, String kind, int depth) {
    }

    public record OrganizationList(List<TreeEntry> entries) {
        public OrganizationList {
            entries = List.copyOf(entries);
        }
    }

    public record Organization(String name, String kind, Link parent, List<Link> children, List<Results> periods) {
        public Organization {
            children = List.copyOf(children);
            periods = List.copyOf(periods);
        }
    }

    /** One data-quality finding: where in the content, what it concerns, and what is wrong. */
    public record Finding(String where, Link subject, String text) {
    }

    public record DataQuality(List<Finding> findings) {
        public DataQuality {
            findings = List.copyOf(findings);
        }
    }
}
