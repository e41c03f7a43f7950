package vn.reviewportal.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.DiagnosticFormatter;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.SourceLines;
import vn.reviewportal.pipeline.BuildReport;

/**
 * Prints diagnostics to standard error, at most {@link Diagnostics#SHOWN} of them: a build's,
 * with its one-line summary, and those of the commands that freeze and publish a built site.
 */
final class Reporter {

    private final Main.Console console;

    Reporter(Main.Console console) {
        this.console = console;
    }

    void diagnostics(BuildReport report) {
        if (!report.diagnostics().isEmpty()) {
            console.err().print(new DiagnosticFormatter(report.sources(), console.colour(), Diagnostics.SHOWN)
                    .format(report.diagnostics()));
            console.err().flush();
        }
    }

    /** Why a command other than a build refused (archive, publish), printed as a build's diagnostics. */
    void diagnostics(List<Diagnostic> diagnostics) {
        console.err().print(new DiagnosticFormatter(SourceLines.NONE, console.colour(), Diagnostics.SHOWN)
                .format(diagnostics));
        console.err().flush();
    }

    /** The diagnostics as {@link #diagnostics(BuildReport)} prints them, without colour, to be shown again later. */
    String plainDiagnostics(BuildReport report) {
        return report.diagnostics().isEmpty() ? ""
                : new DiagnosticFormatter(report.sources(), false, Diagnostics.SHOWN).format(report.diagnostics());
    }

    static String counts(BuildReport report) {
        return plural(report.errors(), "error") + ", " + warnings(report);
    }

    /** "7 warnings", and the notes after them where there are any: "7 warnings, 2 notes". */
    static String warnings(BuildReport report) {
        return plural(report.warnings(), "warning") + (report.notes() == 0 ? "" : ", " + plural(report.notes(), "note"));
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String times(BuildReport report) {
        return report.times().millis().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
