package vn.reviewportal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.TestPreview;
import vn.reviewportal.incremental.BuildMemory;
import vn.reviewportal.pipeline.BuildOptions;
import vn.reviewportal.pipeline.BuildReport;
import vn.reviewportal.pipeline.Pipeline;

/** What the open pages of 'portal serve' are told, read from its event stream as a page reads it. */
class PreviewServerTest {

    private static final String ARTICLE = "articles/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.md";
    private static final String PAGE = "/news/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.html";
    /** Words that, in the article, make the build of {@link #failingWhile} throw. */
    private static final String FATAL = "lỗi chết người";

    @TempDir
    Path work;

    private final StringWriter console = new StringWriter();

    private BuildOptions options() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        return new BuildOptions(work.resolve("content"), "content", Optional.empty(), "templates", Optional.empty(),
                "archive", Optional.empty(), "");
    }

    private PreviewServer server(List<String> extraHosts) throws IOException {
        return new PreviewServer(options(), new InetSocketAddress("127.0.0.1", 0), extraHosts,
                new PrintWriter(console, true), false);
    }

    @Test
    void pagesReloadOnlyWhenTheSiteChanged() throws Exception {
        try (PreviewServer server = server(List.of())) {
            server.start();
            BlockingQueue<String> events = TestPreview.events(base(server));

            edit(ARTICLE, "đẩy mạnh khắc phục", "tiếp tục khắc phục");
            server.rebuild();
            assertEquals("reload", events.poll(20, TimeUnit.SECONDS), "an edit reloads the page");

            server.rebuild(); // nothing changed since: the same site
            edit("periods/2012.yaml", "found: 2005", "found: hai nghìn");
            server.rebuild();
            assertEquals("status", events.poll(20, TimeUnit.SECONDS),
                    "a rebuild that changed nothing did not reload the page; the mistake is shown next");
        }
    }

    /**
     * A build that runs the real pipeline but throws, as a bug would, while the article holds
     * {@link #FATAL}; so the test decides when it throws by saving a file, as a user would.
     */
    private Function<BuildMemory, BuildReport> failingWhile(BuildOptions options, Runnable crash) {
        Pipeline pipeline = new Pipeline(options);
        return cache -> {
            try {
                if (Files.readString(work.resolve("content").resolve(ARTICLE)).contains(FATAL)) {
                    crash.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pipeline.run(cache);
        };
    }

    @Test
    void aRebuildThatThrowsIsShownAndTheNextSaveIsBuiltAndServed() throws Exception {
        BuildOptions options = options();
        try (PreviewServer server = new PreviewServer(options, new InetSocketAddress("127.0.0.1", 0), List.of(),
                new PrintWriter(console, true), false, failingWhile(options, () -> {
                    throw new StackOverflowError();
                }))) {
            server.start();
            BlockingQueue<String> events = TestPreview.events(base(server));

            edit(ARTICLE, "đẩy mạnh khắc phục", FATAL);
            JsonNode failed = awaitStatus(server, events, s -> s.get("problems").asText().contains("StackOverflowError"));
            assertFalse(failed.get("ok").asBoolean());
            assertEquals("build failed: internal error (java.lang.StackOverflowError); still serving the last good "
                    + "site; run 'portal build --debug' to see where it happened, and report it",
                    failed.get("problems").asText());
            assertTrue(console.toString().contains("build failed: internal error (java.lang.StackOverflowError); "
                    + "still serving the last good site"), console.toString());
            assertFalse(console.toString().contains("\tat "), "no stack trace: " + console);
            assertTrue(get(server, PAGE).body().contains("đẩy mạnh khắc phục"), "the last good page stays");

            edit(ARTICLE, FATAL, "tiếp tục khắc phục");
            TestPreview.awaitEvent(events, "reload");
            assertTrue(get(server, PAGE).body().contains("tiếp tục khắc phục"), "the watcher went on: the fix is served");
            assertTrue(status(server).get("ok").asBoolean());
        }
    }

    @Test
    void aFirstBuildThatThrowsIsShownAndTheServerStartsAndWatches() throws Exception {
        BuildOptions options = options();
        edit(ARTICLE, "đẩy mạnh khắc phục", FATAL);
        try (PreviewServer server = new PreviewServer(options, new InetSocketAddress("127.0.0.1", 0), List.of(),
                new PrintWriter(console, true), false,
                failingWhile(options, () -> {
                    throw new IllegalStateException("a bug\nover two lines");
                }))) {
            server.start();
            BlockingQueue<String> events = TestPreview.events(base(server));
            JsonNode status = status(server);
            assertFalse(status.get("ok").asBoolean());
            assertTrue(status.get("problems").asText().startsWith("build failed: internal error "
                    + "(java.lang.IllegalStateException: a bug over two lines); nothing is served until a build "
                    + "succeeds"), status.toString());
            TestPreview.Response page = get(server, PAGE);
            assertEquals(404, page.status());
            assertTrue(page.body().contains("/__portal/live.js"), "the page shows the problem: " + page.body());

            edit(ARTICLE, FATAL, "tiếp tục khắc phục");
            TestPreview.awaitEvent(events, "reload");
            assertTrue(get(server, PAGE).body().contains("tiếp tục khắc phục"));
            assertFalse(console.toString().contains("\tat "), "no stack trace: " + console);
        }
    }

    @Test
    void onlyRequestsNamingThisServerAreAnswered() throws Exception {
        try (PreviewServer server = server(List.of("tonghop.intranet"))) {
            server.start();
            int port = server.port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "localhost", "[::1]:" + port,
                    "127.0.0.1", "TongHop.Intranet:" + port)) {
                TestPreview.Response page = TestPreview.get(port, "/periods/2012.html", Optional.of(host));
                assertEquals(200, page.status(), host);
                assertTrue(page.body().contains("4.716"), host);
            }
            for (Optional<String> host : List.of(Optional.of("evil.example"), Optional.of("evil.example:" + port),
                    Optional.of("127.0.0.1.evil.example:" + port), Optional.of("localhost:" + port + "@evil.example"),
                    Optional.of("tonghop.intranet.evil.example"), Optional.<String>empty())) {
                for (String path : List.of("/", "/periods/2012.html", "/__portal/status", "/__portal/events",
                        "/__portal/live.js", "/khong-co.html")) {
                    TestPreview.Response refused = TestPreview.get(port, path, host);
                    assertEquals(421, refused.status(), host + " " + path);
                    assertTrue(refused.body().contains("portal serve --allow-host TÊN")
                            && refused.body().contains("portal serve --allow-host NAME"), refused.body());
                    assertFalse(refused.body().contains("<") || refused.body().contains("4.716"),
                            "nothing of the site: " + refused.body());
                }
            }
            TestPreview.Response absolute = TestPreview.get(port, "http://evil.example/periods/2012.html",
                    Optional.of("127.0.0.1:" + port));
            assertEquals(421, absolute.status(), "the host of an absolute address counts too");
        }
    }

    private static String base(PreviewServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    private static TestPreview.Response get(PreviewServer server, String path) throws IOException {
        return TestPreview.get(server.port(), path, Optional.of("127.0.0.1:" + server.port()));
    }

    private static JsonNode status(PreviewServer server) throws IOException {
        TestPreview.Response status = get(server, "/__portal/status");
        assertEquals(200, status.status());
        return new ObjectMapper().readTree(status.body());
    }

    /** The status the page fetches after a "status" event, once it is the one awaited. */
    private static JsonNode awaitStatus(PreviewServer server, BlockingQueue<String> events, Predicate<JsonNode> awaited)
            throws Exception {
        while (true) {
            TestPreview.awaitEvent(events, "status");
            JsonNode status = status(server);
            if (awaited.test(status)) {
                return status;
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        TestPreview.save(work.resolve("content").resolve(file), from, to);
    }
}
