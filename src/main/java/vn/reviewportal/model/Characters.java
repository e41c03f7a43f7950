package vn.reviewportal.model;

import java.util.Locale;
import vn.reviewportal.diag.Code;
/**
 * Which characters content text may not hold, however they were written: typed or pasted into
 * the file, as a YAML escape ({@code "\x1b"}) or as a Markdown character reference
 * ({@code &#27;}). Refused are the invisible control characters (C0 but tab and line feed, DEL,
 * C1), which break YAML, make the feed invalid XML and drive a terminal; U+FFFE, U+FFFF and half
 * of a surrogate pair, which are not characters at all; and the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which turn the text after them around
 * on a page and which Vietnamese never needs. The marks U+200E and U+200F, which only settle the
 * direction of the punctuation next to them, are allowed.
 */
public final class Characters {

    private Characters() {
    }

    /**
     * The index of the first character of {@code text} that content may not hold, or -1.
     *
     * @param carriageReturn whether a carriage return is allowed: in a file's text it ends a line;
     *                       in a value once read it can only come from an escape
     */
    public static int firstRefused(CharSequence text, boolean carriageReturn) {
        for (int i = 0; i < text.length(); i++) {
            if (refused(text, i, carriageReturn)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the character at {@code i} may not be held; a tab and a line feed may. */
    public static boolean refused(CharSequence text, int i, boolean carriageReturn) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0x202a) {
            return false; // ASCII and Vietnamese letters, asked first: this runs for every character read
        }
        if (c < 0x20) {
            return c != '\t' && c != '\n' && (c != '\r' || !carriageReturn);
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c < 0xa0 || isDirectionControl(c) || c == 0xfffe || c == 0xffff;
    }

    private static boolean isDirectionControl(char c) {
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    /** The diagnostic code for the refused character {@code c}. */
    public static Code code(char c) {
        return isDirectionControl(c) ? Code.BIDI_CONTROL : Code.CONTROL_CHARACTER;
    }

    /** The refused character {@code c} in words: "an invisible control character (U+001B)". */
    public static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        if (isDirectionControl(c)) {
            return "an invisible text-direction control (" + code + ", " + Character.getName(c).toLowerCase(Locale.ROOT) + ")";
        }
        if (Character.isSurrogate(c)) {
            return "half of a character (" + code + ") without its other half";
        }
        return c == 0xfffe || c == 0xffff ? "a code that is not a character (" + code + ")"
                : "an invisible control character (" + code + ")";
    }

    /** Where the refused character {@code c} comes from when it is in a file's text, for a hint. */
    public static String origin(char c) {
        return isDirectionControl(c)
                ? "Vietnamese text never needs it, and it usually comes with text copied from a web page or a chat"
                : "it often comes with text copied from Word or a PDF";
    }

    /**
     * The hint for the refused character {@code c} written as an escape or a reference
     * ({@code written}, e.g. "an escape (\x1b or the like) inside the double quotes").
     */
    public static String writtenAs(char c, String written) {
        return "it was written as " + written + ": delete it; " + (isDirectionControl(c)
                ? "Vietnamese text never needs it, and on a page it turns the text after it around"
                : Character.isSurrogate(c) ? "to write a character outside the basic plane, write the character itself"
                : "a page or the feed cannot hold it");
    }
}
