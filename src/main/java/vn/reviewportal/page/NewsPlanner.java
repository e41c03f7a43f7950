package vn.reviewportal.page;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.PeriodSpan;

/** The news: the list of articles page by page, each article's page, and the Atom feed. */
final class NewsPlanner {

    /** How many articles one page of the news list shows. */
    static final int PER_PAGE = 10;
    /** How many articles the feed holds, the newest. */
    static final int FEED_ENTRIES = 50;
    /** Atom's dates: seconds always written, with the article's own offset. */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);

    private final Content content;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;

    NewsPlanner(Content content, Messages messages, Formats formats, OrganizationTree organizations) {
        this.content = content;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
    }

    /** The news list, newest first, {@link #PER_PAGE} articles a page; one empty page when there is none. */
    List<Page> lists() {
        List<Article> articles = content.articles();
        int pages = Math.max(1, (articles.size() + PER_PAGE - 1) / PER_PAGE);
        List<Page> plans = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String path = Routes.news(page);
            List<Views.ArticleSummary> summaries = articles.subList((page - 1) * PER_PAGE,
                    Math.min(articles.size(), page * PER_PAGE)).stream().map(a -> summary(a, path)).toList();
            Views.Link previous = page == 1 ? null
                    : new Views.Link(Routes.link(path, Routes.news(page - 1)), messages.get("news.newer"));
            Views.Link next = page == pages ? null
                    : new Views.Link(Routes.link(path, Routes.news(page + 1)), messages.get("news.older"));
            String title = page == 1 ? messages.get("news.title") : messages.get("news.page-title", page);
            plans.add(new Page(path, title, "news", new Views.NewsList(summaries, page, pages, previous, next)));
        }
        return plans;
    }

    /** An article as a list shows it, linked from the page at {@code from}. */
    Views.ArticleSummary summary(Article article, String from) {
        return new Views.ArticleSummary(article.title(), Routes.link(from, Routes.article(article.slug())),
                formats.dateTime(article.date()), article.date().toString(), article.summary());
    }

    /** An article's page, with links to the organizations and the period it is about. */
    Page article(Article article) {
        String from = Routes.article(article.slug());
        List<Views.Link> related = article.organizations().stream()
                .map(ref -> organizations.get(ref.id()))
                .map(o -> new Views.Link(Routes.link(from, Routes.organization(o.id())), o.name()))
                .toList();
        Views.Link period = article.period()
                .flatMap(ref -> PeriodSpan.parse(ref.id()).flatMap(content::period))
                .map(p -> new Views.Link(Routes.link(from, Routes.period(p.span())),
                        new PeriodNames(messages).heading(p.span()) + " — " + p.title()))
                .orElse(null);
        return new Page(from, article.title(), "news", new Views.Article(article.title(),
                formats.dateTime(article.date()), article.date().toString(), article.author(), article.source(),
                article.markdown(), article.tags(), related, period));
    }

    /** The Atom feed of the newest articles; links are relative to the feed, ids stable. */
    Page feed() {
        List<Views.FeedEntry> entries = content.articles().stream().limit(FEED_ENTRIES).map(a -> new Views.FeedEntry(
                a.title(), id("news/" + a.slug()), Routes.article(a.slug()), a.date().format(RFC_3339), a.author(),
                a.summary())).toList();
        String updated = content.articles().isEmpty() ? "1970-01-01T00:00:00Z"
                : content.articles().get(0).date().format(RFC_3339);
        return new Page(Routes.FEED, messages.get("news.title"), "news",
                new Views.Feed(content.site().title(), id("feed"), updated, entries));
    }

    /** An id that stays the same as long as the site's root and the item do, as an Atom feed needs. */
    private String id(String item) {
        return content.site().baseUrl().map(base -> base + item)
                .orElse("urn:uuid:" + UUID.nameUUIDFromBytes((content.site().root() + "/" + item)
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
