package vn.reviewportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a user and a browser do with 'portal serve': save a file, follow the event stream, ask for
 * pages naming a host.
 */
public final class TestPreview {

    private TestPreview() {
    }

    /** The data of every event the server at {@code base} (http://127.0.0.1:PORT) sends from now on, in order. */
    public static BlockingQueue<String> events(String base) throws IOException, InterruptedException {
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/__portal/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
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
            } catch (IOException e) {
                // the server closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertEquals(": connected", connected.poll(60, TimeUnit.SECONDS));
        return events;
    }

    /** Waits for the event, passing over others (the watcher may see one save twice). */
    public static void awaitEvent(BlockingQueue<String> events, String awaited) throws InterruptedException {
        for (String event = events.poll(60, TimeUnit.SECONDS); !awaited.equals(event);
                event = events.poll(60, TimeUnit.SECONDS)) {
            assertNotNull(event, "no '" + awaited + "' event within a minute");
        }
    }

    /** The status and body of one response. */
    public record Response(int status, String body) {
    }

    /**
     * GET {@code path} from 127.0.0.1:{@code port} with the Host header given (none when empty),
     * written by hand: Java's HTTP client does not let a test choose the Host.
     */
    public static Response get(int port, String path, Optional<String> host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + host.map(h -> "Host: " + h + "\r\n").orElse("")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            int status = Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
            return new Response(status, headersEnd < 0 ? "" : response.substring(headersEnd + 4));
        }
    }

    /**
     * Replaces {@code from} by {@code to} in the file in one step, as an editor that saves by
     * renaming does: the server never reads a half-written file.
     */
    public static void save(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Path saved = Files.createTempFile("portal-save", ".tmp");
        Files.writeString(saved, text.replace(from, to));
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
