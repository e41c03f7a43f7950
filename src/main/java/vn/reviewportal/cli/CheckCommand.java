package vn.reviewportal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.pipeline.BuildReport;
import vn.reviewportal.pipeline.Pipeline;
import vn.reviewportal.pipeline.Stage;

@CommandLine.Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the content and the templates without writing anything.",
                "Runs the same stages as 'build' and stops before writing the site."})
final class CheckCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Mixin
    SiteOptions options;

    CheckCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        BuildReport report = new Pipeline(options.toBuildOptions(console.workingDir())).run();
        new Reporter(console).diagnostics(report);
        if (!report.succeeded()) {
            console.err().println("check failed: " + Reporter.counts(report));
            if (report.stoppedAt().orElseThrow() == Stage.LOAD) {
                console.err().println("note: references and totals are checked once every file can be read");
            }
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        console.out().println("check passed: " + Reporter.counts(report) + "; " + Reporter.plural(report.pages(), "page")
                + " and " + Reporter.plural(report.charts(), "chart") + " would be built");
        console.out().flush();
        return Main.OK;
    }
}
