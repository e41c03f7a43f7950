package vn.reviewportal.diag;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything a command prints goes through here on its way to the terminal, so that no text
 * from a file, a file name, a link or a snapshot can act on the terminal instead of being shown:
 * an escape sequence that sets the window title, clears the screen or moves the cursor, a
 * right-to-left override. Such a character is spelt out as its code ({@code <U+001B>}), as the
 * diagnostics spell them. What passes: printable text, line breaks and tabs; and, only on a
 * console that shows colours, colour sequences ({@code ESC [ digits ; ... m}), which is all the
 * portal itself and picocli send there (a colour cannot hide or move anything).
 *
 * <p>Not thread-safe, like the writer it wraps: one thread prints at a time.
 */
public final class TerminalWriter extends FilterWriter {

    /** Longest colour sequence kept whole; anything longer is not one of ours. */
    private static final int MAX_SEQUENCE = 16;

    /** An escape sequence begun in one write and not yet ended. */
    private final StringBuilder pending = new StringBuilder();
    /** The first half of a character whose second half is in the next write; 0 if none. */
    private char highSurrogate;

    private final boolean colours;

    /** @param colours whether colour sequences pass (a console that shows colours) */
    public TerminalWriter(Writer out, boolean colours) {
        super(out);
        this.colours = colours;
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        StringBuilder shown = new StringBuilder(length + 8);
        for (int i = offset; i < offset + length; i++) {
            char c = text[i];
            if (highSurrogate != 0 && !Character.isLowSurrogate(c)) {
                shown.append(VisibleText.of(String.valueOf(highSurrogate)));
                highSurrogate = 0;
            }
            if (!pending.isEmpty()) {
                pending.append(c);
                if (!colours || pending.length() == 2 && c != '['
                        || pending.length() > 2 && !(c >= '0' && c <= '9' || c == ';' || c == 'm')
                        || pending.length() > MAX_SEQUENCE) {
                    shown.append(VisibleText.of(pending.toString())); // not a colour: shown, not obeyed
                    pending.setLength(0);
                } else if (c == 'm' && pending.length() > 2) {
                    shown.append(pending); // a colour
                    pending.setLength(0);
                }
            } else if (c == '\u001b') {
                pending.append(c);
            } else if (c == '\n' || c == '\t' || c == '\r' && i + 1 < offset + length && text[i + 1] == '\n') {
                shown.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < offset + length && Character.isLowSurrogate(text[i + 1])) {
                shown.append(c).append(text[++i]);
            } else if (Character.isHighSurrogate(c) && i + 1 == offset + length) {
                highSurrogate = c; // the rest of the character comes with the next write
            } else if (Character.isLowSurrogate(c) && highSurrogate != 0) {
                shown.append(highSurrogate).append(c);
                highSurrogate = 0;
            } else {
                shown.append(VisibleText.of(String.valueOf(c)));
            }
        }
        out.write(shown.toString());
    }

    @Override
    public void flush() throws IOException {
        if (!pending.isEmpty() && pending.length() > MAX_SEQUENCE) {
            out.write(VisibleText.of(pending.toString()));
            pending.setLength(0);
        }
        super.flush();
    }

    @Override
    public void close() throws IOException {
        if (!pending.isEmpty()) {
            out.write(VisibleText.of(pending.toString()));
            pending.setLength(0);
        }
        super.close();
    }
}
