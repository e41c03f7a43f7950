package vn.reviewportal.diag;

import java.util.List;

/**
 * Prints diagnostics the way a compiler does:
 *
 * <pre>
 * content/periods/2012.yaml:14:7: error[UNKNOWN-KEY]: unknown key 'fond' in a shortcoming count
 *    14 |       to-chuc-dang: {fond: 747, remediated: 497}
 *       |                      ^
 *       = hint: did you mean 'found'?
 * </pre>
 *
 * At most {@code limit} diagnostics are printed (every command gives {@link Diagnostics#SHOWN}); the
 * rest are counted.
 */
public final class DiagnosticFormatter {

    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String BOLD = "\u001b[1m";
    private static final String CYAN = "\u001b[36m";
    private static final String BOLD_CYAN = "\u001b[1;36m";
    private static final String RESET = "\u001b[0m";

    /**
     * Columns of a quoted line shown at most: a line of ten megabytes (a quote never closed)
     * is quoted around the column, not whole.
     */
    static final int LINE_WIDTH = 100;
    /** Columns of a message or hint shown at most; only one that quotes a huge value is longer. */
    static final int MESSAGE_WIDTH = 400;

    private final SourceLines sources;
    private final boolean colour;
    private final int limit;

    public DiagnosticFormatter(SourceLines sources, boolean colour, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.sources = sources;
        this.colour = colour;
        this.limit = limit;
    }

    public String format(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.stream().limit(limit).forEach(d -> appendOne(out, d));
        if (diagnostics.size() > limit) {
            out.append("... and ").append(diagnostics.size() - limit)
                    .append(" more not shown; fix the ones above and run again\n");
        }
        return out.toString();
    }

    public String formatOne(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder();
        appendOne(out, diagnostic);
        return out.toString();
    }

    /**
     * Everything printed that comes from the content (the file name, the message and hint, which
     * quote its values, and the quoted line) goes through {@link VisibleText}: only the colours
     * here reach the terminal as escape sequences.
     */
    private void appendOne(StringBuilder out, Diagnostic d) {
        Position at = d.position();
        out.append(paint(BOLD, VisibleText.of(at.toString()))).append(": ")
                .append(paint(colour(d), d.severity().label() + "[" + d.code().id() + "]"))
                .append(": ").append(VisibleText.bounded(d.message(), MESSAGE_WIDTH)).append('\n');
        String gutter = " ".repeat(Math.max(5, String.valueOf(at.line()).length() + 1));
        if (at.hasLine()) {
            sources.line(at.file(), at.line()).ifPresent(text -> {
                VisibleText.Quoted shown = VisibleText.quote(text, at.column(), LINE_WIDTH);
                String number = String.valueOf(at.line());
                out.append(paint(CYAN, " ".repeat(gutter.length() - number.length()) + number + " |"))
                        .append(' ').append(shown.text()).append('\n');
                out.append(paint(CYAN, gutter + " |")).append(' ').append(" ".repeat(shown.caret()))
                        .append(paint(colour(d), "^")).append('\n');
            });
        }
        if (!d.hint().isEmpty()) {
            out.append(paint(CYAN, gutter + " =")).append(" hint: ").append(VisibleText.bounded(d.hint(), MESSAGE_WIDTH)).append('\n');
        }
    }

    private static String colour(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case NOTE -> BOLD_CYAN;
        };
    }

    private String paint(String style, String text) {
        return colour ? style + text + RESET : text;
    }
}
