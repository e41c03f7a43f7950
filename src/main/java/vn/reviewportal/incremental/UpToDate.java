package vn.reviewportal.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import vn.reviewportal.render.TemplateFiles;

/**
 * Whether a build would write exactly the site that is already there. A build is a function
 * of its inputs (content, templates, frozen snapshots, generator version; the clock, zone,
 * locale and number of cores change nothing, see CommandLineTest), so when the fingerprint of
 * the inputs equals the one recorded after the last successful build, and the site's files are
 * still the ones that build wrote (same paths, sizes and modification times), there is nothing
 * to do.
 *
 * <p>The fingerprint counts every entry under the input folders, not only the files a build
 * reads: a folder, a pipe or a link that leads nowhere where a period or article should be, a
 * folder that cannot be listed, a file that cannot be read. A full build reports each of them,
 * so the shortcut must see them too: it may only say "up to date" where a full build would
 * say exactly what it said last time.
 *
 * <p>The record sits beside the output folder ({@code .site.state} for {@code site/}), with
 * the last build's console report, which an up-to-date build shows again.
 */
public final class UpToDate {

    private static final long SETTLED_MILLIS = 2_000;
    private static final String FORMAT = "review-portal up-to-date record 4";

    private final Inputs reads;
    private final Path out;
    private final Path record;
    /** Each input file's hash as the last {@link #fingerprint()} found it, by its state then. */
    private Map<String, Known> inputs = Map.of();
    /** The record as read from its file, once, by whichever thread asks first; null until then. */
    private Optional<Recorded> recorded;

    /** An input file's hash, valid while its size and modification time stay the same. */
    private record Known(long size, long modifiedNanos, String hash) {
    }

    /** What the record holds: the last build's fingerprint, report, input hashes and site files. */
    private record Recorded(String fingerprint, String report, Map<String, Known> inputs, Listing site) {
    }

    /**
     * The published site as found: every file with its size and modification time (a file
     * edited by hand to the same size is still told apart), and every folder.
     */
    public record Listing(Map<String, String> entries) {
        public Listing {
            entries = Map.copyOf(entries);
        }
    }

    /**
     * The folders a build reads, and what else its output depends on.
     *
     * @param generator the generator's version and the folders' names as shown in messages: a
     *                  build by another version, or naming the folders otherwise, is not the same
     */
    public record Inputs(Path content, Optional<Path> templates, Optional<Path> archive, String generator) {
    }

    public UpToDate(Inputs reads, Path outputDir) {
        this.reads = reads;
        this.out = outputDir.toAbsolutePath().normalize();
        this.record = out.resolveSibling("." + out.getFileName() + ".state");
    }

    /** What was recorded after the last build, if the site is still exactly what it wrote. */
    public record Previous(String report) {
    }

    /**
     * A part of the inputs that is walked: {@code start} and what lies below it, {@code depth}
     * levels deep, named in the fingerprint by its path from {@code base}.
     */
    private record Scope(String label, Path base, Path start, int depth) {
    }

    /**
     * What a build reads, and only that: the four names of the content folder the loader opens
     * (the files of periods/ and articles/, whose other entries it reports but does not read),
     * the whole templates folder, and the archive's snapshots. A build never looks at the rest,
     * so neither does this (a folder named by mistake, --content /, is not walked whole).
     */
    private List<Scope> scopes() {
        List<Scope> scopes = new ArrayList<>();
        Path content = reads.content().toAbsolutePath();
        for (String name : List.of("site.yaml", "organizations.yaml")) {
            scopes.add(new Scope("content", content, content.resolve(name), 0));
        }
        for (String name : List.of("periods", "articles")) {
            scopes.add(new Scope("content", content, content.resolve(name), 1));
        }
        reads.templates().map(Path::toAbsolutePath)
                .ifPresent(dir -> scopes.add(new Scope("templates", dir, dir, Integer.MAX_VALUE)));
        reads.archive().map(Path::toAbsolutePath).ifPresent(dir -> {
            scopes.add(new Scope("archive", dir, dir, 1));
            try (var years = Files.newDirectoryStream(dir, p -> p.getFileName().toString().matches("\\d{4}"))) {
                List<Path> sorted = new ArrayList<>();
                years.forEach(sorted::add);
                sorted.sort(null);
                sorted.forEach(year -> scopes.add(new Scope("archive", dir, year, Integer.MAX_VALUE)));
            } catch (IOException e) {
                // the archive's own listing (depth 1) says it cannot be read
            }
        });
        return scopes;
    }

    /** SHA-256 over every input file (its path and {@link #hash(byte[]) hash}) and entry, the generator version and the display names. */
    public String fingerprint() {
        // The record is read on a thread of its own while the input folders are walked.
        CompletableFuture<Optional<Recorded>> record = CompletableFuture
                .supplyAsync(this::recorded, task -> new Thread(task, "portal-read-record").start());
        Map<String, Known> hashed = new HashMap<>();
        MessageDigest all = sha256();
        update(all, FORMAT + "\n" + reads.generator() + "\n");
        for (Scope scope : scopes()) {
            update(all, "scope " + scope.label() + " " + scope.base().relativize(scope.start()) + "\n");
            List<Found> files = new ArrayList<>();
            List<String> others = new ArrayList<>();
            try {
                walk(scope.base(), scope.start(), scope.depth(), files, others);
            } catch (IOException | UncheckedIOException e) {
                return "unreadable " + e.getMessage();
            }
            others.forEach(entry -> update(all, entry + "\n"));
            Map<String, Known> known = record.join().map(Recorded::inputs).orElse(Map.of());
            // A file whose state is the one recorded after the last build keeps its recorded hash;
            // the others are read and hashed, on any core; the hashes are combined in path order.
            // (Usually none is: the loop below then runs alone, without starting a thread pool.)
            String[] hashes = new String[files.size()];
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < hashes.length; i++) {
                Found file = files.get(i);
                Known was = known.get(file.absolute());
                if (was != null && was.size() == file.attributes().size() && was.modifiedNanos() == nanos(file.attributes())) {
                    hashes[i] = was.hash();
                } else {
                    changed.add(i);
                }
            }
            try {
                changed.parallelStream().forEach(i -> hashes[i] = hash(files.get(i).path()));
            } catch (UncheckedIOException e) {
                return "unreadable " + e.getMessage();
            }
            long settled = System.currentTimeMillis() - SETTLED_MILLIS;
            for (int i = 0; i < hashes.length; i++) {
                Found file = files.get(i);
                update(all, file.relative() + "\0" + hashes[i] + "\n");
                if (file.attributes().lastModifiedTime().toMillis() < settled) {
                    hashed.put(file.absolute(), new Known(file.attributes().size(), nanos(file.attributes()), hashes[i]));
                }
            }
        }
        inputs = hashed;
        return HexFormat.of().formatHex(all.digest());
    }

    /**
     * The last build's report, when its fingerprint is {@code fingerprint} and the site is still
     * the one it wrote: {@code published}, from {@link #published()} (which a caller may list on
     * another core while the fingerprint is made), holds the files it recorded.
     */
    public Optional<Previous> previous(String fingerprint, Optional<Listing> published) {
        return recorded()
                .filter(last -> last.fingerprint().equals(fingerprint) && published.isPresent()
                        && last.site().entries().equals(published.get().entries()))
                .map(last -> new Previous(last.report()));
    }

    /** Every file and folder of the published site, or empty when there is no site to list. */
    public Optional<Listing> published() {
        try {
            return Files.isDirectory(out) ? Optional.of(listing()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records a successful build: the fingerprint, its report, and the files now in the site. */
    public void record(String fingerprint, String report) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append(fingerprint).append('\n');
        List<String> reportLines = report.isEmpty() ? List.of() : report.lines().toList();
        text.append(reportLines.size()).append('\n');
        reportLines.forEach(line -> text.append(line).append('\n'));
        text.append(inputs.size()).append('\n');
        new TreeMap<>(inputs).forEach((file, known) -> text.append(file).append('\t').append(known.size()).append('\t')
                .append(known.modifiedNanos()).append('\t').append(known.hash()).append('\n'));
        try {
            new TreeMap<>(listing().entries()).forEach((path, state) -> text.append(path).append('\t').append(state)
                    .append('\n'));
            Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            forget(); // without a record the next build is a full one, which is always right
        }
    }

    /** Drops the record, so that the next build is a full one. */
    public void forget() {
        try {
            Files.deleteIfExists(record);
        } catch (IOException e) {
            // nothing more can be done; a stale record still names a fingerprint no input matches
        }
    }

    private Listing listing() throws IOException {
        Map<String, String> entries = new HashMap<>();
        List<Found> files = new ArrayList<>();
        List<String> others = new ArrayList<>();
        walk(out, out, Integer.MAX_VALUE, files, others);
        files.forEach(file -> entries.put(file.relative(), file.attributes().size() + " " + nanos(file.attributes())));
        others.forEach(other -> {
            int tab = other.indexOf('\0');
            entries.put(other.substring(0, tab), other.substring(tab + 1));
        });
        return new Listing(entries);
    }

    /** A regular file found under a root: its path, absolute path, path from the root ('/'-separated) and attributes. */
    private record Found(Path path, String absolute, String relative, BasicFileAttributes attributes) {
    }

    /**
     * Every entry from {@code start} down to {@code depth} levels, named by its path from
     * {@code base}, from one look at each (walking and then asking each file whether it is
     * regular, and its size, took three): the regular files that can be read into
     * {@code files} with their attributes, in the order of their paths from the root; everything
     * else into {@code others} as "path\0what it is", sorted: folders, links that lead nowhere
     * or out of {@code base}, pipes and devices, folders that cannot be listed, files that
     * cannot be read. A link that stays inside {@code base} is followed, as the build follows
     * it; one that leads out is never followed (the build refuses it, and following a link to
     * the root of the disk would walk the whole disk, or read a device that never ends).
     */
    private static void walk(Path base, Path start, int depth, List<Found> files, List<String> others) throws IOException {
        if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
            return; // not there: the build reads nothing either (or says what is missing)
        }
        if (TemplateFiles.isSystemFolder(start)) {
            others.add(start + "\0system folder"); // /proc and the like: the build refuses them; reading may block
            return;
        }
        Path absoluteBase = base.toAbsolutePath();
        Walker walker = new Walker(absoluteBase.toRealPath(), files, others);
        walker.walk(start.toAbsolutePath(), absoluteBase.relativize(start.toAbsolutePath()).toString().replace('\\', '/'),
                depth);
        files.sort(Comparator.comparing(Found::relative));
        others.sort(null);
    }

    /**
     * One walk of {@link #walk}, which goes on through the links that stay inside the folder
     * walked. (A class, not a record: a no-change build runs on a cold JVM, where the first
     * record compared costs more than all the comparing.)
     */
    private static final class Walker {
        private final Path realBase;
        private final List<Found> files;
        private final List<String> others;
        private final Set<Path> followed = new HashSet<>();

        Walker(Path realBase, List<Found> files, List<String> others) {
            this.realBase = realBase;
            this.files = files;
            this.others = others;
        }

        /** Walks {@code start}, naming what is found by its path below {@code name}. */
        void walk(Path start, String name, int depth) throws IOException {
            Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), depth,
                    new SimpleFileVisitor<>() {
                        /** Cut from the path's text, not with Path.relativize: it is asked for every file. */
                        private final int cut = start.toString().length() + 1;

                        private String relative(Path path) {
                            String text = path.toString();
                            String below = text.length() <= cut ? "" : text.substring(cut).replace('\\', '/');
                            return name.isEmpty() ? below : below.isEmpty() ? name : name + "/" + below;
                        }

                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            String relative = relative(dir);
                            if (!relative.isEmpty()) {
                                others.add(relative + "\0folder");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                                throws IOException {
                            if (attributes.isSymbolicLink()) {
                                int left = depth == Integer.MAX_VALUE ? depth
                                        : depth - start.relativize(file).getNameCount();
                                link(file, relative(file), left);
                            } else if (attributes.isDirectory()) {
                                others.add(relative(file) + "\0folder"); // below the depth walked
                            } else {
                                file(file, relative(file), attributes);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            others.add(relative(file) + "\0unreadable");
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }

        private void file(Path file, String relative, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && Files.isReadable(file)) {
                files.add(new Found(file, file.toString(), relative, attributes));
            } else {
                others.add(relative + "\0" + (attributes.isRegularFile() ? "unreadable file" : "not a file"));
            }
        }

        /** A link: followed where it stays inside the folder, else noted by what it says. */
        private void link(Path link, String relative, int depth) throws IOException {
            String says = Files.readSymbolicLink(link).toString();
            Path real;
            try {
                real = link.toRealPath();
            } catch (IOException e) {
                others.add(relative + "\0link to nowhere: " + says);
                return;
            }
            if (!real.startsWith(realBase)) {
                others.add(relative + "\0link out: " + says);
            } else if (Files.isDirectory(real)) {
                others.add(relative + "\0link to a folder: " + says);
                if (depth > 0 && followed.add(real)) {
                    walk(real, relative, depth);
                }
            } else {
                others.add(relative + "\0link: " + says);
                file(link, relative, Files.readAttributes(real, BasicFileAttributes.class));
            }
        }
    }

    /**
     * The record, read once; empty when there is none or it cannot be read (which only means a
     * full build, with every input read). Input files changed in the two seconds before a
     * fingerprint are not in it: the file system's clock moves in steps, and a second save
     * within one step, of the same length, would otherwise keep the old hash.
     */
    private synchronized Optional<Recorded> recorded() {
        if (recorded == null) {
            recorded = read();
        }
        return recorded;
    }

    private Optional<Recorded> read() {
        try {
            if (!Files.isRegularFile(record)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(FORMAT)) {
                return Optional.empty();
            }
            int reportLines = Integer.parseInt(lines.get(2));
            String report = String.join("\n", lines.subList(3, 3 + reportLines));
            int inputLines = Integer.parseInt(lines.get(3 + reportLines));
            Map<String, Known> inputs = new HashMap<>();
            for (String line : lines.subList(4 + reportLines, 4 + reportLines + inputLines)) {
                int hash = line.lastIndexOf('\t');
                int modified = line.lastIndexOf('\t', hash - 1);
                int size = line.lastIndexOf('\t', modified - 1);
                inputs.put(line.substring(0, size), new Known(Long.parseLong(line, size + 1, modified, 10),
                        Long.parseLong(line, modified + 1, hash, 10), line.substring(hash + 1)));
            }
            Map<String, String> site = new HashMap<>();
            for (String line : lines.subList(4 + reportLines + inputLines, lines.size())) {
                int tab = line.lastIndexOf('\t');
                site.put(line.substring(0, tab), line.substring(tab + 1));
            }
            return Optional.of(new Recorded(lines.get(1), report, inputs, new Listing(site)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long nanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /**
     * What tells one version of an input from another: two 32-bit checks of the bytes with
     * different polynomials (CRC-32C and CRC-32). Each finds every change within 32 bits; one
     * that escapes both is a chance of 1 in 2^64, and the file's size is compared too. Both are
     * done by the processor's own instructions from the JVM's first moment, where SHA-256 runs as
     * plain Java on the first-tier compiler (docs/performance.md has the figures).
     */
    static String hash(byte[] bytes) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        return HexFormat.of().toHexDigits((int) castagnoli.getValue()) + HexFormat.of().toHexDigits((int) ieee.getValue());
    }

    private static String hash(Path file) {
        try {
            return hash(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
