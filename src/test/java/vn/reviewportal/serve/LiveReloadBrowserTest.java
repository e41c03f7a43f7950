package vn.reviewportal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.reviewportal.TestBrowser;
import vn.reviewportal.TestFiles;
import vn.reviewportal.pipeline.BuildOptions;

/**
 * 'portal serve' with a real headless Chromium (Debian's, driven by its ChromeDriver, with its
 * name lookups pinned to this machine): an edit shows in the open page without a manual reload,
 * a YAML mistake shows in the page, and fixing it restores the site.
 */
class LiveReloadBrowserTest {

    private static final String ARTICLE = "articles/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.md";
    private static Path work;
    private static PreviewServer server;
    private static TestBrowser chromium;
    private static WebDriver browser;
    private static final StringWriter CONSOLE = new StringWriter();

    @BeforeAll
    static void start() throws IOException {
        chromium = TestBrowser.start();
        browser = chromium.driver();
        work = Files.createTempDirectory("portal-serve");
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        server = new PreviewServer(new BuildOptions(work.resolve("content"), "content", Optional.empty(), "templates",
                Optional.empty(), "archive", Optional.empty(), ""), new InetSocketAddress("127.0.0.1", 0),
                new PrintWriter(CONSOLE, true), false);
        server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (work != null) {
                TestFiles.deleteTree(work);
            }
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void edit(String file, String from, String to) throws IOException {
        Path path = work.resolve("content").resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void editsShowInTheOpenPageAndMistakesShowWhereTheyAre() throws IOException {
        browser.get("http://127.0.0.1:" + server.port() + "/news/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.html");
        assertEquals("Đảng bộ khối Các cơ quan tỉnh đẩy mạnh khắc phục khuyết điểm sau kiểm điểm",
                browser.findElement(By.tagName("h1")).getText());

        edit(ARTICLE, "đẩy mạnh khắc phục", "tiếp tục khắc phục");
        waiting().until(b -> b.findElement(By.tagName("h1")).getText().contains("tiếp tục khắc phục"));

        edit("periods/2012.yaml", "found: 2005", "found: hai nghìn");
        waiting().until(b -> !b.findElements(By.id("portal-problems")).isEmpty()
                && b.findElement(By.id("portal-problems")).getText().contains("error[NOT-A-COUNT]"));
        String problems = browser.findElement(By.id("portal-problems")).getText();
        assertTrue(problems.contains("content/periods/2012.yaml:45:"), problems);
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("tiếp tục khắc phục"),
                "the last good page stays");

        edit("periods/2012.yaml", "found: hai nghìn", "found: 2005");
        waiting().until(b -> b.findElements(By.id("portal-problems")).isEmpty());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("tiếp tục khắc phục"));
        assertTrue(CONSOLE.toString().contains("error[NOT-A-COUNT]"), "the console shows it too");
    }

    @Test
    void servesWithTheRightTypesAndRefusesToLeaveTheSite() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/periods/2012.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.body().contains("4.716"));
        HttpResponse<String> chart = http.send(HttpRequest.newBuilder(
                URI.create(base + "/charts/2012/dbk-cqt-bac-ninh-rate.svg")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("image/svg+xml", chart.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/khong-co.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        HttpResponse<String> escape = http.send(HttpRequest.newBuilder(URI.create(base + "/news/%2e%2e/%2e%2e/etc/passwd"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, escape.statusCode());
        assertFalse(Files.exists(work.resolve("site")), "serve writes nothing");
        List<String> built = List.of(Files.readString(TestFiles.project().resolve("src/test/resources/golden/site/index.html")));
        assertFalse(built.get(0).contains("__portal"), "the reload script is never part of a built page");
    }
}
