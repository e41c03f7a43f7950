package vn.reviewportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.Messages;
import vn.reviewportal.page.OrganizationPages;
import vn.reviewportal.page.PagePlan;
import vn.reviewportal.page.SitePlan;
import vn.reviewportal.page.Views;

class PageRendererTest {

    private static final String EVIL = "<script>alert('x')</script> \" & ";

    private static PagePlan newsPage(String title) {
        Views.Layout layout = new Views.Layout(EVIL, "", "vi", EVIL, title, "../", "news",
                List.of(new Views.NavItem("../index.html", "Trang chủ", false)), "review-portal test");
        Views.NewsList view = new Views.NewsList(List.of(
                new Views.ArticleSummary(EVIL, "a.html", "15:00, 03/05/2013", "2013-05-03T15:00+07:00", EVIL)),
                1, 1, null, null);
        return new PagePlan("news/index.html", layout, view);
    }

    private static SitePlan plan(PagePlan page) {
        return new SitePlan(List.of(page), OrganizationPages.none(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Messages.load(Language.VI));
    }

    private static String text(SiteFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void textFromContentIsEscapedEverywhere() {
        RenderedSite site = new PageRenderer(Optional.empty(), "templates", Language.VI).render(plan(newsPage(EVIL)));
        assertEquals(List.of(), site.diagnostics());
        String html = text(site.files().get(0));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot; &amp;"), html);
    }

    @Test
    void builtInTemplatesAndTheStylesheetAreUsedWhenTheSiteHasNone() {
        RenderedSite site = new PageRenderer(Optional.empty(), "templates", Language.VI).render(plan(newsPage("Tin")));
        assertEquals(List.of("news/index.html", "assets/favicon.svg", "assets/search.js", "assets/style.css", "robots.txt"),
                site.files().stream().map(SiteFile::path).toList());
        String html = text(site.files().get(0));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), html);
        assertTrue(html.contains("href=\"../assets/style.css\""), html);
    }

    @Test
    void aSiteTemplateReplacesTheBuiltInOneFileByFile(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("news-list.ftlh"), "<p>${layout.pageTitle}</p>\n");
        RenderedSite site = new PageRenderer(Optional.of(templates), "templates", Language.VI).render(plan(newsPage("Tin <b>")));
        assertEquals("<p>Tin &lt;b&gt;</p>\n", text(site.files().get(0)));
    }

    @Test
    void aTemplateMistakeIsReportedAtItsLineAndColumn(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("news-list.ftlh"), "<p>\n  ${view.nothere}\n</p>\n");
        RenderedSite site = new PageRenderer(Optional.of(templates), "templates", Language.VI).render(plan(newsPage("Tin")));
        Diagnostic problem = site.diagnostics().get(0);
        assertEquals(Code.TEMPLATE_ERROR, problem.code());
        assertEquals(new Position("templates/news-list.ftlh", 2, 5), problem.position());
        assertTrue(problem.message().contains("view.nothere"), problem.message());
        assertEquals(List.of("<p>", "  ${view.nothere}", "</p>"), site.templateLines().get("templates/news-list.ftlh"));
    }

    @Test
    void aTemplateSyntaxErrorIsReportedAtItsPosition(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("news-list.ftlh"), "<#if view.articles?has_content>\n<p>x</p>\n");
        RenderedSite site = new PageRenderer(Optional.of(templates), "templates", Language.VI).render(plan(newsPage("Tin")));
        assertEquals(Code.TEMPLATE_SYNTAX, site.diagnostics().get(0).code());
        assertEquals("templates/news-list.ftlh", site.diagnostics().get(0).position().file());
    }
}
