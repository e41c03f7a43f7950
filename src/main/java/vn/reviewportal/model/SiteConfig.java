package vn.reviewportal.model;

import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * {@code content/site.yaml}. {@code notice} is shown on every page when it is not empty (for
 * example "the figures are illustrative"). {@code baseUrl}, the address the site is published
 * at (ending in "/"), is needed only for the sitemap. {@code compressedDownloads}: whether the files
 * of every organization are published compressed.
 */
public record SiteConfig(String title, String description, String notice, Language language, String root,
                         Position rootAt, Optional<String> baseUrl, DownloadCompression compressedDownloads) {

    /** A site whose downloads are compressed as {@code auto} says. */
    public SiteConfig(String title, String description, String notice, Language language, String root,
                      Position rootAt, Optional<String> baseUrl) {
        this(title, description, notice, language, root, rootAt, baseUrl, DownloadCompression.AUTO);
    }
}
