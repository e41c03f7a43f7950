package vn.reviewportal.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one stage. Not thread-safe: one collector per stage run; the
 * stage hands back an immutable {@link #list()}.
 */
public final class Diagnostics {

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
