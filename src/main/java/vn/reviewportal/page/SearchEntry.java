package vn.reviewportal.page;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One page as the offline search knows it: its title, where it is (relative to the site's
 * root), what kind of page it is, a snippet to show, and its text folded for matching.
 */
public record SearchEntry(String title, String href, String kind, String snippet, String folded) {

    static SearchEntry of(String title, String href, String kind, String text) {
        String plain = plain(text);
        String snippet = plain.length() <= 200 ? plain : plain.substring(0, plain.lastIndexOf(' ', 200)) + " …";
        return new SearchEntry(title, href, kind, snippet, fold(title + " " + plain));
    }

    /**
     * The text without Markdown's marks: every run of marks ({@code # * _ ` > | [ ] ( )}) and
     * white space becomes one space, and the ends are stripped.
     */
    static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < MARK.length && MARK[c]) {
                gap = true;
                continue;
            }
            if (gap) {
                plain.append(' ');
                gap = false;
            }
            plain.append(c);
        }
        return plain.toString().strip();
    }

    /** Markdown's marks and the white space of regular expressions' \s, dropped by {@link #plain}. */
    private static final boolean[] MARK = new boolean[128];

    static {
        for (char c : "#*_`>|[]() \t\n\u000B\f\r".toCharArray()) {
            MARK[c] = true;
        }
    }

    /** Lowercase, without diacritics, đ as d: "Khắc phục" and "khac phuc" fold alike. */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FOLDED.length && (c < 0x1E00 || c > 0x1EFF) && (c < 0x0300 || c > 0x036F) || c == 0x0130) {
                return slowFold(text); // beyond Latin and Vietnamese letters: the general way
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (c >= 0x0300 && c <= 0x036F) {
                continue; // a combining mark of decomposed text
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(c < FOLDED.length ? FOLDED[c] : VIETNAMESE[c - 0x1E00]);
        }
        if (space) {
            folded.append(' ');
        }
        return folded.toString();
    }

    /** The folding of every character below U+0250 and of U+1E00–U+1EFF, worked out once. */
    private static final char[] FOLDED = table(0, 0x0250);
    private static final char[] VIETNAMESE = table(0x1E00, 0x1F00);

    private static char[] table(int from, int to) {
        char[] table = new char[to - from];
        for (int c = from; c < to; c++) {
            String one = slowFold(String.valueOf((char) c));
            table[c - from] = one.length() == 1 ? one.charAt(0) : (char) c;
        }
        return table;
    }

    private static String slowFold(String text) {
        String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(withoutD, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
