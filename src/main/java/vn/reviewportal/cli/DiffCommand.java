package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import vn.reviewportal.model.Correction;
import vn.reviewportal.pipeline.BuildOptions;
import vn.reviewportal.pipeline.BuildReport;
import vn.reviewportal.pipeline.Pipeline;

@CommandLine.Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Lists every figure of a frozen year that the current content changes: table, row, column, "
                + "the figure in the snapshot and the figure now.",
                "The live portal shows the same list on its corrections page."})
final class DiffCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "YEAR", description = "The frozen year to compare with, e.g. 2012.")
    int year;

    @CommandLine.Mixin
    SiteOptions options;

    DiffCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (year < 1900 || year > 9999) {
            // The years 'portal archive' freezes: a snapshot of any other year cannot exist.
            throw new CommandLine.ParameterException(spec.commandLine(), "YEAR is a year such as 2012, not " + year);
        }
        BuildOptions buildOptions = options.toBuildOptions(console.workingDir());
        Path archive = buildOptions.archiveDir().orElseThrow();
        if (!Files.isDirectory(archive.resolve(Integer.toString(year)))) {
            console.err().println("portal diff: there is no snapshot " + options.archive + "/" + year + " ("
                    + frozenYears(archive) + "); make one with 'portal archive " + year + "'");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        BuildReport report = new Pipeline(buildOptions).run();
        if (!report.succeeded()) {
            new Reporter(console).diagnostics(report);
            console.err().println("diff failed: " + Reporter.counts(report));
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        List<Correction> corrections = report.corrections().stream().filter(c -> c.year() == year).toList();
        for (Correction c : corrections) {
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

    /** Which years the archive holds snapshots of, in words, so that a mistyped year is seen at once. */
    private String frozenYears(Path archive) {
        List<String> years;
        try (Stream<Path> entries = Files.list(archive)) {
            years = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("[0-9]{4}")).sorted().toList();
        } catch (IOException e) {
            years = List.of();
        }
        return years.isEmpty() ? options.archive + "/ holds no snapshot"
                : "the snapshots are of " + String.join(", ", years);
    }
}
