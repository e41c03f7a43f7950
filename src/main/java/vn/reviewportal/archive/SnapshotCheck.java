package vn.reviewportal.archive;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;

/**
 * Checks one snapshot, in a folder or in a zip, against its manifest before anything of it is
 * used: every listed file is there with its size and SHA-256, nothing else is there, nothing is
 * a link or anything but a file, and {@code SHA256SUMS} says what the manifest says. Each file
 * is read once, and hashed as it is read; a file whose size is already known to be wrong, and a
 * file not in the manifest, are not read at all.
 */
final class SnapshotCheck {

    /** Larger than the manifest of any real snapshot (about 150 bytes a file: 1.7 million files). */
    static final long LARGEST_MANIFEST = 256L << 20;

    private final String where;
    private final String hint;
    private final OptionalInt year;
    private final boolean keep;
    private final Problems problems;
    private boolean intact = true;

    /**
     * @param where    the snapshot as the user sees it, e.g. {@code archive/2012} or {@code archive/2012.zip!/2012}
     * @param hint     what to do about a problem
     * @param year     the year the snapshot's folder is named after, which its manifest must say
     * @param keep     whether to keep the files' bytes, to publish them
     * @param problems where problems go; checking stops when it is full
     */
    SnapshotCheck(String where, String hint, OptionalInt year, boolean keep, Problems problems) {
        this.where = where;
        this.hint = hint;
        this.year = year;
        this.keep = keep;
        this.problems = problems;
    }

    /** The snapshot, with its files' bytes when kept, or empty when it has any problem. */
    Optional<Snapshot> check(SnapshotFiles files) {
        Optional<byte[]> json = special(files, Manifest.FILE);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        ManifestReader.Result read = ManifestReader.read(json.get(), shown(Manifest.FILE), hint, year);
        read.problems().forEach(this::problem);
        if (read.manifest().isEmpty()) {
            return Optional.empty();
        }
        Manifest manifest = read.manifest().get();
        Map<String, Manifest.Entry> listed = new HashMap<>();
        manifest.files().forEach(entry -> listed.put(entry.path(), entry));
        SortedSet<String> paths = new TreeSet<>(files.entries().keySet());
        paths.addAll(listed.keySet());
        paths.remove(Manifest.FILE);
        paths.remove(Manifest.SUMS);
        Map<String, byte[]> kept = new HashMap<>();
        for (String path : paths) {
            if (problems.full()) {
                return Optional.empty();
            }
            file(files, path, listed.get(path)).ifPresent(bytes -> kept.put(path, bytes));
        }
        Optional<byte[]> sums = special(files, Manifest.SUMS);
        if (sums.isPresent() && !Arrays.equals(sums.get(), manifest.sums())) {
            problem(Problems.of(Code.ARCHIVE_CHANGED, shown(Manifest.SUMS), "does not match " + shown(Manifest.FILE)
                    + ": one of the two was changed since the snapshot was frozen", hint));
        }
        if (!intact) {
            return Optional.empty();
        }
        if (keep) {
            kept.put(Manifest.FILE, json.get());
            kept.put(Manifest.SUMS, sums.get());
        }
        return Optional.of(new Snapshot(manifest, Manifest.sha256(json.get()), kept));
    }

    /** Checks one path found or listed; returns its bytes when they are kept and it is intact. */
    private Optional<byte[]> file(SnapshotFiles files, String path, Manifest.Entry entry) {
        SnapshotFiles.Found found = files.entries().get(path);
        if (found == null) {
            problem(Problems.of(Code.ARCHIVE_MISSING_FILE, shown(path), "missing (the manifest lists it)", hint));
            return Optional.empty();
        }
        if (!isFile(path, found)) {
            return Optional.empty();
        }
        if (entry == null) {
            problem(Problems.of(Code.ARCHIVE_EXTRA_FILE, shown(path), "extra (not in the manifest)", hint));
            return Optional.empty();
        }
        if (found.size() >= 0 && found.size() != entry.size()) {
            return changed(path, found.size() + " bytes, the manifest says " + entry.size());
        }
        Optional<Contents> read = read(files, path, entry.size(), keep);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Contents contents = read.get();
        if (contents.longer()) {
            return changed(path, "more than the " + entry.size() + " bytes the manifest says");
        }
        if (contents.size() != entry.size()) {
            return changed(path, contents.size() + " bytes, the manifest says " + entry.size());
        }
        if (!contents.sha256().equals(entry.sha256())) {
            return changed(path, "SHA-256 " + contents.sha256() + ", the manifest says " + entry.sha256());
        }
        return Optional.ofNullable(contents.bytes());
    }

    /** {@code manifest.json} or {@code SHA256SUMS}: not listed in the manifest, read whole up to a limit. */
    private Optional<byte[]> special(SnapshotFiles files, String path) {
        SnapshotFiles.Found found = files.entries().get(path);
        if (found == null) {
            String without = path.equals(Manifest.FILE) ? ", and without it nothing can be checked" : "";
            problem(Problems.of(Code.ARCHIVE_MISSING_FILE, shown(path), "missing; 'portal archive' writes it in every "
                    + "snapshot" + without, hint));
            return Optional.empty();
        }
        if (!isFile(path, found)) {
            return Optional.empty();
        }
        Optional<Contents> contents = read(files, path, LARGEST_MANIFEST, true);
        if (contents.isPresent() && contents.get().longer()) {
            problem(Problems.of(Code.ARCHIVE_CHANGED, shown(path), "larger than " + (LARGEST_MANIFEST >> 20)
                    + " MB, which no snapshot's " + path + " is", hint));
            return Optional.empty();
        }
        return contents.map(Contents::bytes);
    }

    /** Whether what was found is a file; a link, or anything else, is a problem and is never read. */
    private boolean isFile(String path, SnapshotFiles.Found found) {
        String rule = "; a snapshot holds only files, and this is never followed, read or published";
        switch (found.kind()) {
            case FILE -> {
                return true;
            }
            case LINK -> problem(Problems.of(Code.ARCHIVE_LINK, shown(path), found.described() + rule, hint));
            case OTHER -> problem(Problems.of(Code.ARCHIVE_NOT_A_FILE, shown(path), found.described() + rule, hint));
            case UNREADABLE -> problem(Problems.of(Code.ARCHIVE_UNREADABLE, shown(path), found.described(), hint));
        }
        return false;
    }

    private Optional<Contents> read(SnapshotFiles files, String path, long expected, boolean keepBytes) {
        try {
            return Optional.of(files.read(path, expected, keepBytes));
        } catch (IOException e) {
            problem(Problems.of(Code.ARCHIVE_UNREADABLE, shown(path), "cannot be read: " + Problems.reason(e), hint));
            return Optional.empty();
        }
    }

    private Optional<byte[]> changed(String path, String how) {
        problem(Problems.of(Code.ARCHIVE_CHANGED, shown(path), "changed since it was frozen (" + how + ")", hint));
        return Optional.empty();
    }

    private void problem(Diagnostic problem) {
        intact = false;
        problems.add(problem);
    }

    private String shown(String path) {
        return where + "/" + path;
    }
}
