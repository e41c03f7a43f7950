package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.TestPreview;

/** 'portal serve' started as a user starts it: what it says, and what it does with what it cannot use. */
class ServeCommandTest {

    private static final String ARTICLE = "content/articles/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.md";
    private static final String PAGE = "/news/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.html";

    @TempDir
    Path work;

    @BeforeEach
    void copyTheDefaultContent() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
    }

    /** The last line of a server's output, said by the test: the process has ended. */
    private static final String ENDED = "(portal serve ended";

    /** 'portal serve --port 0' in its own JVM, and what it printed (both streams) up to its "serving" line. */
    private record Serving(Process process, BlockingQueue<String> output, String started, int port)
            implements AutoCloseable {

        /** Waits for the line that says {@code text}, passing over others. */
        void awaitLine(String text) throws InterruptedException {
            for (String line = output.poll(60, TimeUnit.SECONDS); line == null || !line.contains(text);
                    line = output.poll(60, TimeUnit.SECONDS)) {
                assertNotNull(line, "no line '" + text + "' within a minute");
                assertFalse(line.startsWith(ENDED), line);
            }
        }

        TestPreview.Response get(String path) throws IOException {
            return TestPreview.get(port, path, Optional.of("127.0.0.1:" + port));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Starts 'portal serve --port 0' with {@code args}, run through {@code prefix}, and waits until it serves. */
    private Serving serve(List<String> prefix, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dorg.freemarker.loggerLibrary=none",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        BlockingQueue<String> output = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                }
                output.add(ENDED + " with status " + process.waitFor() + ")");
            } catch (IOException | InterruptedException e) {
                output.add(ENDED + ": " + e + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        StringBuilder started = new StringBuilder();
        String line = "";
        while (line != null && !line.startsWith(ENDED)) {
            line = output.poll(120, TimeUnit.SECONDS);
            started.append(line).append('\n');
            if (line != null && line.startsWith("serving http://")) {
                URI url = URI.create(line.split(" ")[1]);
                return new Serving(process, output, started.toString(), url.getPort());
            }
        }
        process.destroyForcibly();
        throw new AssertionError("portal serve did not start:\n" + started);
    }

    @Test
    void aFolderThatCannotBeReadIsReportedAndEveryOtherIsWatched() throws Exception {
        List<String> prefix = HeldToPermissions.prefix();
        Path unreadable = work.resolve("content/articles/anh");
        Files.createDirectories(unreadable);
        Files.writeString(unreadable.resolve("anh-1.txt"), "ảnh");
        Path later = work.resolve("moi");
        Files.createDirectories(later);
        Path laterInContent = work.resolve("content/articles/moi");
        try {
            Files.setPosixFilePermissions(unreadable, Set.of());
            Files.setPosixFilePermissions(later, Set.of());
            try (Serving serving = serve(prefix)) {
                assertTrue(serving.started().contains("content/articles/anh: warning[IGNORED-FILE]"),
                        "the build's report is shown: " + serving.started());
                assertTrue(serving.started().contains("cannot watch content/articles/anh (permission denied)"),
                        serving.started());
                assertFalse(serving.started().contains("reachable from other computers"), serving.started());
                TestPreview.Response page = serving.get("/periods/2012.html");
                assertEquals(200, page.status());
                assertTrue(page.body().contains("4.716"));
                assertTrue(serving.get("/__portal/status").body().contains("\"ok\":true"));

                BlockingQueue<String> events = TestPreview.events("http://127.0.0.1:" + serving.port());
                Files.move(later, laterInContent);
                serving.awaitLine("cannot watch content/articles/moi (permission denied)");
                TestPreview.save(work.resolve(ARTICLE), "đẩy mạnh khắc phục", "tiếp tục khắc phục");
                TestPreview.awaitEvent(events, "reload");
                assertTrue(serving.get(PAGE).body().contains("tiếp tục khắc phục"),
                        "a folder that cannot be read, made while serving, does not stop the watching");
            }
        } finally {
            for (Path dir : List.of(unreadable, later, laterInContent)) {
                if (Files.exists(dir)) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    @Test
    void listeningOnEveryAddressWarnsAndStillAnswersOnlyItsOwnAddresses() throws Exception {
        try (Serving serving = serve(List.of(), "--bind", "0.0.0.0")) {
            assertTrue(serving.started().contains("portal serve: warning: the preview is reachable from other computers "
                    + "on the network (--bind 0.0.0.0); anyone who can reach port " + serving.port()
                    + " can read the unpublished site"), serving.started());
            assertTrue(serving.started().contains("serving http://127.0.0.1:" + serving.port() + "/"), serving.started());
            assertEquals(421, TestPreview.get(serving.port(), "/", Optional.of("evil.example")).status());
            assertEquals(200, TestPreview.get(serving.port(), "/periods/2012.html",
                    Optional.of("192.168.1.5:" + serving.port())).status(), "any address of this computer");
        }
    }

    @Test
    void aPortInUseIsAUsageErrorThatSaysWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Cli.Run run = Cli.run(work, "serve", "--port", String.valueOf(port));
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().startsWith("portal serve: cannot listen on port " + port + " of 127.0.0.1 ("), run.err());
            assertTrue(run.err().contains("choose another port with --port N, or --port 0 to take a free one"),
                    run.err());
            assertFalse(run.err().contains("portal: internal error") || run.err().contains("Exception"), run.err());
            assertEquals("", run.out(), "said before building anything");
        }
    }

    @Test
    void anAddressOrPortThatCannotBeListenedOnIsAUsageError() {
        Map<List<String>, String> mistakes = Map.of(
                List.of("--bind", "nowhere.invalid"), "--bind takes an IP address of this computer such as 127.0.0.1, "
                        + "::1 or 0.0.0.0, or localhost; 'nowhere.invalid' is none (names are not looked up)",
                List.of("--bind", "192.0.2.1"), "--bind 192.0.2.1 is not an address of this computer",
                List.of("--port", "70000"), "--port is a number from 0 to 65535 (0 picks a free one), not 70000",
                List.of("--port", "-1"), "--port is a number from 0 to 65535 (0 picks a free one), not -1",
                List.of("--allow-host", "http://tonghop.intranet:8000"), "--allow-host takes a name such as "
                        + "tonghop.intranet, without http:// or a port; not 'http://tonghop.intranet:8000'");
        mistakes.forEach((args, message) -> {
            List<String> command = new ArrayList<>(List.of("serve"));
            command.addAll(args);
            Cli.Run run = Cli.run(work, command.toArray(String[]::new));
            assertEquals(2, run.status(), args + ": " + run.err());
            assertTrue(run.err().startsWith(message), args + ": " + run.err());
            assertFalse(run.err().contains("portal: internal error"), run.err());
            assertEquals("", run.out(), args + ": nothing is built");
        });
    }
}
