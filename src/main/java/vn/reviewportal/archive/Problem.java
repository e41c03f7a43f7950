package vn.reviewportal.archive;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import vn.reviewportal.diag.Code;

/**
 * Something wrong with a snapshot, as data: the build turns it into a diagnostic, {@code verify}
 * into a line. (The archive package depends on no other, so it has its own type.)
 *
 * @param code    a stable identifier such as {@code ARCHIVE-LINK}
 * @param file    the file as the user sees it, e.g. {@code archive/2012/assets/style.css}
 * @param line    1-based, or 0 for the file as a whole
 * @param column  1-based, or 0 for the file as a whole
 * @param message what is wrong, in one sentence
 * @param hint    what to do, in one sentence
 */
public record Problem(Code code, String file, int line, int column, String message, String hint) {

    /** File names and manifest texts come from the snapshot: no control character of theirs reaches the terminal. */
    public Problem {
        file = printable(file);
        message = printable(message);
        hint = printable(hint);
    }

    static Problem of(Code code, String file, String message, String hint) {
        return new Problem(code, file, 0, 0, message, hint);
    }

    /** As {@code verify} prints it: {@code file[:line:column]: message}. */
    public String text() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        // Spelt out as the diagnostics spell them: a line break in a file name prints no line of its own.
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("<U+%04X>", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** Why a file could not be read, in words ("permission denied"), never an exception's class name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while it was being read";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason(); // the operating system's own words, e.g. "Input/output error"
            return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        return "the operating system reported an input or output error";
    }
}
