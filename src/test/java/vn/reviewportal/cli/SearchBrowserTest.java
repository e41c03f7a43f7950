package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.reviewportal.TestBrowser;
import vn.reviewportal.TestFiles;

/** The offline search, in Chromium, from file:// as from a USB stick: no server, no network. */
class SearchBrowserTest {

    @TempDir
    static Path work;
    private static TestBrowser chromium;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        chromium = TestBrowser.start();
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        int status = Main.run(new String[] {"build"}, new Main.Console(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false, Map.of(), work));
        assertEquals(0, status);
    }

    @AfterAll
    static void close() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private List<WebElement> search(String query) {
        WebDriver browser = chromium.driver();
        browser.get(work.resolve("site/search.html").toUri() + "?q=" + query.replace(" ", "+"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> !b.findElement(By.id("search-status")).getText().isEmpty());
        return browser.findElements(By.cssSelector("#search-results a"));
    }

    @Test
    void withoutAccentsFindsTheArticleAndItsLinkOpens() {
        List<WebElement> results = search("khac phuc");
        assertTrue(results.stream().anyMatch(a -> a.getText().contains("khắc phục khuyết điểm sau kiểm điểm")),
                results.stream().map(WebElement::getText).toList().toString());
        assertTrue(search("dang vien").size() > 0, "đ folds to d");
        WebElement article = search("khac phuc").get(0);
        String title = article.getText();
        article.click();
        assertEquals(title, chromium.driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    void theHomePageShowsItsChartWithoutErrorsAndWithoutLeavingTheSite() {
        WebDriver browser = chromium.driver();
        chromium.consoleErrors();
        browser.get(work.resolve("site/index.html").toUri().toString());
        WebElement chart = browser.findElement(By.cssSelector("figure.chart img"));
        assertTrue(((Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", chart)).intValue() > 0, "chart loaded");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('img[src], script[src], link[href]'))"
                        + ".map(function (e) { return e.src || e.href; });");
        assertTrue(loaded.size() >= 2, "stylesheet and chart at least: " + loaded);
        assertEquals(List.of(), loaded.stream().filter(r -> !r.startsWith("file:")).toList(), "nothing from outside");
        // A request to anywhere else would fail (the browser's DNS is pinned to this machine) and be logged here.
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void nothingFoundSaysSo() {
        assertEquals(List.of(), search("xyzzy"));
        assertEquals("Không tìm thấy trang nào.", chromium.driver().findElement(By.id("search-status")).getText());
    }
}
