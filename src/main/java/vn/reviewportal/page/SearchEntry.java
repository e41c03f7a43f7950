package vn.reviewportal.page;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One page as the offline search knows it: its title, where it is (relative to the site's
 * root), what kind of page it is, a snippet to show, and its text folded for matching.
 */
public record SearchEntry(String title, String href, String kind, String snippet, String folded) {

    static SearchEntry of(String title, String href, String kind, String text) {
        String plain = text.replaceAll("[#*_`>|\\[\\]()]+", " ").replaceAll("\\s+", " ").strip();
        String snippet = plain.length() <= 200 ? plain : plain.substring(0, plain.lastIndexOf(' ', 200)) + " …";
        return new SearchEntry(title, href, kind, snippet, fold(title + " " + plain));
    }

    /** Lowercase, without diacritics, đ as d: "Khắc phục" and "khac phuc" fold alike. */
    public static String fold(String text) {
        String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(withoutD, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
