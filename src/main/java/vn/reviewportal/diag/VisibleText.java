package vn.reviewportal.diag;

/**
 * Text from the content as a diagnostic prints it on a terminal. A character that a terminal
 * would obey or hide instead of showing (an escape sequence that clears the screen or prints a
 * fake line, a right-to-left override that turns the rest of the line around, a line break in a
 * message) is spelt out as its code, {@code <U+001B>}, the way the messages name such
 * characters; everything else is printed as it is.
 */
final class VisibleText {

    private VisibleText() {
    }

    /** {@code text} with every character a terminal would not show as itself spelt out as its code. */
    static String of(String text) {
        int first = firstHidden(text);
        if (first < 0) {
            return text; // nearly every message: no copy
        }
        StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i += unitLength(text, i)) {
            append(shown, text, i, false);
        }
        return shown.toString();
    }

    private static int firstHidden(String text) {
        for (int i = 0; i < text.length(); i += unitLength(text, i)) {
            if (hidden(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the character at {@code i} is one a terminal does not show as itself: C0 and C1
     * controls and DEL (escape sequences, line breaks, the bell), the bidirectional embeddings,
     * overrides and isolates, the line and paragraph separators, the non-characters U+FFFE and
     * U+FFFF, and half of a surrogate pair without its other half.
     */
    static boolean hidden(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0x2028) {
            return false; // ASCII and Vietnamese letters, asked first
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return c < 0xa0 || c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0xfffe || c == 0xffff || Character.isLowSurrogate(c);
    }

    /** One character: two chars for a surrogate pair, one otherwise. */
    static int unitLength(CharSequence text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }

    /** Columns the character at {@code i} takes once shown. */
    static int width(CharSequence text, int i, boolean tabAsSpace) {
        return text.charAt(i) == '\t' && tabAsSpace || !hidden(text, i) ? 1 : CODE_WIDTH;
    }

    /** Appends the character at {@code i} as shown: itself, a space for a tab if asked, or its code. */
    static void append(StringBuilder shown, CharSequence text, int i, boolean tabAsSpace) {
        char c = text.charAt(i);
        if (c == '\t' && tabAsSpace) {
            shown.append(' ');
        } else if (hidden(text, i)) {
            shown.append(String.format("<U+%04X>", (int) c));
        } else {
            shown.append(text, i, i + unitLength(text, i));
        }
    }

    /** Length of {@code <U+001B>}. */
    private static final int CODE_WIDTH = 8;
}
