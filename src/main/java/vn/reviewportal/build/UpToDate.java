package vn.reviewportal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether a build would write exactly the site that is already there. A build is a function
 * of its inputs (content, templates, frozen snapshots, generator version; the clock, zone,
 * locale and number of cores change nothing, see CommandLineTest), so when the fingerprint of
 * the inputs equals the one recorded after the last successful build, and the site's files are
 * still the ones that build wrote (same paths and sizes), there is nothing to do.
 *
 * <p>The record sits beside the output folder ({@code .site.state} for {@code site/}), with
 * the last build's console report, which an up-to-date build shows again.
 */
public final class UpToDate {

    private static final long SETTLED_MILLIS = 2_000;
    private static final String FORMAT = "review-portal up-to-date record 3";

    private final BuildOptions options;
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
    private record Recorded(String fingerprint, String report, Map<String, Known> inputs, Map<String, Long> site) {
    }

    public UpToDate(BuildOptions options) {
        this.options = options;
        this.out = options.outputDir().orElseThrow().toAbsolutePath().normalize();
        this.record = out.resolveSibling("." + out.getFileName() + ".state");
    }

    /** What was recorded after the last build, if the site is still exactly what it wrote. */
    public record Previous(String report) {
    }

    /** SHA-256 over every input file (its path and {@link #hash(byte[]) hash}), the generator version and the display names. */
    public String fingerprint() {
        List<Path> roots = new ArrayList<>();
        roots.add(options.contentDir());
        options.templatesDir().ifPresent(roots::add);
        options.archiveDir().ifPresent(roots::add);
        // The record is read on a thread of its own while the input folders are walked.
        java.util.concurrent.CompletableFuture<Optional<Recorded>> record = java.util.concurrent.CompletableFuture
                .supplyAsync(this::recorded, task -> new Thread(task, "portal-read-record").start());
        Map<String, Known> hashed = new java.util.HashMap<>();
        MessageDigest all = sha256();
        update(all, FORMAT + "\n" + Version.generator() + "\n" + options.contentDisplay() + "\n"
                + options.templatesDisplay() + "\n" + options.archiveDisplay() + "\n");
        for (Path root : roots) {
            update(all, "root " + root.getFileName() + "\n");
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Found> files;
            try {
                files = regularFiles(root);
            } catch (IOException | UncheckedIOException e) {
                return "unreadable " + e.getMessage();
            }
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
    public Optional<Previous> previous(String fingerprint, Optional<Map<String, Long>> published) {
        return recorded()
                .filter(last -> last.fingerprint().equals(fingerprint) && published.isPresent()
                        && last.site().equals(published.get()))
                .map(last -> new Previous(last.report()));
    }

    /** Every file of the published site with its size, or empty when there is no site to list. */
    public Optional<Map<String, Long>> published() {
        try {
            return Files.isDirectory(out) ? Optional.of(files()) : Optional.empty();
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
            files().forEach((path, size) -> text.append(path).append('\t').append(size).append('\n'));
            Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, record, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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

    private Map<String, Long> files() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        regularFiles(out).forEach(file -> files.put(file.relative(), file.attributes().size()));
        return files;
    }

    /** A regular file found under a root: its path, absolute path, path from the root ('/'-separated) and attributes. */
    private record Found(Path path, String absolute, String relative, BasicFileAttributes attributes) {
    }

    /**
     * Every regular file under {@code root} with its attributes, in the order of the paths from
     * the root, from one look at each file (walking and then asking each file whether it is
     * regular, and its size, took three). A symbolic link is followed, as the build follows it.
     */
    private static List<Found> regularFiles(Path root) throws IOException {
        List<Found> files = new ArrayList<>();
        String prefix = root.toAbsolutePath().toString();
        int cut = prefix.endsWith(java.io.File.separator) ? prefix.length() : prefix.length() + 1;
        Files.walkFileTree(root.toAbsolutePath(), new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                BasicFileAttributes regular = attributes;
                if (!attributes.isRegularFile()) {
                    if (!attributes.isSymbolicLink() || !Files.isRegularFile(file)) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    try {
                        regular = Files.readAttributes(file, BasicFileAttributes.class);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                String absolute = file.toString();
                files.add(new Found(file, absolute, absolute.substring(cut).replace('\\', '/'), regular));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        files.sort(java.util.Comparator.comparing(Found::relative));
        return files;
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
            Map<String, Known> inputs = new java.util.HashMap<>();
            for (String line : lines.subList(4 + reportLines, 4 + reportLines + inputLines)) {
                int hash = line.lastIndexOf('\t');
                int modified = line.lastIndexOf('\t', hash - 1);
                int size = line.lastIndexOf('\t', modified - 1);
                inputs.put(line.substring(0, size), new Known(Long.parseLong(line, size + 1, modified, 10),
                        Long.parseLong(line, modified + 1, hash, 10), line.substring(hash + 1)));
            }
            Map<String, Long> site = new TreeMap<>();
            for (String line : lines.subList(4 + reportLines + inputLines, lines.size())) {
                int tab = line.lastIndexOf('\t');
                site.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            }
            return Optional.of(new Recorded(lines.get(1), report, inputs, site));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long nanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /**
     * What tells one version of an input from another: two 32-bit checks of the bytes with
     * different polynomials (CRC-32C and CRC-32). Each finds every change within 32 bits; one
     * that escapes both is a chance of 1 in 2^64, and the file's size is compared too. Both are
     * done by the processor's own instructions from the JVM's first moment, where SHA-256 on the
     * first-tier compiler took 0.8 s of CPU for 10,000 articles, most of the input fingerprint.
     */
    static String hash(byte[] bytes) {
        java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();
        castagnoli.update(bytes);
        java.util.zip.CRC32 ieee = new java.util.zip.CRC32();
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
