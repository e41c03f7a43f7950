package vn.reviewportal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;

/**
 * What {@code portal verify} found: a line for each intact snapshot, and every problem. Nothing
 * in a folder is followed if it is a symbolic link; no zip entry is inflated further than one
 * byte past the size its manifest says, and a zip that is damaged or cut short is one problem.
 */
public record Verification(List<String> intact, List<Diagnostic> problems) {

    private static final String PATHS = "; PATH is an archive folder, a snapshot folder, a published site or a "
            + "snapshot zip";
    private static final Pattern ZIP_YEAR = Pattern.compile("(\\d{4})\\.zip");

    public Verification {
        intact = List.copyOf(intact);
        problems = List.copyOf(problems);
    }

    /** @param shown {@code path} as the user typed it */
    static Verification of(Path path, String shown) {
        List<String> intact = new ArrayList<>();
        Problems problems = Problems.unlimited();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            problems.add(Problems.of(Code.ARCHIVE_UNREADABLE, shown, "cannot be read: " + Problems.reason(e), ""));
            return new Verification(intact, problems.list());
        }
        if (attributes.isRegularFile()) {
            zip(path, shown, intact, problems);
        } else if (attributes.isDirectory()) {
            folder(path, shown, intact, problems);
        } else {
            problems.add(Problems.of(Code.ARCHIVE_NOT_A_FILE, shown, "neither a folder nor a file" + PATHS, ""));
        }
        return new Verification(intact, problems.list());
    }

    private static void folder(Path path, String shown, List<String> intact, Problems problems) {
        Path published = path.resolve("archive");
        if (Files.isSymbolicLink(published)) {
            problems.add(Problems.of(Code.ARCHIVE_LINK, shown + "/archive", "a symbolic link; a published site's "
                    + "archive is a folder of snapshots, and a link is never followed", ""));
            return;
        }
        boolean site = Files.isDirectory(published)
                && !Files.exists(path.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS);
        Path archive = site ? published : path;
        String where = site ? shown + "/archive" : shown;
        if (Files.exists(archive.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
            Archive.checkTree(archive, where, "", false, problems).ifPresent(s -> intact.add(intact(where, s)));
            return;
        }
        List<Path> snapshots;
        try {
            snapshots = Archive.snapshotFolders(archive, false);
        } catch (IOException e) {
            problems.add(Problems.of(Code.ARCHIVE_UNREADABLE, where, "cannot be read: " + Problems.reason(e), ""));
            return;
        }
        if (snapshots.isEmpty()) {
            problems.add(Problems.of(Code.ARCHIVE_NO_SNAPSHOT, where, "no snapshot found (a snapshot folder has a "
                    + Manifest.FILE + ")" + (shown.endsWith(".zip") ? "; it is a folder, not a zip file" : ""), ""));
        }
        for (Path snapshot : snapshots) {
            String at = where + "/" + snapshot.getFileName();
            Archive.checkFolder(snapshot, at, "", false, problems).ifPresent(s -> intact.add(intact(at, s)));
        }
    }

    /**
     * A zip is read through its table of contents (at its end), so that each entry can be read
     * on its own and only as far as its manifest allows. A damaged or incomplete zip is one
     * problem: what was found in it before the damage says nothing certain.
     */
    private static void zip(Path file, String shown, List<String> intact, Problems problems) {
        Optional<Diagnostic> notAZip = notAZip(file, shown);
        if (notAZip.isPresent()) {
            problems.add(notAZip.get());
            return;
        }
        List<String> intactHere = new ArrayList<>();
        Problems found = Problems.unlimited();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            SortedMap<String, ZipSnapshot> snapshots = ZipSnapshot.in(zip);
            if (snapshots.isEmpty()) {
                found.add(Problems.of(Code.ARCHIVE_NO_SNAPSHOT, shown, "the zip holds no snapshot", ""));
            }
            snapshots.forEach((name, files) -> {
                String where = shown + "!" + (name.isEmpty() ? "" : "/" + name);
                new SnapshotCheck(where, "", Archive.yearOf(name), false, found).check(files)
                        .ifPresent(snapshot -> intactHere.add(intact(where, snapshot)));
            });
        } catch (ZipSnapshot.Damaged e) {
            problems.add(damaged(file, shown, e.getMessage()));
            return;
        } catch (ZipException e) {
            problems.add(damaged(file, shown, "its table of contents, at the end of the file, is missing or "
                    + "corrupt (the file was cut short, or changed)"));
            return;
        } catch (IOException e) {
            problems.add(Problems.of(Code.ARCHIVE_UNREADABLE, shown, "cannot be read: " + Problems.reason(e), ""));
            return;
        }
        intact.addAll(intactHere);
        problems.addAll(found.list());
    }

    /** Why a file is not a zip at all, told from its first bytes, or cannot be read; empty when it may be one. */
    private static Optional<Diagnostic> notAZip(Path file, String shown) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            if (start.length == 0) {
                return Optional.of(Problems.of(Code.ARCHIVE_NOT_A_ZIP, shown, "is empty (0 bytes), not a snapshot zip"
                        + PATHS, ""));
            }
            if (start.length < 2 || start[0] != 'P' || start[1] != 'K') {
                return Optional.of(Problems.of(Code.ARCHIVE_NOT_A_ZIP, shown, "is not a zip file (a zip begins with "
                        + "the letters PK)" + PATHS, ""));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Problems.of(Code.ARCHIVE_UNREADABLE, shown, "cannot be read: " + Problems.reason(e), ""));
        }
    }

    private static Diagnostic damaged(Path file, String shown, String reason) {
        Matcher year = ZIP_YEAR.matcher(file.getFileName().toString());
        return Problems.of(Code.ARCHIVE_ZIP_DAMAGED, shown, "the zip is damaged or incomplete: " + reason
                + "; make it again with 'portal archive " + (year.matches() ? year.group(1) : "<year>")
                + " --zip --force' or restore it", "");
    }

    private static String intact(String where, Snapshot snapshot) {
        return where + ": intact, " + snapshot.entries().size() + " files, manifest SHA-256 "
                + snapshot.manifestDigest();
    }
}
