package vn.reviewportal.archive;

import java.io.IOException;
import java.util.SortedMap;

/** The files of one snapshot as found, in a folder or in a zip, before they are checked against its manifest. */
interface SnapshotFiles {

    /** What is found at a path: only a {@code FILE} is ever read. */
    enum Kind { FILE, LINK, OTHER, UNREADABLE }

    /**
     * One entry found.
     *
     * @param size   the size the file system gives, or -1 when it is not known before reading (a zip entry's
     *               own claim is not trusted)
     * @param detail a link's target, or why the entry could not be looked at
     */
    record Found(Kind kind, long size, String detail) {

        /** What an entry that is not a file is, in words. */
        String described() {
            return switch (kind) {
                case FILE -> "a file";
                case LINK -> "a symbolic link" + (detail.isEmpty() ? "" : " (to " + detail + ")");
                case OTHER -> "neither a file nor a folder (a device, a pipe or a socket)";
                case UNREADABLE -> "cannot be read: " + detail;
            };
        }
    }

    /** Every entry, by its path inside the snapshot ('/'-separated), in path order; folders are not entries. */
    SortedMap<String, Found> entries();

    /** Reads a {@code FILE} entry, at most one byte past {@code expected}. */
    Contents read(String path, long expected, boolean keep) throws IOException;
}
