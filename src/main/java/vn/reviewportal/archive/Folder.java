package vn.reviewportal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The entries under a folder, found without following any symbolic link: a link is an entry of
 * its own, whether it points to a file or a folder, inside or outside, and what it points to is
 * never listed or read. Used for snapshot folders and for the site that 'portal archive' freezes.
 */
final class Folder implements SnapshotFiles {

    private final Path root;
    private final SortedMap<String, Found> entries;

    private Folder(Path root, SortedMap<String, Found> entries) {
        this.root = root;
        this.entries = entries;
    }

    /**
     * Lists everything under {@code root}. The root itself is followed if it is a link: it is
     * the folder the user named. Names directly under it that {@code skippedAtTop} accepts are
     * left out, with everything under them.
     *
     * @throws IOException when the root itself cannot be listed
     */
    static Folder list(Path root, Predicate<String> skippedAtTop) throws IOException {
        Path real = root.toRealPath();
        SortedMap<String, Found> entries = new TreeMap<>();
        Files.walkFileTree(real, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!skipped(file)) {
                    entries.put(relative(file), found(file, attributes));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(real)) {
                    throw e;
                }
                if (!skipped(file)) {
                    entries.put(relative(file), new Found(Kind.UNREADABLE, -1, Problems.reason(e)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && dir.equals(real)) {
                    throw e;
                }
                if (e != null) {
                    entries.put(relative(dir), new Found(Kind.UNREADABLE, -1, Problems.reason(e)));
                }
                return FileVisitResult.CONTINUE;
            }

            private boolean skipped(Path path) {
                return !path.equals(real) && path.getParent().equals(real)
                        && skippedAtTop.test(path.getFileName().toString());
            }

            private String relative(Path path) {
                return real.relativize(path).toString().replace('\\', '/');
            }
        });
        return new Folder(real, entries);
    }

    private static Found found(Path file, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException | UnsupportedOperationException e) {
                target = "";
            }
            return new Found(Kind.LINK, -1, target);
        }
        return attributes.isRegularFile() ? new Found(Kind.FILE, attributes.size(), "")
                : new Found(Kind.OTHER, -1, "");
    }

    @Override
    public SortedMap<String, Found> entries() {
        return entries;
    }

    /** Opened without following a link, should the file have been replaced by one since it was listed. */
    @Override
    public Contents read(String path, long expected, boolean keep) throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
            return Contents.read(in, expected, keep);
        }
    }
}
