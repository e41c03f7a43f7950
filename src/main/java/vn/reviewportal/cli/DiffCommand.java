package vn.reviewportal.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.archive.Errata;
import vn.reviewportal.build.BuildReport;
import vn.reviewportal.build.Pipeline;

@CommandLine.Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Lists every figure of a frozen year that the current content changes: table, row, column, "
                + "the figure in the snapshot and the figure now.",
                "The live portal shows the same list on its corrections page."})
final class DiffCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Parameters(paramLabel = "YEAR", description = "The frozen year to compare with, e.g. 2012.")
    int year;

    @CommandLine.Mixin
    SiteOptions options;

    DiffCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(console.workingDir().resolve(options.archive).resolve(Integer.toString(year)))) {
            console.err().println("portal diff: there is no snapshot " + options.archive + "/" + year
                    + "; make one with 'portal archive " + year + "'");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        BuildReport report = new Pipeline(options.toBuildOptions(console.workingDir())).run();
        if (!report.succeeded()) {
            new Reporter(console).diagnostics(report);
            console.err().println("diff failed: " + Reporter.counts(report));
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        List<Errata.Correction> corrections = report.corrections().stream().filter(c -> c.year() == year).toList();
        for (Errata.Correction c : corrections) {
            String where = c.year() + " · " + c.table() + " · " + c.row();
            console.out().println(c.column().isEmpty()
                    ? where + ": " + (c.now().isEmpty() ? "row removed" : "row added")
                    : where + " · " + c.column() + ": " + c.before() + " → " + c.now());
        }
        console.out().println(corrections.isEmpty() ? "no figure differs from " + options.archive + "/" + year + "/"
                : Reporter.plural(corrections.size(), "figure") + " differ from " + options.archive + "/" + year + "/");
        console.out().flush();
        return Main.OK;
    }
}
