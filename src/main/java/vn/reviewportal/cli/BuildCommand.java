package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import vn.reviewportal.incremental.UpToDate;
import vn.reviewportal.output.OutputFolder;
import vn.reviewportal.output.OutputLock;
import vn.reviewportal.pipeline.BuildOptions;
import vn.reviewportal.pipeline.BuildReport;
import vn.reviewportal.pipeline.Pipeline;
import vn.reviewportal.pipeline.Stage;

@CommandLine.Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site from the content into the output folder.",
                "The new site replaces the old one only when the whole build succeeded; "
                        + "on any error the old site is left exactly as it was."})
final class BuildCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOptions options;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written (default: ${DEFAULT-VALUE}).")
    String out;

    @CommandLine.Option(names = "--rebuild",
            description = "Build even when no content, template or snapshot changed since the last build.")
    boolean rebuild;

    BuildCommand(Main.Console console) {
        this.console = console;
    }

    @CommandLine.Option(names = "--allow-empty",
            description = "Let a site without any review period, or without any article, replace a published one "
                    + "that has some (otherwise the build stops: the folder was probably missing or unreadable).")
    boolean allowEmpty;

    @CommandLine.Mixin
    LockOptions lock;

    @Override
    public Integer call() {
        PathArguments paths = new PathArguments(spec, console.workingDir());
        SiteOptions.Inputs inputs = options.inputs(console.workingDir());
        Path named = paths.folder("--out", out, "--out site");
        OutputFolder folder;
        try {
            folder = OutputFolder.of(named, shown(out));
        } catch (OutputFolder.Refused e) {
            console.err().println("portal build: " + e.getMessage());
            console.err().flush();
            return Main.USAGE;
        }
        // Checked before the lock is taken: the lock file beside --out must not land in the content either.
        for (PathArguments.Folder input : inputs.all()) {
            paths.apart(new PathArguments.Folder("--out", out, named, "the site"), input,
                    "the site would be written among the files it is built from", "--out site");
        }
        folder.note(shown(out)).ifPresent(note -> console.err().println("note: " + note));
        // Two builds into one folder would share its staging folder: the second waits for the first.
        try (LockOptions.Held held = lock.hold(console, "build", List.of(new LockOptions.Folder(folder.real(), shown(out) + "/")))) {
            return build(options.toBuildOptions(inputs, folder.real(), out, allowEmpty));
        } catch (OutputLock.Busy e) {
            console.err().println("portal build: " + e.getMessage() + "; " + shown(out) + "/ was not changed");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            console.err().println("portal build: the folder beside " + shown(out) + "/ cannot be written ("
                    + e.getMessage() + "); " + shown(out) + "/ was not changed");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
    }

    private int build(BuildOptions buildOptions) {
        UpToDate upToDate = buildOptions.upToDate();
        // The published site is listed on a core of its own while the inputs are fingerprinted.
        CompletableFuture<Optional<UpToDate.Listing>> published = rebuild ? null
                : CompletableFuture.supplyAsync(upToDate::published,
                        task -> new Thread(task, "portal-list-site").start());
        String fingerprint = upToDate.fingerprint();
        Optional<UpToDate.Previous> previous = rebuild ? Optional.empty() : upToDate.previous(fingerprint, published.join());
        if (previous.isPresent()) {
            List<String> lines = previous.get().report().lines().toList();
            lines.stream().skip(1).forEach(console.err()::println);
            console.err().flush();
            console.out().println(shown(out) + "/ is up to date: " + lines.get(0)
                    + " as built before; nothing changed in the content, templates or archive (--rebuild builds anyway)");
            console.out().flush();
            return Main.OK;
        }
        upToDate.forget();
        BuildReport report = new Pipeline(buildOptions).run();
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
        String summary = Reporter.plural(report.pages(), "page") + ", " + Reporter.plural(report.charts(), "chart") + ", "
                + Reporter.warnings(report);
        upToDate.record(fingerprint, summary + "\n" + reporter.plainDiagnostics(report));
        console.out().println("built " + shown(out) + "/: " + summary
                + " in " + Reporter.seconds(report.times().totalMillis())
                + (options.quiet ? "" : " (" + Reporter.times(report) + ")"));
        console.out().flush();
        return Main.OK;
    }

    private static String shown(String folder) {
        return PathArguments.shown(folder);
    }
}
