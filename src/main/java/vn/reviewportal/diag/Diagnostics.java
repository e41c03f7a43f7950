package vn.reviewportal.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one stage. Not thread-safe: one collector per stage run; the
 * stage hands back an immutable {@link #list()}.
 */
public final class Diagnostics {

    /**
     * The one cap on diagnostics: every command shows at most this many, and counts the rest
     * ("... and 7 more not shown"). A stage whose one cause can give thousands of them (a
     * damaged archive, a template error on every page, a templates folder named by mistake)
     * stops collecting at a part of it, named where it stops, so that its diagnostics and the
     * others' are shown together.
     */
    public static final int SHOWN = 50;

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(Code code, Position position, String message, String hint) {
        add(Diagnostic.error(code, position, message, hint));
    }

    public void warning(Code code, Position position, String message, String hint) {
        add(Diagnostic.warning(code, position, message, hint));
    }

    public void note(Code code, Position position, String message, String hint) {
        add(Diagnostic.note(code, position, message, hint));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** An immutable copy in reading order. */
    public List<Diagnostic> list() {
        return items.stream().sorted(Diagnostic.READING_ORDER).toList();
    }
}
