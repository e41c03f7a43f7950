package vn.reviewportal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

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

    private static final String FORMAT = "review-portal up-to-date record 1";

    private final BuildOptions options;
    private final Path out;
    private final Path record;

    public UpToDate(BuildOptions options) {
        this.options = options;
        this.out = options.outputDir().orElseThrow().toAbsolutePath().normalize();
        this.record = out.resolveSibling("." + out.getFileName() + ".state");
    }

    /** What was recorded after the last build, if the site is still exactly what it wrote. */
    public record Previous(String report) {
    }

    /** SHA-256 over every input file (path and bytes), the generator version and the display names. */
    public String fingerprint() {
        List<Path> roots = new ArrayList<>();
        roots.add(options.contentDir());
        options.templatesDir().ifPresent(roots::add);
        options.archiveDir().ifPresent(roots::add);
        MessageDigest all = sha256();
        update(all, FORMAT + "\n" + Version.generator() + "\n" + options.contentDisplay() + "\n"
                + options.templatesDisplay() + "\n" + options.archiveDisplay() + "\n");
        for (Path root : roots) {
            update(all, "root " + root.getFileName() + "\n");
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                return "unreadable " + e.getMessage();
            }
            // Each file is hashed on any core; the hashes are combined in path order.
            List<String> hashes;
            try {
                hashes = files.parallelStream().map(UpToDate::hash).toList();
            } catch (UncheckedIOException e) {
                return "unreadable " + e.getMessage();
            }
            for (int i = 0; i < files.size(); i++) {
                update(all, root.relativize(files.get(i)).toString().replace('\\', '/') + "\0" + hashes.get(i) + "\n");
            }
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** The last build's report, when its fingerprint is {@code fingerprint} and its site is intact. */
    public Optional<Previous> previous(String fingerprint) {
        try {
            if (!Files.isRegularFile(record) || !Files.isDirectory(out)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals(fingerprint)) {
                return Optional.empty();
            }
            int reportLines = Integer.parseInt(lines.get(2));
            String report = String.join("\n", lines.subList(3, 3 + reportLines));
            Map<String, Long> recorded = new TreeMap<>();
            for (String line : lines.subList(3 + reportLines, lines.size())) {
                int tab = line.lastIndexOf('\t');
                recorded.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            }
            return recorded.equals(files()) ? Optional.of(new Previous(report)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable record only means a full build
        }
    }

    /** Records a successful build: the fingerprint, its report, and the files now in the site. */
    public void record(String fingerprint, String report) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append(fingerprint).append('\n');
        List<String> reportLines = report.isEmpty() ? List.of() : report.lines().toList();
        text.append(reportLines.size()).append('\n');
        reportLines.forEach(line -> text.append(line).append('\n'));
        try {
            files().forEach((path, size) -> text.append(path).append('\t').append(size).append('\n'));
            Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, record, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
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
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString().replace('\\', '/'), Files.size(file));
            }
        }
        return files;
    }

    private static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
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
