package vn.reviewportal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.reviewportal.model.SiteFile;

/**
 * The write stage, and the only code that writes the output folder. The new site is written
 * into a staging folder beside the output and swapped in by two renames only when every file
 * is written; a failure before the swap leaves the previous site exactly as it was.
 *
 * <p>To protect a folder named by mistake, an existing output folder is replaced only when it
 * is empty, holds nothing but hidden entries (such as {@code .gitkeep} or {@code .git/}), or carries the marker
 * file this writer leaves in every site it writes. Hidden entries at the top of the old site
 * that the build does not produce are kept: files (such as {@code .gitkeep} or
 * {@code .htaccess}) are copied into the new site, folders (the {@code .git} of a deployment
 * checkout, {@code .well-known/}) are moved into it just before the swap. A folder is always in
 * exactly one of the site, the staging folder or the replaced site, and {@link #recover()}
 * moves it back into the site from wherever a killed run left it.
 *
 * <p>The writer does not lock: a command that writes runs under an {@link OutputLock}.
 */
public final class SiteWriter {

    /** Marks a folder as written by this generator, so a later build may replace it. */
    public static final String MARKER = ".review-portal";

    private final Path out;
    private final Path staging;
    private final Path previous;
    /** With {@code keepPrevious}, the site replaced by the last write, for {@link #rollback()}. */
    private final Path rollback;
    private final boolean keepPrevious;

    public SiteWriter(Path out) {
        this(out, false);
    }

    /**
     * @param keepPrevious keep the site each write replaces beside the folder, so that
     *                     {@link #rollback()} can put it back (for publishing to a web server)
     */
    public SiteWriter(Path out, boolean keepPrevious) {
        this.keepPrevious = keepPrevious;
        this.out = out.toAbsolutePath().normalize();
        Path parent = this.out.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("the output folder cannot be the file-system root");
        }
        String name = this.out.getFileName().toString();
        this.staging = parent.resolve("." + name + ".staging");
        this.previous = parent.resolve("." + name + ".previous");
        this.rollback = parent.resolve("." + name + ".rollback");
    }

    /** Thrown when the output folder is not one this writer may replace. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** Writes the whole site at once: {@link #begin()}, every file, {@link Staging#commit()}. */
    public void write(List<SiteFile> files) throws IOException {
        try (Staging staging = begin()) {
            staging.put(files);
            staging.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Starts a new site in the staging folder, into which files are put as the build makes
     * them. Nothing of the published site changes until {@link Staging#commit()}; closing the
     * staging without committing deletes it.
     *
     * @throws RefusedException when the output folder is not one this writer may replace
     */
    public Staging begin() throws IOException {
        if (Files.isSymbolicLink(out)) {
            throw new RefusedException(out + " is a symbolic link; name the folder it leads to");
        }
        recover();
        if (Files.exists(out) && !replaceable(out)) {
            throw new RefusedException(out + " exists and was not written by review-portal; "
                    + "name an empty or new folder, or delete it first");
        }
        Files.createDirectories(staging.getParent());
        deleteTree(staging);
        Files.createDirectory(staging);
        return new Staging(Files.isDirectory(out) && replaceable(out));
    }

    /** The new site while it is being written beside the published one. */
    public final class Staging implements AutoCloseable {
        private final boolean canLink;
        private final Set<Path> folders = new HashSet<>();
        private final Set<String> topLevel = ConcurrentHashMap.newKeySet();
        private boolean committed;

        private Staging(boolean canLink) {
            this.canLink = canLink;
            folders.add(staging);
        }

        /**
         * Writes these files into the staging folder, on every core. Call from one thread at a
         * time.
         *
         * @throws UncheckedIOException when a file cannot be written
         */
        public void put(Collection<SiteFile> files) {
            try {
                for (SiteFile file : files) {
                    Path folder = staging.resolve(file.path()).getParent();
                    if (folders.add(folder)) {
                        Files.createDirectories(folder);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.parallelStream().forEach(file -> {
                place(file, canLink);
                if (file.path().indexOf('/') < 0) {
                    topLevel.add(file.path());
                }
            });
        }

        /** Puts the new site in the place of the published one, by two renames. */
        public void commit() throws IOException {
            Files.write(staging.resolve(MARKER), ("This folder is generated by review-portal; "
                    + "each build replaces it.\n").getBytes(StandardCharsets.UTF_8));
            keepHiddenFiles(topLevel);
            moveHiddenFolders(out, staging);
            swap();
            committed = true;
        }

        /** Deletes the staging folder unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(staging);
            }
        }
    }

    /**
     * Puts one file into the staging folder. A file whose bytes equal the published one's is
     * linked to it instead of written again (the swap still replaces the whole site at once);
     * where the file system has no hard links (a USB stick), it is written.
     */
    private void place(SiteFile file, boolean canLink) {
        Path target = staging.resolve(file.path());
        try {
            Path published = out.resolve(file.path());
            if (canLink && Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(published) == file.size()
                    && file.hasBytes(Files.readAllBytes(published))) {
                try {
                    Files.createLink(target, published);
                    return;
                } catch (IOException | UnsupportedOperationException e) {
                    // no hard links here: write the bytes instead
                }
            }
            try (OutputStream stream = Files.newOutputStream(target)) {
                file.writeTo(stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes or undoes a swap that a killed build left half done, and drops stale staging. */
    void recover() throws IOException {
        if (!Files.exists(out) && Files.isDirectory(previous)) {
            move(previous, out);
        }
        if (Files.isDirectory(out)) {
            for (Path left : List.of(staging, previous, rollback)) {
                moveHiddenFolders(left, out);
            }
        }
        deleteTree(previous);
        deleteTree(staging);
    }

    private void swap() throws IOException {
        if (Files.exists(out)) {
            move(out, previous);
            try {
                move(staging, out);
            } catch (IOException e) {
                move(previous, out);
                throw e;
            }
            if (keepPrevious) {
                deleteTree(rollback);
                move(previous, rollback);
            } else {
                deleteTree(previous);
            }
        } else {
            move(staging, out);
        }
    }

    /**
     * Puts back the site the last write replaced, keeping the current one for another rollback.
     *
     * @return false when there is nothing to roll back to
     */
    public boolean rollback() throws IOException {
        recover();
        if (!Files.isDirectory(rollback) || !Files.isDirectory(out)) {
            return false;
        }
        moveHiddenFolders(out, rollback);
        move(out, previous);
        move(rollback, out);
        move(previous, rollback);
        return true;
    }

    private void keepHiddenFiles(Set<String> generatedNames) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out, p -> p.getFileName().toString().startsWith("."))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean generated = name.equals(MARKER) || generatedNames.contains(name);
                if (!generated && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(entry, staging.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * Moves the hidden entries at the top of {@code from} that are not regular files (folders,
     * links) and that {@code to} does not have into {@code to}: they belong to whoever keeps the
     * site (a deployment checkout, a web server's files), not to the build.
     */
    private static void moveHiddenFolders(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from, p -> p.getFileName().toString().startsWith("."))) {
            for (Path entry : entries) {
                Path target = to.resolve(entry.getFileName().toString());
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(entry, target);
                }
            }
        }
    }

    private static boolean replaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> p.getFileName().toString().startsWith("."));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
