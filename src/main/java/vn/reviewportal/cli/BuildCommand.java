package vn.reviewportal.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.build.BuildReport;
import vn.reviewportal.build.Pipeline;
import vn.reviewportal.build.Stage;

@CommandLine.Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site from the content into the output folder.",
                "The new site replaces the old one only when the whole build succeeded; "
                        + "on any error the old site is left exactly as it was."})
final class BuildCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Mixin
    SiteOptions options;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    String out;

    BuildCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        BuildReport report = new Pipeline(options.toBuildOptions(console.workingDir(), Optional.of(out))).run();
        Reporter reporter = new Reporter(console);
        reporter.diagnostics(report);
        if (!report.succeeded()) {
            console.err().println("build failed: " + Reporter.counts(report) + "; " + shown(out)
                    + "/ was not changed");
            if (report.stoppedAt().orElseThrow() == Stage.LOAD) {
                console.err().println("note: references and totals are checked once every file can be read");
            }
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        console.out().println("built " + shown(out) + "/: " + Reporter.plural(report.pages(), "page") + ", "
                + Reporter.plural(report.charts(), "chart") + ", " + Reporter.plural(report.warnings(), "warning")
                + " in " + Reporter.seconds(report.times().totalMillis())
                + (options.quiet ? "" : " (" + Reporter.times(report) + ")"));
        console.out().flush();
        return Main.OK;
    }

    private static String shown(String folder) {
        String trimmed = folder.replaceAll("[/\\\\]+$", "");
        return trimmed.isEmpty() ? folder : trimmed;
    }
}
