package vn.reviewportal.model;

import vn.reviewportal.diag.Position;

/**
 * {@code content/site.yaml}. {@code notice} is shown on every page when it is not empty (for
 * example "the figures are illustrative").
 */
public record SiteConfig(String title, String description, String notice, Language language, String root,
                         Position rootAt) {
}
