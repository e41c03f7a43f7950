package vn.reviewportal.diag;

import java.util.Comparator;

/**
 * One problem found in the content, with where it is and what to do about it.
 * Errors stop the build; warnings and notes are printed and shown on the data-quality page.
 *
 * @param code    a stable identifier, printed in upper-case kebab form, e.g. {@code UNKNOWN-KEY}
 * @param message what is wrong, in one sentence
 * @param hint    what to change, in one sentence; may be empty
 */
public record Diagnostic(Severity severity, Code code, Position position, String message, String hint) {

    /** File order, then line and column, then errors before warnings: the order a reader fixes them in. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (severity == null || code == null || position == null || message == null) {
            throw new IllegalArgumentException("a diagnostic needs severity, code, position and message");
        }
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(Code code, Position position, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, position, message, hint);
    }

    public static Diagnostic warning(Code code, Position position, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, position, message, hint);
    }

    public static Diagnostic note(Code code, Position position, String message, String hint) {
        return new Diagnostic(Severity.NOTE, code, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
