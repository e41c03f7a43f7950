package vn.reviewportal.model;

import java.util.Locale;

/**
 * Which addresses an article may link to or show images from. Links may be relative, web
 * (http, https) or mailto; images only relative, because the intranet cannot reach the web
 * and a page must not fetch anything from outside the site. Anything else (javascript:,
 * data:, file:, protocol-relative //host) is dropped from the page, and the check says so.
 */
public final class Addresses {

    private Addresses() {
    }

    public static boolean linkAllowed(String url) {
        String trimmed = url.strip().toLowerCase(Locale.ROOT);
        if (!hasScheme(trimmed)) {
            return !trimmed.startsWith("//") && trimmed.chars().noneMatch(Character::isISOControl);
        }
        return trimmed.startsWith("http://") || trimmed.startsWith("https://") || trimmed.startsWith("mailto:");
    }

    public static boolean imageAllowed(String url) {
        return linkAllowed(url) && !hasScheme(url.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean hasScheme(String trimmed) {
        int colon = trimmed.indexOf(':');
        int slash = trimmed.indexOf('/');
        return colon >= 0 && (slash < 0 || colon < slash) && trimmed.indexOf('?') != 0 && trimmed.indexOf('#') != 0;
    }
}
