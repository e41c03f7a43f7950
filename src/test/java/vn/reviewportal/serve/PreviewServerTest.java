package vn.reviewportal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.build.BuildOptions;

/** What the open pages of 'portal serve' are told, read from its event stream as a page reads it. */
class PreviewServerTest {

    private static final String ARTICLE = "articles/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.md";

    @Test
    void pagesReloadOnlyWhenTheSiteChanged(@TempDir Path work) throws Exception {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        try (PreviewServer server = new PreviewServer(new BuildOptions(work.resolve("content"), "content", Optional.empty(),
                "templates", Optional.empty(), "archive", Optional.empty(), ""), new InetSocketAddress("127.0.0.1", 0),
                new PrintWriter(new StringWriter(), true), false)) {
            server.start();
            BlockingQueue<String> events = listen(server);

            edit(work, ARTICLE, "đẩy mạnh khắc phục", "tiếp tục khắc phục");
            server.rebuild();
            assertEquals("reload", events.poll(20, TimeUnit.SECONDS), "an edit reloads the page");

            server.rebuild(); // nothing changed since: the same site
            edit(work, "periods/2012.yaml", "found: 2005", "found: hai nghìn");
            server.rebuild();
            assertEquals("status", events.poll(20, TimeUnit.SECONDS),
                    "a rebuild that changed nothing did not reload the page; the mistake is shown next");
        }
    }

    private static void edit(Path work, String file, String from, String to) throws Exception {
        Path path = work.resolve("content").resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    /** The data of every event the server sends from now on, in order. */
    private static BlockingQueue<String> listen(PreviewServer server) throws Exception {
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/__portal/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        BlockingQueue<String> connected = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith(": connected")) {
                        connected.add(line);
                    } else if (line.startsWith("data: ")) {
                        events.add(line.substring("data: ".length()));
                    }
                }
            } catch (java.io.IOException e) {
                // the server closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertEquals(": connected", connected.poll(20, TimeUnit.SECONDS));
        return events;
    }
}
