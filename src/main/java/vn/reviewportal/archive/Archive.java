package vn.reviewportal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;

/**
 * The archive folder ({@code archive/}, kept under version control beside {@code content/}):
 * freezing a built site into {@code archive/<year>/}, and reading the snapshots back, each
 * checked against its manifest before anything of it is used. {@link Verification} checks
 * snapshots for {@code portal verify}, as folders or as zip files.
 */
public final class Archive {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern LANG = Pattern.compile("<html lang=\"([a-z]+)\"");
    private static final Pattern ARCHIVE_LINK = Pattern.compile("href=\"((?:\\.\\./)*)archive/index\\.html\"");
    /** Zip entries carry this time, so the same snapshot always gives the same zip. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private final Path folder;
    private final String shown;

    /** @param shown the archive folder as the user typed it, for messages ({@code archive}) */
    public Archive(Path folder, String shown) {
        this.folder = folder;
        this.shown = trimmed(shown);
    }

    /** Thrown when a snapshot cannot be made as asked, or written; its diagnostics say why. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient List<Diagnostic> diagnostics;

        RefusedException(List<Diagnostic> diagnostics) {
            super(diagnostics.get(0).message());
            this.diagnostics = List.copyOf(diagnostics);
        }

        /** A refusal of one file or folder, e.g. {@code archive/2012} that already exists. */
        RefusedException(Code code, String file, String message) {
            this(List.of(Problems.of(code, file, message, "")));
        }

        /** Why, every entry that stands in the way named, in path order. */
        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }

    /**
     * Freezes the built site at {@code site} as the snapshot of {@code year}. An existing snapshot
     * of that year is refused, or with {@code force} moved aside into {@code archive/.replaced/}.
     * Only what the build wrote is frozen: a site holding a symbolic link, or anything else that is
     * not a file or a folder, is refused, and no link is followed.
     *
     * @param siteShown the site folder as the user typed it, for messages
     * @param frozen    the day of freezing, shown in the banner and kept in the manifest
     * @throws RefusedException when the site is not one to freeze, or the snapshot cannot be written
     */
    public Manifest freeze(Path site, String siteShown, int year, LocalDate frozen, boolean force, boolean zip)
            throws RefusedException {
        String built = trimmed(siteShown);
        Path target = folder.resolve(Integer.toString(year));
        Path zipFile = folder.resolve(year + ".zip");
        Folder listed = builtSite(site, built);
        if ((Files.exists(target, LinkOption.NOFOLLOW_LINKS) || zip && Files.exists(zipFile, LinkOption.NOFOLLOW_LINKS))
                && !force) {
            throw new RefusedException(Code.ARCHIVE_EXISTS, shown + "/" + year, shown + "/" + year + " already exists "
                    + "and is never overwritten; use --force to move it aside into " + shown + "/.replaced/ and freeze "
                    + "again");
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, SnapshotFiles.Found> file : listed.entries().entrySet()) {
            byte[] bytes = siteFile(listed, file.getKey(), file.getValue().size(), built);
            files.put(file.getKey(), frozenCopy(file.getKey(), bytes, year, frozen));
        }
        Properties info = buildInfo(files.get(BUILD_INFO), built);
        List<Manifest.Entry> entries = new ArrayList<>();
        files.forEach((path, bytes) -> entries.add(new Manifest.Entry(path, bytes.length, Manifest.sha256(bytes))));
        Manifest manifest = new Manifest(year, frozen.toString(), info.getProperty("generator"),
                info.getProperty("content_digest"), entries);
        try {
            write(manifest, files, target, zip ? Optional.of(zipFile) : Optional.empty(), force);
        } catch (IOException e) {
            throw new RefusedException(Code.OUTPUT_FAILED, shown + "/" + year, shown + "/" + year + " could not be "
                    + "written: " + Problems.reason(e) + "; check the folder and free disk space, then freeze again");
        }
        return manifest;
    }

    /** Writes the snapshot beside the archive's others, then moves it into place whole. */
    private void write(Manifest manifest, Map<String, byte[]> files, Path target, Optional<Path> zipFile, boolean force)
            throws IOException {
        if (force) {
            moveAside(target);
            if (zipFile.isPresent()) {
                moveAside(zipFile.get());
            }
        }
        Path staging = folder.resolve("." + manifest.year() + ".staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path out = staging.resolve(file.getKey());
            Files.createDirectories(out.getParent());
            Files.write(out, file.getValue());
        }
        Files.write(staging.resolve(Manifest.FILE), manifest.toJson());
        Files.write(staging.resolve(Manifest.SUMS), manifest.sums());
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (zipFile.isPresent()) {
            writeZip(target, zipFile.get(), manifest.year());
        }
    }

    /**
     * The files of the built site, listed without following links; refused unless it is a site
     * the build wrote, holding nothing but files and folders. Other snapshots and the build's
     * own marker files (dot-files at the top) are not part of this one.
     */
    private static Folder builtSite(Path site, String built) throws RefusedException {
        String notBuilt = built + " holds no built site; run 'portal build' first";
        if (!Files.isDirectory(site)) {
            throw new RefusedException(Code.NO_BUILT_SITE, built, notBuilt);
        }
        Folder listed;
        try {
            listed = Folder.list(site, name -> name.equals("archive") || name.startsWith("."));
        } catch (IOException e) {
            throw new RefusedException(Code.UNREADABLE, built, built + " cannot be read: " + Problems.reason(e));
        }
        Map<String, SnapshotFiles.Found> others = new TreeMap<>(listed.entries());
        others.values().removeIf(found -> found.kind() == SnapshotFiles.Kind.FILE);
        if (!others.isEmpty()) {
            // One diagnostic for each, which says what it is; what is to be done is the same for all.
            String hint = built + " holds what 'portal build' never writes, and a link is never followed, so it is "
                    + "not frozen; remove " + (others.size() == 1 ? "it" : "them") + ", run 'portal build' and freeze "
                    + "again";
            List<Diagnostic> named = new ArrayList<>();
            others.forEach((path, found) -> named.add(Problems.of(found.kind() == SnapshotFiles.Kind.UNREADABLE
                    ? Code.UNREADABLE : Code.NOT_BUILT, built + "/" + path, found.described(), hint)));
            throw new RefusedException(named);
        }
        SnapshotFiles.Found index = listed.entries().get("index.html");
        SnapshotFiles.Found info = listed.entries().get(BUILD_INFO);
        if (index == null || info == null) {
            throw new RefusedException(Code.NO_BUILT_SITE, built, notBuilt);
        }
        return listed;
    }

    private static byte[] siteFile(Folder listed, String path, long size, String built) throws RefusedException {
        try {
            Contents contents = listed.read(path, size, true);
            if (contents.size() != size) {
                throw new RefusedException(Code.ARCHIVE_CHANGED, built + "/" + path, built + "/" + path + " changed "
                        + "while it was being frozen; freeze again once the build is over");
            }
            return contents.bytes();
        } catch (IOException e) {
            throw new RefusedException(Code.UNREADABLE, built + "/" + path, built + "/" + path + " cannot be read: "
                    + Problems.reason(e));
        }
    }

    /** The generator and content digest the build recorded, for the manifest. */
    private static Properties buildInfo(byte[] bytes, String built) throws RefusedException {
        Properties info = new Properties();
        String file = built + "/" + BUILD_INFO;
        String damaged = file + " is not what 'portal build' writes";
        try {
            info.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new RefusedException(Code.NO_BUILT_SITE, file, damaged + " (it cannot be read as properties); run "
                    + "'portal build' again");
        }
        for (String key : List.of("generator", "content_digest")) {
            if (info.getProperty(key, "").isBlank()) {
                throw new RefusedException(Code.NO_BUILT_SITE, file, damaged + " (it names no " + key + "); run "
                        + "'portal build' again");
            }
        }
        return info;
    }

    /** The file the build writes into every site: generator and content digest, for the manifest. */
    public static final String BUILD_INFO = "build-info.properties";

    /** A page gets the frozen-copy banner, and its link to the archive index points to the live one. */
    private static byte[] frozenCopy(String path, byte[] bytes, int year, LocalDate frozen) {
        if (!path.endsWith(".html")) {
            return bytes;
        }
        String html = new String(bytes, StandardCharsets.UTF_8);
        String toSnapshotRoot = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        String toLive = toSnapshotRoot + "../../";
        Matcher lang = LANG.matcher(html);
        Properties texts = texts(lang.find() ? lang.group(1) : "vi");
        String date = texts.getProperty("date.pattern").replace("dd", String.format("%02d", frozen.getDayOfMonth()))
                .replace("MM", String.format("%02d", frozen.getMonthValue()))
                .replace("yyyy", Integer.toString(frozen.getYear()));
        String banner = "<div class=\"archive-banner\" role=\"note\"><div class=\"wrap\">"
                + texts.getProperty("archive.banner").replace("{0}", Integer.toString(year)).replace("{1}", date)
                + " <a href=\"" + toLive + "index.html\">" + texts.getProperty("archive.banner.live") + "</a>"
                + "</div></div>";
        html = ARCHIVE_LINK.matcher(html).replaceAll(m -> "href=\"" + m.group(1) + "../../archive/index.html\"");
        int body = html.indexOf("<body>");
        if (body >= 0) {
            html = html.substring(0, body + "<body>".length()) + "\n" + banner + html.substring(body + "<body>".length());
        }
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The banner's texts, from the messages in the jar. */
    private static Properties texts(String language) {
        String resource = "/messages/" + ("en".equals(language) ? "en" : "vi") + ".properties";
        Properties texts = new Properties();
        try (InputStream in = Archive.class.getResourceAsStream(resource)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the messages are part of the generator's jar", e);
        }
        return texts;
    }

    private void moveAside(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path replaced = Files.createDirectories(folder.resolve(".replaced"));
        String name = path.getFileName().toString();
        int n = 1;
        while (Files.exists(replaced.resolve(name + "." + n))) {
            n++;
        }
        Files.move(path, replaced.resolve(name + "." + n));
    }

    private static void writeZip(Path snapshot, Path zipFile, int year) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer); Stream<Path> walk = Files.walk(snapshot)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry entry = new ZipEntry(year + "/" + snapshot.relativize(file).toString().replace('\\', '/'));
                entry.setTimeLocal(ZIP_TIME);
                zip.putNextEntry(entry);
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        Files.write(zipFile, buffer.toByteArray());
    }

    /**
     * The snapshots that passed their check, oldest first, and every problem found (up to a
     * limit). A build publishes nothing of the archive when there is any problem.
     */
    public record Checked(List<Snapshot> snapshots, List<Diagnostic> problems) {
        public Checked {
            snapshots = List.copyOf(snapshots);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Problems a build reports at most before it stops checking the archive: four fifths of the
     * diagnostics shown, so that all of them, the note that there may be more and a few problems
     * of the content are shown together. {@code portal verify} lists every one.
     */
    static final int LIMIT = Diagnostics.SHOWN * 4 / 5;

    /**
     * Reads every snapshot ({@code archive/<year>/}) and checks it against its manifest before
     * anything of it is used; none when there is no archive folder. A symbolic link anywhere in a
     * snapshot, or as a snapshot, is a problem and is never followed. Checking stops after
     * {@link #LIMIT} problems.
     */
    public Checked snapshots() {
        if (!Files.isDirectory(folder)) {
            return new Checked(List.of(), List.of());
        }
        List<Path> years;
        try {
            years = snapshotFolders(folder, true);
        } catch (IOException e) {
            return new Checked(List.of(), List.of(Problems.of(Code.ARCHIVE_UNREADABLE, shown, "cannot be read: "
                    + Problems.reason(e), "the archive folder holds the snapshots made by 'portal archive'")));
        }
        Problems problems = new Problems(LIMIT);
        List<Snapshot> snapshots = new ArrayList<>();
        for (Path dir : years) {
            if (problems.full()) {
                break;
            }
            String year = dir.getFileName().toString();
            String where = shown + "/" + year;
            String hint = "restore " + where + "/ from version control or from " + where + ".zip; 'portal verify "
                    + shown + "' lists every problem";
            checkFolder(dir, where, hint, true, problems).ifPresent(snapshots::add);
        }
        List<Diagnostic> found = new ArrayList<>(problems.list());
        if (problems.full()) {
            found.add(Problems.of(Code.ARCHIVE_MORE_PROBLEMS, shown, "the build stopped checking the archive after "
                    + LIMIT + " problems; there may be more", "'portal verify " + shown + "' lists every one"));
        }
        return new Checked(snapshots, found);
    }

    /**
     * The snapshot folders in an archive folder, in name order: those named after a year and,
     * unless {@code yearsOnly}, any other holding a manifest (as in {@code .replaced/}). Links
     * among them are listed too, to be reported, not followed.
     */
    static List<Path> snapshotFolders(Path archive, boolean yearsOnly) throws IOException {
        try (Stream<Path> children = Files.list(archive)) {
            return children.filter(child -> {
                boolean year = YEAR.matcher(child.getFileName().toString()).matches()
                        && (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(child));
                return year || !yearsOnly && Files.exists(child.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS);
            }).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One snapshot folder of an archive, checked; one that is itself a link is a problem, never followed. */
    static Optional<Snapshot> checkFolder(Path dir, String where, String hint, boolean keep, Problems problems) {
        if (Files.isSymbolicLink(dir)) {
            problems.add(Problems.of(Code.ARCHIVE_LINK, where, "a symbolic link; a snapshot is a folder of files, "
                    + "and a link is never followed, read or published", hint));
            return Optional.empty();
        }
        return checkTree(dir, where, hint, keep, problems);
    }

    /** A snapshot folder the user named (followed if it is a link), checked. */
    static Optional<Snapshot> checkTree(Path dir, String where, String hint, boolean keep, Problems problems) {
        Folder files;
        try {
            files = Folder.list(dir, name -> false);
        } catch (IOException e) {
            problems.add(Problems.of(Code.ARCHIVE_UNREADABLE, where, "cannot be read: " + Problems.reason(e), hint));
            return Optional.empty();
        }
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return new SnapshotCheck(where, hint, yearOf(name), keep, problems).check(files);
    }

    /** The year a snapshot's folder is named after, if it is named after one. */
    static OptionalInt yearOf(String name) {
        return YEAR.matcher(name).matches() ? OptionalInt.of(Integer.parseInt(name)) : OptionalInt.empty();
    }

    /**
     * Checks snapshots against their manifests. {@code path} is an archive folder, one
     * snapshot folder, a published site (its {@code archive/} is checked) or a snapshot zip.
     *
     * @param typed the path as the user typed it, for the lines printed
     */
    public static Verification verify(Path path, String typed) {
        return Verification.of(path, trimmed(typed));
    }

    /** A folder as typed, without the separators at its end ({@code archive/} is shown {@code archive}). */
    static String trimmed(String typed) {
        String trimmed = typed.replaceAll("[/\\\\]+$", "");
        return trimmed.isEmpty() ? typed : trimmed;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
