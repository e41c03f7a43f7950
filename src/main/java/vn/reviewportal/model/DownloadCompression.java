package vn.reviewportal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code compressed_downloads} in site.yaml: whether the files of every organization and the tidy
 * dataset are published compressed with gzip. {@code auto}, the default, compresses them for a
 * tree of more than {@link #AUTO_ABOVE} organizations, whose files run to millions of rows.
 */
public enum DownloadCompression {
    AUTO, ALWAYS, NEVER;

    /** Organizations beyond which {@code auto} compresses: a province has some thousands, a nation tens of thousands. */
    public static final int AUTO_ABOVE = 20_000;

    /** The word written in site.yaml. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DownloadCompression> fromWord(String word) {
        return Arrays.stream(values()).filter(v -> v.word().equals(word)).findFirst();
    }

    /** Whether a tree of {@code organizations} organizations gets compressed files. */
    public boolean compresses(int organizations) {
        return this == ALWAYS || this == AUTO && organizations > AUTO_ABOVE;
    }
}
