package vn.reviewportal.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * One snapshot in a zip written by {@code portal archive --zip} (its entries {@code 2012/...}),
 * read through the zip's table of contents. Each entry can then be read on its own: the manifest
 * first, then every listed file inflated no further than one byte past the size its manifest
 * entry says; an entry not in the manifest is never inflated at all.
 */
final class ZipSnapshot implements SnapshotFiles {

    /** The zip cannot be read on: a file's data is corrupt, or the zip ends too soon; the message says which. */
    static final class Damaged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Damaged(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ZipFile zip;
    private final SortedMap<String, Found> entries = new TreeMap<>();
    private final Map<String, ZipEntry> byPath = new HashMap<>();

    private ZipSnapshot(ZipFile zip) {
        this.zip = zip;
    }

    /** The snapshots in {@code zip}, by the folder their entries are in ("" for entries outside any folder). */
    static SortedMap<String, ZipSnapshot> in(ZipFile zip) {
        SortedMap<String, ZipSnapshot> snapshots = new TreeMap<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.isDirectory()) {
                continue;
            }
            String name = entry.getName();
            int slash = name.indexOf('/');
            ZipSnapshot snapshot = snapshots.computeIfAbsent(slash < 0 ? "" : name.substring(0, slash),
                    folder -> new ZipSnapshot(zip));
            String path = name.substring(slash + 1);
            snapshot.entries.put(path, new Found(Kind.FILE, -1, ""));
            snapshot.byPath.put(path, entry);
        }
        return snapshots;
    }

    @Override
    public SortedMap<String, Found> entries() {
        return entries;
    }

    /**
     * Inflates the entry as it is hashed. The zip's own size and CRC-32 of the entry are checked
     * too, so that a damaged zip is told apart from a snapshot that was changed and zipped again.
     *
     * @throws Damaged when the entry cannot be inflated, ends too soon or fails its CRC-32
     */
    @Override
    public Contents read(String path, long expected, boolean keep) {
        ZipEntry entry = byPath.get(path);
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
            Contents contents = Contents.read(in, expected, keep);
            if (contents.longer() && entry.getSize() == expected) {
                // The zip's own table says the expected size: the inflated data ran on past it.
                throw new Damaged("the data of " + entry.getName() + " is longer than the size the zip keeps for it");
            }
            if (!contents.longer() && entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw new Damaged("the data of " + entry.getName()
                        + " does not match the checksum the zip keeps for it");
            }
            return contents;
        } catch (EOFException e) {
            throw new Damaged("it ends in the middle of " + entry.getName());
        } catch (ZipException e) {
            throw new Damaged("the compressed data of " + entry.getName() + " is corrupt");
        } catch (IOException e) {
            throw new Damaged(entry.getName() + " cannot be read: " + Problems.reason(e));
        }
    }
}
