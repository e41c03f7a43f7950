// Measures, for 'portal serve', the time from saving an edited article to the reloaded page:
// the file is written, the watcher sees it, the site is rebuilt (incrementally), the page is
// told to reload over server-sent events, and the page is fetched again.
//
//   java -cp target/review-portal.jar bench/ServeLatency.java CONTENT_DIR [EDITS] [WARM-UP] [PAUSE-MS] [article|figure]
//
// 'figure' edits, instead of an article's title, one organization's count of shortcomings found
// in the last period's YAML (of a 'portal sample' content folder) and fetches that organization's page.
//
// Prints each edit's milliseconds and the median. With WARM-UP, that many edits come first and
// are printed but not counted: the preview server runs for hours, and its first edits also pay
// for compiling the generator's code. PAUSE-MS waits that long after the server has started
// before the first edit, as a person opening the page does (default 0: edits start at once).
// Works on a copy of CONTENT_DIR.
import java.io.BufferedReader;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.reviewportal.pipeline.BuildOptions;
import vn.reviewportal.serve.PreviewServer;

public class ServeLatency {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path content = Files.createTempDirectory("latency").resolve("content");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path target = content.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path article;
        try (Stream<Path> list = Files.list(content.resolve("articles"))) {
            article = list.sorted().findFirst().orElseThrow();
        }
        String slug = article.getFileName().toString().replace(".md", "");
        PreviewServer server = new PreviewServer(new BuildOptions(content, "content", Optional.empty(), "templates",
                Optional.empty(), "archive", Optional.empty(), ""), new InetSocketAddress("127.0.0.1", 0),
                new PrintWriter(new StringWriter()), false);
        long started = System.nanoTime();
        server.start();
        Thread.sleep(args.length > 3 ? Long.parseLong(args[3]) : 0);
        System.out.printf("first build and start: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();
        BlockingQueue<String> events = new ArrayBlockingQueue<>(100);
        HttpResponse<java.io.InputStream> stream = http.send(
                HttpRequest.newBuilder(URI.create(base + "/__portal/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("data: ")) {
                        events.add(line.substring(6));
                    }
                }
            } catch (Exception e) {
                // the server closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        boolean figure = args.length > 4 && args[4].equals("figure");
        Path periodFile;
        try (Stream<Path> list = Files.list(content.resolve("periods"))) {
            periodFile = list.filter(p -> p.toString().endsWith(".yaml")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        // The organization in the middle of the last period's results, and the first count found of its result.
        String periodText = Files.readString(periodFile);
        java.util.regex.Matcher result = java.util.regex.Pattern.compile("(?m)^  - organization: (\\S+)$").matcher(periodText);
        List<int[]> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (result.find()) {
            starts.add(new int[] {result.end()});
            ids.add(result.group(1));
        }
        String organization = figure ? ids.get(ids.size() / 2) : "";
        int from = figure ? starts.get(ids.size() / 2)[0] : 0;
        List<Long> millis = new ArrayList<>();
        for (int i = 1 - warmUp; i <= edits; i++) {
            String marker;
            Path edited;
            String text;
            String address;
            if (figure) {
                text = Files.readString(periodFile);
                java.util.regex.Matcher found = java.util.regex.Pattern.compile("found: (\\d+)").matcher(text);
                found.find(from);
                long value = Long.parseLong(found.group(1)) + 1;
                marker = ">" + value + "<";
                text = text.substring(0, found.start(1)) + value + text.substring(found.end(1));
                edited = periodFile;
                address = "/organizations/" + organization + ".html";
            } else {
                text = Files.readString(article);
                marker = "(sửa lần " + (i + warmUp) + ")";
                text = text.replaceFirst("(?m)^title: (.*)$", "title: $1 " + marker).replace("\" " + marker, " " + marker + "\"");
                edited = article;
                address = "/news/" + slug + ".html";
            }
            long t0 = System.nanoTime();
            Files.writeString(edited, text);
            String event = events.poll(30, TimeUnit.SECONDS);
            String page = http.send(HttpRequest.newBuilder(URI.create(base + address)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!"reload".equals(event) || !page.contains(marker)) {
                throw new IllegalStateException("edit " + i + " did not reach the page: event " + event);
            }
            if (i < 1) {
                System.out.printf("warm-up edit %d: %d ms%n", i + warmUp, ms);
                continue;
            }
            millis.add(ms);
            System.out.printf("edit %d: %d ms%n", i, ms);
        }
        Collections.sort(millis);
        System.out.printf("median save-to-reloaded-page: %d ms over %d edits%n", millis.get(millis.size() / 2), edits);
        server.close();
        System.exit(0);
    }
}
