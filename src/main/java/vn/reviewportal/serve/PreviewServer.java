package vn.reviewportal.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.WatchKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import vn.reviewportal.diag.DiagnosticFormatter;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.incremental.BuildMemory;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.pipeline.BuildOptions;
import vn.reviewportal.pipeline.BuildReport;
import vn.reviewportal.pipeline.Pipeline;

/**
 * {@code portal serve}: builds the site in memory, serves it over HTTP (on a loopback address
 * unless told otherwise), watches the content, templates and archive folders, rebuilds on every
 * change (rendering again only what changed) and tells the open pages to reload. A failed
 * rebuild, or one that throws, keeps serving the last good site and shows why in the page and
 * on the console; the next change is built as usual. Only requests that name the server's own
 * address are answered ({@link AllowedHosts}). The reload script is added to pages only as they
 * are served here; a built site never has it.
 */
public final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__portal/";
    private static final String SCRIPT = "<script src=\"" + PREFIX + "live.js\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("gz", "application/gzip"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("properties", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("zip", "application/zip"));

    /** What is served: the last good site, and the problems of the last build if it failed. */
    private record State(Map<String, byte[]> files, Optional<String> problems, BuildMemory memory) {
    }

    private final BuildOptions options;
    private final InetSocketAddress address;
    private final AllowedHosts hosts;
    private final PrintWriter console;
    private final boolean colour;
    private final Function<BuildMemory, BuildReport> builds;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private volatile State state = new State(Map.of(), Optional.of("building..."), BuildMemory.NONE);
    private HttpServer server;
    private ExecutorService executor;
    private FolderWatch watch;
    private Thread watching;
    private Thread warmUp;

    /** @param options where to read from; the output folder is ignored: nothing is written */
    public PreviewServer(BuildOptions options, InetSocketAddress address, PrintWriter console, boolean colour) {
        this(options, address, List.of(), console, colour);
    }

    /**
     * @param options    where to read from; the output folder is ignored: nothing is written
     * @param extraHosts names other than the address's own that requests may give as their host
     *                   (an intranet name of this computer)
     */
    public PreviewServer(BuildOptions options, InetSocketAddress address, List<String> extraHosts, PrintWriter console,
                         boolean colour) {
        this(options, address, extraHosts, console, colour, new Pipeline(inMemory(options))::run);
    }

    /** @param builds runs one build, taking over what the last build made (tests hand one that fails) */
    PreviewServer(BuildOptions options, InetSocketAddress address, List<String> extraHosts, PrintWriter console,
                  boolean colour, Function<BuildMemory, BuildReport> builds) {
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("the server listens on an address, not on a name: " + address);
        }
        this.options = options;
        this.address = address;
        this.hosts = AllowedHosts.of(address.getAddress(), withThisComputer(address.getAddress(), extraHosts));
        this.console = console;
        this.colour = colour;
        this.builds = builds;
    }

    /**
     * Listening on every address, the server is also reached by this computer's name. The name
     * is the one the system gives; Java looks it up, but in the hosts file first, as it is there
     * on an ordinary installation.
     */
    private static List<String> withThisComputer(InetAddress bound, List<String> names) {
        if (!bound.isAnyLocalAddress()) {
            return names;
        }
        List<String> all = new ArrayList<>(names);
        try {
            all.add(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            // no name of its own that resolves: it is reached by its addresses only
        }
        return all;
    }

    /**
     * Binds the port first, so that a port in use is said at once ({@link java.net.BindException}),
     * then builds, and only then answers: a request that came meanwhile waits for the first site.
     */
    public void start() throws IOException {
        server = HttpServer.create(address, 0);
        rebuild();
        executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "portal-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        watch = new FolderWatch(options, console);
        watching = new Thread(this::watch, "portal-watch");
        watching.setDaemon(true);
        watching.start();
        warmUp = new Thread(this::warmUp, "portal-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** Rebuilds made, unseen, before the first change, so that its rebuild finds the code compiled. */
    private static final int WARM_UP_BUILDS = 8;
    private volatile boolean changed;

    /**
     * The first edits after starting took far longer than later ones (docs/performance.md,
     * "Preview"): the JVM was still compiling the code a rebuild runs. So, until the first
     * change arrives, the server rebuilds the unchanged site a few times and throws the result
     * away; nothing is served or announced from these. One that throws ends the warm-up; it is
     * said on the console unless the served build failed too, which has said so already.
     */
    private void warmUp() {
        for (int i = 0; i < WARM_UP_BUILDS && !changed && !Thread.currentThread().isInterrupted(); i++) {
            try {
                builds.apply(state.memory());
            } catch (RuntimeException | Error e) {
                if (state.problems().isEmpty()) {
                    console.println("a build made in the background to speed up the next one failed: " + cause(e)
                            + "; the served site is not affected");
                    console.flush();
                }
                return;
            }
        }
    }

    private static BuildOptions inMemory(BuildOptions options) {
        return new BuildOptions(options.contentDir(), options.contentDisplay(), options.templatesDir(),
                options.templatesDisplay(), options.archiveDir(), options.archiveDisplay(), Optional.empty(), "");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Where to open the preview. Listening on every address, it is given by the loopback
     * address, which always reaches it from this computer.
     */
    public String url() {
        InetAddress bound = server.getAddress().getAddress();
        String host = bound.isAnyLocalAddress() ? "127.0.0.1" : bound.getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** Builds again and tells the open pages: reload after a success, show the problems after a failure. */
    public synchronized void rebuild() {
        try {
            publish(build());
        } catch (RuntimeException | Error e) {
            publishCrash(e);
        }
    }

    private synchronized BuildReport build() {
        return builds.apply(state.memory());
    }

    /** Serves what a build made and tells the open pages, or keeps the last good site and shows why. */
    private synchronized void publish(BuildReport report) {
        String problems = new DiagnosticFormatter(report.sources(), false, Diagnostics.SHOWN).format(report.diagnostics());
        if (!report.diagnostics().isEmpty()) {
            console.print(new DiagnosticFormatter(report.sources(), colour, Diagnostics.SHOWN).format(report.diagnostics()));
        }
        if (report.succeeded()) {
            Map<String, byte[]> files = new HashMap<>();
            for (SiteFile file : report.files()) {
                files.put(file.path(), file.bytes());
            }
            boolean unchanged = state.problems().isEmpty() && same(state.files(), files);
            state = new State(Map.copyOf(files), Optional.empty(), report.memory());
            console.println("rebuilt in " + report.times().totalMillis() + " ms: " + report.renderedPages() + " of "
                    + report.pages() + " pages rendered again, " + report.warnings()
                    + (report.warnings() == 1 ? " warning" : " warnings")
                    + (report.notes() == 0 ? "" : ", " + report.notes() + (report.notes() == 1 ? " note" : " notes")));
            if (!unchanged) {
                notifyPages("reload");
            }
        } else {
            state = new State(state.files(), Optional.of(problems.isEmpty() ? "the build failed" : problems), state.memory());
            console.println("build failed: " + report.errors() + (report.errors() == 1 ? " error; " : " errors; ") + stillServing());
            notifyPages("status");
        }
        console.flush();
    }

    /**
     * A build that threw instead of reporting (a bug, a stack overflow, the heap exhausted) is
     * shown as a failed one is: the last good site stays, the page shows why, and the console
     * says it in one sentence (a stack trace helps no one who edits content).
     */
    private synchronized void publishCrash(Throwable e) {
        String sentence = "build failed: " + cause(e) + "; " + stillServing() + "; "
                + (e instanceof OutOfMemoryError
                        ? "give Java more, e.g. PORTAL_JAVA_OPTS=-Xmx12g ./portal serve (docs/performance.md says how "
                                + "much content needs how much memory)"
                        : "run 'portal build --debug' to see where it happened, and report it");
        state = new State(state.files(), Optional.of(sentence), state.memory());
        console.println(sentence);
        console.flush();
        notifyPages("status");
    }

    /** What a build threw, on one line: "internal error (java.lang.StackOverflowError)". */
    private static String cause(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "it ran out of memory";
        }
        String what = e.toString().replaceAll("\\s+", " ");
        return "internal error (" + (what.length() > 300 ? what.substring(0, 300) + "…" : what) + ")";
    }

    private String stillServing() {
        return state.files().isEmpty() ? "nothing is served until a build succeeds" : "still serving the last good site";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!addressedHere(exchange)) {
                send(exchange, 421, TYPES.get("txt"), misdirected());
            } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD".getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith(PREFIX)) {
                internal(exchange, path.substring(PREFIX.length()));
            } else {
                file(exchange, path);
            }
        }
    }

    /**
     * Whether the request names this server: one Host header, and the authority of an absolute
     * URI (which HTTP puts before the header) if it has one, both allowed. Pages, status and
     * events alike: the events and status would tell a page elsewhere the problems of the content.
     */
    private boolean addressedHere(HttpExchange exchange) {
        List<String> host = exchange.getRequestHeaders().getOrDefault("Host", List.of());
        String authority = exchange.getRequestURI().getRawAuthority();
        return host.size() == 1 && hosts.allows(host.get(0)) && (authority == null || hosts.allows(authority));
    }

    /**
     * The answer to a request for another host, in the staff's language and in English: what to
     * open instead, and how to allow a name. Nothing of the site.
     */
    private byte[] misdirected() {
        boolean everyAddress = server.getAddress().getAddress().isAnyLocalAddress();
        String vi = everyAddress ? "http://ĐỊA-CHỈ-IP-CỦA-MÁY:" + port() + "/" : url();
        String en = everyAddress ? "http://IP-ADDRESS-OF-THIS-COMPUTER:" + port() + "/" : url();
        return ("Máy chủ xem trước (portal serve) chỉ trả lời khi trang được mở bằng địa chỉ của chính nó: " + vi
                + " . Nếu văn phòng gọi máy này bằng một tên khác, hãy khởi động lại với: "
                + "portal serve --allow-host TÊN\n\n"
                + "The preview server (portal serve) answers only requests made to its own address: " + en
                + " . If your office reaches this computer by another name, restart it with: "
                + "portal serve --allow-host NAME\n").getBytes(StandardCharsets.UTF_8);
    }

    private void internal(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "live.js" -> {
                try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
                    send(exchange, 200, TYPES.get("js"), in.readAllBytes());
                }
            }
            case "status" -> {
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("ok", state.problems().isEmpty());
                status.put("problems", state.problems().orElse(""));
                send(exchange, 200, TYPES.get("json"), json.writeValueAsBytes(status));
            }
            case "events" -> {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                // Listening before saying so: a page (or test) that has read this line misses no event.
                listeners.add(out);
                synchronized (out) {
                    out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                // Keep the stream open until the page goes away; the writer finds out when it fails.
                synchronized (out) {
                    while (listeners.contains(out)) {
                        try {
                            out.wait(15_000);
                            out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        } catch (IOException | InterruptedException e) {
                            listeners.remove(out);
                        }
                    }
                }
            }
            default -> send(exchange, 404, TYPES.get("txt"), "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        if (path.contains("..") || path.contains("\\") || path.contains("\0") || !path.startsWith("/")) {
            send(exchange, 403, TYPES.get("txt"), "outside the site".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = path.substring(1);
        if (name.isEmpty() || name.endsWith("/")) {
            name = name + "index.html";
        }
        Map<String, byte[]> files = state.files();
        byte[] bytes = files.get(name);
        if (bytes == null && files.containsKey(name + "/index.html")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, TYPES.get("txt"), new byte[0]);
            return;
        }
        if (bytes == null) {
            byte[] page = files.getOrDefault("404.html",
                    "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>404</title></head><body><p>Không tìm thấy trang này. Page not found.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8));
            send(exchange, 404, TYPES.get("html"), live(page));
            return;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        send(exchange, 200, type, extension.equals("html") ? live(bytes) : bytes);
    }

    /** The page with the reload script before its closing body tag. */
    private static byte[] live(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        return (end < 0 ? text + SCRIPT : text.substring(0, end) + SCRIPT + "\n" + text.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private void notifyPages(String message) {
        byte[] event = ("data: " + message + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            synchronized (out) {
                try {
                    out.write(event);
                    out.flush();
                } catch (IOException e) {
                    listeners.remove(out);
                }
                out.notifyAll();
            }
        }
    }

    /**
     * Whether two sites are the same files with the same bytes. A page the build took over from
     * the last one is the very same array, so this mostly compares references.
     */
    private static boolean same(Map<String, byte[]> before, Map<String, byte[]> now) {
        if (!before.keySet().equals(now.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> file : now.entrySet()) {
            byte[] was = before.get(file.getKey());
            if (was != file.getValue() && !Arrays.equals(was, file.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * How long a failed build waits for another change before it is shown: it may have read a
     * file the editor was still writing, whose next write would make it good again.
     */
    private static final long HOLD_FAILURE_MILLIS = 60;

    /**
     * Waits for changes and rebuilds: the events of one save give one rebuild, shown at once when
     * it succeeds (it used to wait 60 ms after every save before building, a good part of the time
     * from saving to the reloaded page: docs/performance.md). A failure is shown only once the
     * files have been still for a moment. A change seen during a rebuild gives another one; the
     * pages reload only if it changed the site (the watcher may report one save twice, the second
     * time late).
     */
    private void watch() {
        try {
            WatchKey key = watch.take();
            while (true) {
                WatchKey next;
                try {
                    next = rebuildAfter(key);
                } catch (ClosedWatchServiceException e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    // Shown at once, not held like a failed build: a half-written file gives
                    // content errors, not this. The watching goes on; the fix is the next save.
                    publishCrash(e);
                    next = null;
                }
                key = next != null ? next : watch.take();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One rebuild for the change {@code key} tells of; returns the next change if one came meanwhile. */
    private WatchKey rebuildAfter(WatchKey key) throws InterruptedException {
        changed = true;
        watch.gather(key);
        BuildReport report = build();
        WatchKey next = watch.poll(0);
        if (next == null && !report.succeeded()) {
            next = watch.poll(HOLD_FAILURE_MILLIS);
        }
        if (report.succeeded() || next == null) {
            publish(report);
        }
        return next;
    }

    @Override
    public void close() throws IOException {
        if (warmUp != null) {
            warmUp.interrupt();
        }
        if (watch != null) {
            watch.close();
        }
        listeners.forEach(out -> {
            synchronized (out) {
                listeners.remove(out);
                out.notifyAll();
            }
        });
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
