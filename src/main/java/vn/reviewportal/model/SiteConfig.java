package vn.reviewportal.model;

import vn.reviewportal.diag.Position;

/** {@code content/site.yaml}. */
public record SiteConfig(String title, String description, Language language, String root, Position rootAt) {
}
