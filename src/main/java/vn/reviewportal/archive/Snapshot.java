package vn.reviewportal.archive;

import java.util.List;
import java.util.Map;

/**
 * A frozen copy of the portal as read from {@code archive/<year>/}: its manifest, the digest
 * of that manifest (which names the snapshot as a whole), and its files byte for byte.
 */
public record Snapshot(Manifest manifest, String manifestDigest, Map<String, byte[]> files) {

    public Snapshot {
        files = Map.copyOf(files);
    }

    public int year() {
        return manifest.year();
    }

    public List<Manifest.Entry> entries() {
        return manifest.files();
    }

    /** The tables of the year as the snapshot published them, read from its JSON downloads. */
    public List<PublishedTable> tables() {
        return PublishedTable.of(this);
    }
}
