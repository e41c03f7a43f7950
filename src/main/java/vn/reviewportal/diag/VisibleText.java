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
    private static boolean hidden(CharSequence text, int i) {
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
    private static int unitLength(CharSequence text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }

    /** Columns the character at {@code i} takes once shown. */
    private static int width(CharSequence text, int i, boolean tabAsSpace) {
        return text.charAt(i) == '\t' && tabAsSpace || !hidden(text, i) ? 1 : CODE_WIDTH;
    }

    /** Appends the character at {@code i} as shown: itself, a space for a tab if asked, or its code. */
    private static void append(StringBuilder shown, CharSequence text, int i, boolean tabAsSpace) {
        char c = text.charAt(i);
        if (c == '\t' && tabAsSpace) {
            shown.append(' ');
        } else if (hidden(text, i)) {
            shown.append(String.format("<U+%04X>", (int) c));
        } else {
            shown.append(text, i, i + unitLength(text, i));
        }
    }

    /**
     * A line as it is quoted under a diagnostic: at most {@code width} columns of it around the
     * column pointed at (more before it only where the line ends soon after), "…" on each side
     * where the line is cut, a tab shown as one space and hidden characters spelt out.
     *
     * @param caret how many columns of {@code text} come before the one pointed at
     */
    record Quoted(String text, int caret) {
    }

    /** Quotes {@code line} around its 1-based {@code column}; a column past the end points just after it. */
    static Quoted quote(String line, int column, int width) {
        int at = Math.max(0, Math.min(column - 1, line.length()));
        if (at > 0 && at < line.length() && Character.isLowSurrogate(line.charAt(at))
                && Character.isHighSurrogate(line.charAt(at - 1))) {
            at--;
        }
        int used = 0;
        int from = at;
        for (int p; from > 0 && used + width(line, p = previous(line, from), true) <= width / 3; from = p) {
            used += width(line, p, true);
        }
        int to = at;
        for (; to < line.length() && used + width(line, to, true) <= width; to += unitLength(line, to)) {
            used += width(line, to, true);
        }
        for (int p; from > 0 && used + width(line, p = previous(line, from), true) <= width; from = p) {
            used += width(line, p, true);
        }
        StringBuilder shown = new StringBuilder(used + 2).append(from > 0 ? "…" : "");
        int columns = shown.length();
        int caret = -1;
        for (int i = from; i < to; i += unitLength(line, i)) {
            caret = i == at ? columns : caret;
            columns += width(line, i, true);
            append(shown, line, i, true);
        }
        return new Quoted(shown.append(to < line.length() ? "…" : "").toString(), caret < 0 ? columns : caret);
    }

    /**
     * {@link #of} for a message or a hint, at most about {@code width} columns: a longer one (one
     * that quotes a huge value) keeps its beginning and its end, joined by "…".
     */
    static String bounded(String text, int width) {
        if (text.length() <= width) {
            return of(text);
        }
        int head = width * 2 / 3;
        int tail = text.length() - (width - head - 1);
        head -= head > 0 && Character.isLowSurrogate(text.charAt(head)) ? 1 : 0;
        tail += Character.isLowSurrogate(text.charAt(tail)) ? 1 : 0;
        return of(text.substring(0, head)) + "…" + of(text.substring(tail));
    }

    private static int previous(CharSequence text, int i) {
        return i >= 2 && Character.isLowSurrogate(text.charAt(i - 1)) && Character.isHighSurrogate(text.charAt(i - 2))
                ? i - 2 : i - 1;
    }

    /** Length of {@code <U+001B>}. */
    private static final int CODE_WIDTH = 8;
}
