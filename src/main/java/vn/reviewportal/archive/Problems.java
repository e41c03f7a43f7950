package vn.reviewportal.archive;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;

/**
 * The problems found while reading snapshots, as diagnostics, up to a limit: a damaged or
 * hostile archive can have any number of them, and once the limit is reached reading on would
 * only count them. Not thread-safe: one collector per reading.
 *
 * <p>File names and manifest texts in them come from the snapshot as they are: the formatter
 * that prints a diagnostic spells out any control character in them ({@code <U+001B>}).
 */
final class Problems {

    private final int limit;
    private final List<Diagnostic> found = new ArrayList<>();

    Problems(int limit) {
        this.limit = limit;
    }

    static Problems unlimited() {
        return new Problems(Integer.MAX_VALUE);
    }

    /** A problem of a whole file or folder, such as {@code archive/2012/index.html}: every one is an error. */
    static Diagnostic of(Code code, String file, String message, String hint) {
        return Diagnostic.error(code, Position.wholeFile(file), message, hint);
    }

    void add(Diagnostic problem) {
        if (!full()) {
            found.add(problem);
        }
    }

    void addAll(List<Diagnostic> problems) {
        problems.forEach(this::add);
    }

    /** Whether the limit is reached, so that whoever is reading can stop. */
    boolean full() {
        return found.size() >= limit;
    }

    List<Diagnostic> list() {
        return List.copyOf(found);
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
