package vn.reviewportal.model;

import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * {@code content/site.yaml}. {@code notice} is shown on every page when it is not empty (for
 * example "the figures are illustrative"). {@code baseUrl}, the address the site is published
 * at (ending in "/"), is needed only for the sitemap.
 */
public record SiteConfig(String title, String description, String notice, Language language, String root,
                         Position rootAt, Optional<String> baseUrl) {
}
