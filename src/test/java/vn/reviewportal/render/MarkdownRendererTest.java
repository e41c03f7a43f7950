package vn.reviewportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        String html = markdown.toHtml("Xin chào <script>alert(1)</script>\n\n<div onclick=\"x()\">khối</div>\n");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<div"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void onlySafeLinkAddressesAreKept() {
        assertFalse(markdown.toHtml("[x](javascript:alert(1))").contains("javascript"));
        assertFalse(markdown.toHtml("[x](JavaScript:alert(1))").contains("avascript"));
        assertFalse(markdown.toHtml("[x](data:text/html;base64,PHNjcmlwdD4=)").contains("data:"));
        assertTrue(markdown.toHtml("[x](../periods/2012.html)").contains("href=\"../periods/2012.html\""));
        assertTrue(markdown.toHtml("[x](https://example.org/a)").contains("href=\"https://example.org/a\""));
        assertTrue(markdown.toHtml("[x](mailto:vp@example.org)").contains("href=\"mailto:vp@example.org\""));
    }

    @Test
    void imagesFromOutsideTheSiteAreNotLoaded() {
        assertFalse(markdown.toHtml("![a](https://example.org/a.png)").contains("example.org"));
        assertTrue(markdown.toHtml("![a](../assets/a.png)").contains("src=\"../assets/a.png\""));
    }

    @Test
    void tablesAreRendered() {
        String html = markdown.toHtml("| Nhóm | Số |\n|---|---:|\n| Tổ chức đảng | 747 |\n");
        assertTrue(html.contains("<table>") && html.contains("<td align=\"right\">747</td>"), html);
    }

    @Test
    void addressesAreClassifiedBySchemeOnly() {
        assertTrue(vn.reviewportal.model.Addresses.linkAllowed("news/a.html#muc-1"));
        assertTrue(vn.reviewportal.model.Addresses.linkAllowed("#muc"));
        assertFalse(vn.reviewportal.model.Addresses.linkAllowed("vbscript:x"));
        assertFalse(vn.reviewportal.model.Addresses.linkAllowed("//evil.example/x"));
        assertEquals(false, vn.reviewportal.model.Addresses.linkAllowed(" javascript:x"));
    }
}
