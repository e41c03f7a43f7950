package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/**
 * The portal as an intranet serves it: Debian's nginx, started by the test on a loopback port,
 * serving the built site under /portal/. Every page is crawled from the home page: no broken
 * link, the right content types, Vietnamese text intact, and the site's 404 page.
 */
class NginxSubPathTest {

    @TempDir
    static Path work;
    private static Process nginx;
    private static int port;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")), "nginx (.ci/run installs it)");
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        assertEquals(0, Main.run(new String[] {"sample", "--orgs", "8", "--periods", "2", "--articles", "12",
                "--out", "sample"}, console()));
        assertEquals(0, Main.run(new String[] {"build", "--content", "sample"}, console()));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(prefix.resolve("nginx.conf"), user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                  include /etc/nginx/mime.types;
                  default_type application/octet-stream;
                  charset utf-8;
                  charset_types text/css text/xml text/plain text/csv application/javascript application/json image/svg+xml application/atom+xml;
                  types { text/csv csv; application/atom+xml xml; }
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  server {
                    listen 127.0.0.1:%2$d;
                    location /portal/ {
                      alias %3$s/;
                      error_page 404 /portal/404.html;
                    }
                  }
                }
                """.formatted(prefix, port, work.resolve("site")));
        nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("out.log").toFile()).start();
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 100);
                return;
            } catch (IOException notYet) {
                if (!nginx.isAlive()) {
                    throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("out.log")));
                }
                nginx.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
        throw new IllegalStateException("nginx does not answer on port " + port);
    }

    private static Main.Console console() {
        return new Main.Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false,
                Map.of(), work);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void inChromiumTheHomeShowsItsChartAndSearchFindsArticlesWithoutErrors() throws IOException {
        try (vn.reviewportal.TestBrowser chromium = vn.reviewportal.TestBrowser.start()) {
            org.openqa.selenium.WebDriver browser = chromium.driver();
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
            browser.get("http://127.0.0.1:" + port + "/portal/index.html");
            Object width = js.executeScript("var img = document.querySelector('figure.chart img');"
                    + "return img && img.complete ? img.naturalWidth : 0;");
            assertTrue(((Number) width).intValue() > 0, "the chart is shown");
            @SuppressWarnings("unchecked")
            List<String> requests = (List<String>) js.executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertTrue(requests.stream().allMatch(r -> r.startsWith("http://127.0.0.1:" + port + "/portal/")),
                    "no request leaves the site: " + requests);
            browser.get("http://127.0.0.1:" + port + "/portal/search.html?q=khac+phuc");
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(b -> !b.findElement(org.openqa.selenium.By.id("search-status")).getText().isEmpty());
            List<org.openqa.selenium.WebElement> results =
                    browser.findElements(org.openqa.selenium.By.cssSelector("#search-results a"));
            assertTrue(results.stream().anyMatch(a -> a.getText().contains("khắc phục")),
                    "found: " + results.stream().map(org.openqa.selenium.WebElement::getText).toList());
            assertTrue(results.get(0).getAttribute("href").startsWith("http://127.0.0.1:" + port + "/portal/"));
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }

    @Test
    void everyPageUnderTheSubPathIsReachableWithTheRightTypes() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port + "/portal/";
        Pattern link = Pattern.compile("(?:href|src)=\"([^\"#]+)(?:#[^\"]*)?\"");
        Deque<URI> queue = new ArrayDeque<>(List.of(URI.create(base + "index.html")));
        Set<URI> seen = new HashSet<>(queue);
        List<String> problems = new ArrayList<>();
        int fetched = 0;
        Set<String> pagesFetched = new HashSet<>();
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            fetched++;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200) {
                problems.add(uri + ": " + response.statusCode());
                continue;
            }
            String path = uri.getPath();
            String expected = path.endsWith(".html") ? "text/html; charset=utf-8"
                    : path.endsWith(".css") ? "text/css; charset=utf-8"
                    : path.endsWith(".svg") ? "image/svg+xml; charset=utf-8"
                    : path.endsWith(".js") ? "application/javascript; charset=utf-8"
                    : path.endsWith(".csv") ? "text/csv; charset=utf-8"
                    : path.endsWith(".json") ? "application/json; charset=utf-8" : type;
            if (!type.equalsIgnoreCase(expected)) {
                problems.add(uri + ": Content-Type " + type + ", expected " + expected);
            }
            if (path.endsWith(".html")) {
                pagesFetched.add(path.substring("/portal/".length()));
                Matcher m = link.matcher(new String(response.body(), StandardCharsets.UTF_8));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.startsWith("http") || target.startsWith("mailto:")) {
                        continue;
                    }
                    URI next = uri.resolve(target);
                    if (!next.getPath().startsWith("/portal/")) {
                        problems.add(uri + " leaves /portal/: " + target);
                    } else if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        Set<String> pages;
        try (var files = java.nio.file.Files.walk(work.resolve("site"))) {
            pages = files.map(f -> work.resolve("site").relativize(f).toString().replace('\\', '/'))
                    // The corrections page is linked from the archive page once a year is frozen; this site has none.
                    .filter(f -> f.endsWith(".html") && !f.equals("404.html") && !f.equals("corrections.html"))
                    .collect(java.util.stream.Collectors.toSet());
        }
        assertTrue(pages.size() > 10 && pagesFetched.containsAll(pages),
                "every one of the site's " + pages.size() + " pages reached by its links, " + fetched + " files crawled; not reached: "
                        + pages.stream().filter(p -> !pagesFetched.contains(p)).sorted().toList());
        String home = http.send(HttpRequest.newBuilder(URI.create(base + "index.html")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertTrue(home.contains("Kết quả kiểm điểm — dữ liệu minh họa"), "Vietnamese text intact");
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "tin/khong-co.html")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Không tìm thấy trang"), "the site's own 404 page");
    }
}
