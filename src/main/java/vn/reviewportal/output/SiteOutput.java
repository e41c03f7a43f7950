package vn.reviewportal.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.SiteFile;

/**
 * Where the files of a site go as the build makes them. A build with an output folder writes
 * each batch into the staging folder at once and keeps only what the link check needs, so its
 * memory does not grow with the bytes of the pages; a build without one (check, the preview
 * server, tests) keeps the files. Either way nothing published changes before {@link #commit()}.
 */
public final class SiteOutput implements AutoCloseable {

    private final Optional<SiteWriter.Staging> staging;
    private final List<SiteFile> kept = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private final List<PageLinks> pages = new ArrayList<>();
    /** The links of pages read before, by the very file they were read from (its bytes compare by identity). */
    private final Map<SiteFile, PageLinks> known;
    private final Map<SiteFile, PageLinks> read = new HashMap<>();
    /**
     * Every address taken, once: the pages made from one template mostly hold the same addresses
     * at the same places (navigation, style sheet), so each page's links cost little more than
     * the addresses of its own.
     */
    private final Map<PageLinks.Address, PageLinks.Address> addresses = new ConcurrentHashMap<>();

    private SiteOutput(Optional<SiteWriter.Staging> staging, Map<SiteFile, PageLinks> known) {
        this.staging = staging;
        this.known = known;
    }

    /** Keeps every file in memory. */
    public static SiteOutput inMemory() {
        return inMemory(Map.of());
    }

    /**
     * Keeps every file in memory, taking the links of a page from {@code known} when it is the
     * same file as before (the preview server hands on unchanged pages as they were).
     */
    public static SiteOutput inMemory(Map<SiteFile, PageLinks> known) {
        return new SiteOutput(Optional.empty(), known);
    }

    /**
     * Writes the files into a new staging folder of {@code writer} as they come.
     *
     * @throws SiteWriter.RefusedException when the output folder is not one the writer may replace
     */
    public static SiteOutput staged(SiteWriter writer) throws IOException {
        return new SiteOutput(Optional.of(writer.begin()), Map.of());
    }

    /** Whether the files are kept in memory (and so can be reused by the next build). */
    public boolean keepsFiles() {
        return staging.isEmpty();
    }

    /**
     * Takes these files: writes or keeps them, and notes the links of the pages among them.
     * Call from one thread at a time.
     *
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public void add(Collection<SiteFile> files) {
        staging.ifPresentOrElse(s -> s.put(files), () -> kept.addAll(files));
        files.forEach(file -> paths.add(file.path()));
        List<SiteFile> html = files.stream().filter(file -> file.path().endsWith(".html")).toList();
        List<PageLinks> links = html.parallelStream().map(file -> {
            PageLinks before = known.get(file);
            return before != null ? before : PageLinks.of(file, this::same);
        }).toList();
        pages.addAll(links);
        if (keepsFiles()) {
            for (int i = 0; i < html.size(); i++) {
                read.put(html.get(i), links.get(i));
            }
        }
    }

    private PageLinks.Address same(PageLinks.Address address) {
        PageLinks.Address before = addresses.putIfAbsent(address, address);
        return before != null ? before : address;
    }

    /** The links of every page kept, by its file, for the next build's {@link #inMemory(Map)}. */
    public Map<SiteFile, PageLinks> links() {
        return Map.copyOf(read);
    }

    /** The links of every page taken so far that lead nowhere (at most {@link LinkCheck#LIMIT}). */
    public List<Diagnostic> brokenLinks() {
        return LinkCheck.check(paths, pages);
    }

    /** The files kept, in path order; none when they were written. */
    public List<SiteFile> files() {
        return kept.stream().sorted(Comparator.comparing(SiteFile::path)).toList();
    }

    /** Publishes the written site in place of the old one; nothing to do for a site in memory. */
    public void commit() throws IOException {
        if (staging.isPresent()) {
            staging.get().commit();
        }
    }

    /** Drops the staging folder unless the site was committed. */
    @Override
    public void close() throws IOException {
        if (staging.isPresent()) {
            staging.get().close();
        }
    }
}
