package vn.reviewportal.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.diag.Position;

/**
 * The content directory as files: what each is called in messages, which files a folder of it
 * holds, and each file's text once it passes what is checked before its content is read (an
 * ordinary file, inside the content folder, not too large, see {@link FileText}). What it finds
 * goes to the {@link FileReading} it is given. Safe to use from any thread.
 */
final class ContentFolder {

    /** Largest content file accepted, in bytes (documented in docs/content-format.md). */
    static final int MAX_FILE_BYTES = 128 * 1024 * 1024;

    private final Path dir;
    private final String displayRoot;
    /** The folder with every link resolved, found on first use: a file read must resolve inside it. */
    private volatile Path realDir;

    /**
     * @param dir         the content directory
     * @param displayRoot how that directory is named in messages, e.g. {@code content}
     */
    ContentFolder(Path dir, String displayRoot) {
        this.dir = dir;
        this.displayRoot = displayRoot.endsWith("/") ? displayRoot.substring(0, displayRoot.length() - 1) : displayRoot;
    }

    boolean exists() {
        return Files.isDirectory(dir);
    }

    /** The folder as a whole, as a place in messages. */
    Position at() {
        return Position.wholeFile(displayRoot);
    }

    Path resolve(String name) {
        return dir.resolve(name);
    }

    /**
     * The folder as messages name it, and by its own name, which the published site shows: the
     * last name typed ({@code tinh-bn} for {@code /tmp/abc/tinh-bn/}), or the real folder's for
     * {@code .} and {@code ..}.
     */
    FolderNames names() {
        return new FolderNames(displayRoot, ownName());
    }

    private String ownName() {
        Path last = dir.getFileName();
        if (last != null && !last.toString().equals(".") && !last.toString().equals("..")) {
            return last.toString();
        }
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            real = dir.toAbsolutePath().normalize(); // not there: nothing of it is published
        }
        // The root of a drive has no name: the site calls it what a content folder is called.
        return real.getFileName() == null ? "content" : real.getFileName().toString();
    }

    /** How a file of the folder is named in messages, e.g. {@code content/periods/2012.yaml}. */
    String display(Path file) {
        return displayRoot + "/" + relative(file);
    }

    private String relative(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The files directly in the folder {@code name} with one of the endings, in name order; none
     * when it is absent. Anything else there that is not hidden (a backup {@code 2013.yaml.bak},
     * a Word file, a subfolder) is not read, and a warning says so, since its writer may expect it
     * on the site.
     */
    List<Path> list(String name, String hint, FileReading reading, String... endings) {
        return list(name, hint, reading, fileName -> Stream.of(endings).anyMatch(fileName::endsWith));
    }

    /** As {@link #list(String, String, FileReading, String...)}, reading the files whose name {@code accepted} accepts. */
    List<Path> list(String name, String hint, FileReading reading, Predicate<String> accepted) {
        Path folder = dir.resolve(name);
        if (!Files.isDirectory(folder)) {
            notAFolder(folder, reading);
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> read = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                String fileName = p.getFileName().toString();
                if (accepted.test(fileName)) {
                    read.add(p);
                } else if (!fileName.startsWith(".") && !fileName.startsWith("~")) {
                    reading.diagnostics().warning(Code.IGNORED_FILE, Position.wholeFile(display(p)),
                            "this " + (Files.isDirectory(p) ? "folder" : "file") + " is not read", hint);
                }
            }
            return read;
        } catch (IOException e) {
            reading.diagnostics().add(unreadable(Position.wholeFile(display(folder)), "the folder", e));
            return List.of();
        }
    }

    /** The text of a YAML file that must be there: its absence is an error. */
    Optional<String> yamlText(Path file, FileReading reading) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) { // a link to nothing is not read, and says so
            reading.diagnostics().error(Code.MISSING_FILE, Position.wholeFile(display(file)), "this file is missing",
                    "every content directory needs site.yaml and organizations.yaml; see docs/content-format.md");
            return Optional.empty();
        }
        return text(file, true, reading);
    }

    /**
     * The file's text, kept in {@code reading} for diagnostics to quote and taken into its digest;
     * or empty after reporting why there is none.
     *
     * @param yaml whether the whole file is YAML, whose lines are limited (an article's front
     *             matter is checked apart)
     */
    Optional<String> text(Path file, boolean yaml, FileReading reading) {
        String display = display(file);
        try {
            if (!readable(file, display, reading)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<String> text = FileText.decode(bytes, display, yaml, reading);
            reading.addToDigest(relative(file).getBytes(StandardCharsets.UTF_8));
            reading.addToDigest(new byte[] {0});
            reading.addToDigest(text.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(bytes));
            text.ifPresent(t -> reading.keep(display, t));
            return text;
        } catch (IOException e) {
            reading.diagnostics().add(unreadable(Position.wholeFile(display), "the file", e));
            return Optional.empty();
        }
    }

    /**
     * The bytes of a file that is not text (an Excel workbook), checked as {@link #text} checks a
     * file and taken into the digest; or empty after reporting why there are none.
     */
    Optional<byte[]> bytes(Path file, FileReading reading) {
        String display = display(file);
        try {
            if (!readable(file, display, reading)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            reading.addToDigest(relative(file).getBytes(StandardCharsets.UTF_8));
            reading.addToDigest(new byte[] {0});
            reading.addToDigest(bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            reading.diagnostics().add(unreadable(Position.wholeFile(display), "the file", e));
            return Optional.empty();
        }
    }

    /** Whether the file may be read: an ordinary file, inside the content folder, not too large; if not, says why. */
    private boolean readable(Path file, String display, FileReading reading) throws IOException {
        if (!Files.isRegularFile(file)) {
            reading.diagnostics().add(notAFile(file, display));
            return false;
        }
        if (!file.toRealPath().startsWith(realDir())) {
            reading.diagnostics().error(Code.OUTSIDE_CONTENT, Position.wholeFile(display),
                    "this is a link to a file outside the content folder, which is not read",
                    "copy the file into the content folder instead of linking to it");
            return false;
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            reading.diagnostics().error(Code.FILE_TOO_LARGE, Position.wholeFile(display), "the file is larger than "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MiB", "split the content into smaller files");
            return false;
        }
        return true;
    }

    private Path realDir() throws IOException {
        Path known = realDir;
        if (known == null) {
            known = dir.toRealPath();
            realDir = known;
        }
        return known;
    }

    /**
     * A content folder that is there but cannot be read as a folder is an error: read as
     * "no periods" or "no articles", it would publish a site without them. Only a folder that
     * is not there at all means none.
     */
    private void notAFolder(Path folder, FileReading reading) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String display = display(folder);
        if (!Files.isSymbolicLink(folder)) {
            reading.diagnostics().error(Code.UNREADABLE, Position.wholeFile(display), display + " is a file, not a folder",
                    "make " + display + " a folder holding the files, or move the file elsewhere");
            return;
        }
        String target;
        try {
            target = Files.readSymbolicLink(folder).toString();
        } catch (IOException e) {
            target = "somewhere";
        }
        boolean loop = false;
        try {
            folder.toRealPath();
        } catch (FileSystemException e) {
            loop = e.getReason() != null && e.getReason().contains("levels of symbolic links");
        } catch (IOException e) {
            // said below: it cannot be reached
        }
        reading.diagnostics().error(Code.UNREADABLE, Position.wholeFile(display), display + " is a link to " + target
                        + ", " + (loop ? "which leads round in a loop" : Files.exists(folder) ? "which is not a folder"
                                : "which cannot be reached"),
                loop ? "make the link lead to the folder itself" : "check that the drive or network share it leads "
                        + "to is mounted, or copy the folder into the content folder");
    }

    /** A content file's name that is not an ordinary file: a folder, a link to nothing, a device. */
    private static Diagnostic notAFile(Path file, String display) {
        Position at = Position.wholeFile(display);
        if (Files.isDirectory(file)) {
            String name = file.getFileName().toString();
            return Diagnostic.error(Code.UNREADABLE, at, "this is a folder, not a file",
                    "a content file is a text file: move the folder out of the content folder, or rename it so that "
                            + "its name does not end in '" + name.substring(Math.max(0, name.lastIndexOf('.'))) + "'");
        }
        if (!Files.exists(file)) {
            return Diagnostic.error(Code.UNREADABLE, at, "this is a link to a file that does not exist",
                    "copy the file itself here instead of the link, or delete the link");
        }
        return Diagnostic.error(Code.UNREADABLE, at, "this is not an ordinary file but a device, a pipe or a socket, "
                + "which has no text to read", "replace it with the file itself, saved as UTF-8 text");
    }

    /**
     * A file or folder that the system would not read, with the reason in words: the system's
     * message names only the path for the common reasons.
     *
     * @param what "the file" or "the folder"
     */
    static Diagnostic unreadable(Position at, String what, IOException e) {
        if (e instanceof AccessDeniedException) {
            return Diagnostic.error(Code.UNREADABLE, at, what + " may not be read by the user running the portal "
                    + "(permission denied)", "ask whoever manages this computer to let your user read " + what
                    + ", or copy it again into the content folder, which makes you its owner");
        }
        if (e instanceof NoSuchFileException) {
            return Diagnostic.error(Code.UNREADABLE, at, what + " disappeared while it was being read",
                    "if a program was saving or moving it, wait until it is done and run the command again");
        }
        String reason = e instanceof FileSystemException system && system.getReason() != null
                ? system.getReason() : e.getMessage() != null ? e.getMessage() : "an input or output error";
        return Diagnostic.error(Code.UNREADABLE, at, what + " cannot be read: the system says \"" + reason + "\"",
                "check that the disk or the network folder is reachable and that no other program locks " + what
                        + ", then run the command again");
    }
}
