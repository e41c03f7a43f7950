package vn.reviewportal.page;

/**
 * What the template of one page gets as {@code view}: a record made for that template, which
 * names it. A template's name is its file in the templates folder: {@code .ftlh} for an HTML
 * page, {@code .ftlx} for an XML one (the feed, the sitemap), so that FreeMarker escapes its
 * output for the right language.
 */
public sealed interface PageView permits Views.Home, Views.NewsList, Views.Article, Views.PeriodList, Views.Period,
        Views.Ranking, Views.Comparison, Views.OrganizationList, Views.Organization, Views.Subordinates, Views.DataQuality,
        Views.Archive,
        Views.Corrections, Views.Feed, Views.Sitemap, Views.Search, Views.NotFound {

    /** The template's file name, e.g. {@code home.ftlh}. */
    String template();
}
