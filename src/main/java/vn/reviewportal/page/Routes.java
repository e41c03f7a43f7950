package vn.reviewportal.page;

import java.util.List;
import vn.reviewportal.model.PeriodSpan;

/**
 * Every path of the site, relative to its root: pages, charts, downloads, the feed, the search
 * index and the assets. Links between pages are relative too ({@link #link}), so that the site
 * works under any path and from file://.
 */
public final class Routes {

    static final String HOME = "index.html";
    static final String NEWS = "news/index.html";
    static final String PERIODS = "periods/index.html";
    static final String ORGANIZATIONS = "organizations/index.html";
    static final String COMPARISON = "comparison.html";
    static final String DATA_QUALITY = "data-quality.html";
    static final String ARCHIVE = "archive/index.html";
    static final String CORRECTIONS = "corrections.html";
    static final String FEED = "feed.xml";
    static final String SEARCH = "search.html";
    static final String SITEMAP = "sitemap.xml";
    /** Served by web servers for a missing page (nginx: error_page 404 /404.html). */
    static final String NOT_FOUND = "404.html";

    /** What the search page loads to search in. */
    public static final String SEARCH_INDEX = "assets/search-index.js";

    /**
     * Files every site has; a file of the same name in the site's templates folder replaces it
     * (e.g. {@code templates/robots.txt} to let a search engine in).
     */
    public static final List<String> ASSETS = List.of("assets/favicon.svg", "assets/search.js", "assets/style.css",
            "robots.txt");

    private Routes() {
    }

    static String article(String slug) {
        return "news/" + slug + ".html";
    }

    /** The news list's {@code page}th page, the first one being the news index. */
    static String news(int page) {
        return page == 1 ? NEWS : "news/page-" + page + ".html";
    }

    /** A period's page, by its id: {@code periods/2012.html}, {@code periods/2019-6-thang-dau.html}. */
    static String period(PeriodSpan period) {
        return "periods/" + period.id() + ".html";
    }

    /** Page {@code number} (from 2) of a period's page, for a root with more direct subordinates than a page lists. */
    static String period(PeriodSpan period, int number) {
        return "periods/" + period.id() + "-trang-" + number + ".html";
    }

    /** Page {@code number} (from 2) of the comparison, for a root with more direct subordinates than a page lists. */
    static String comparison(int number) {
        return "comparison-trang-" + number + ".html";
    }

    /**
     * Page {@code number} (from 2) of an organization's subordinates, in a folder of its own: no
     * organization's id holds a '/', so no page of one can take its address.
     */
    static String subordinates(String id, int number) {
        return "organizations/" + id + "/truc-thuoc-" + number + ".html";
    }

    static String ranking(PeriodSpan period) {
        return "rankings/" + period.id() + ".html";
    }

    /**
     * Page {@code number} (from 2) of the ranking of the level {@code depth} below the root, beside
     * the period's ranking page: a period's id is made from its dates, and never ends like this.
     */
    static String ranking(PeriodSpan period, int depth, int number) {
        return "rankings/" + period.id() + "-cap-" + depth + "-trang-" + number + ".html";
    }

    /** The anchor of a level's section on the period's ranking page. */
    static String rankingAnchor(int depth) {
        return "cap-" + depth;
    }

    static String organization(String id) {
        return "organizations/" + id + ".html";
    }

    /** The home page of the frozen copy of {@code year}, published inside the site. */
    static String snapshot(int year) {
        return "archive/" + year + "/index.html";
    }

    /** A chart's drawing, e.g. {@code charts/2012/dbk-rate.svg} for {@code 2012/dbk-rate}. */
    static String chart(String name) {
        return "charts/" + name + ".svg";
    }

    /** A table's downloads without their extension, e.g. {@code data/2012/organizations}. */
    static String download(String name) {
        return "data/" + name;
    }

    /** The downloads of a chart's data: under {@code data/charts/}, by the chart's own name. */
    static String chartData(String name) {
        return download("charts/" + name);
    }

    public static String csv(String download) {
        return download + ".csv";
    }

    public static String json(String download) {
        return download + ".json";
    }

    /** "../" for each folder the page is in, so that every link is relative and works from file:// too. */
    static String rootOf(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }

    /** A link from the page at {@code from} to the file at {@code to}, by way of the site's root. */
    static String link(String from, String to) {
        return rootOf(from) + to;
    }

    /** A link from the page at {@code from} to a file in its own folder or below it. */
    static String below(String from, String to) {
        String folder = from.substring(0, from.lastIndexOf('/') + 1);
        if (!to.startsWith(folder)) {
            throw new IllegalArgumentException(to + " is not below the folder of " + from);
        }
        return to.substring(folder.length());
    }
}
