package vn.reviewportal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.archive.Archive;
import vn.reviewportal.archive.Verification;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.DiagnosticFormatter;
import vn.reviewportal.diag.SourceLines;

@CommandLine.Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks frozen snapshots against their manifests and names every changed, missing and extra file.",
                "PATH is the archive folder, one snapshot, a published site (its archive/ is checked) or a snapshot zip."})
final class VerifyCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "PATH", defaultValue = "archive", arity = "0..1",
            description = "What to check (default: ${DEFAULT-VALUE}).")
    String path;

    VerifyCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path target = new PathArguments(spec, console.workingDir()).existing("PATH", path, "portal verify archive",
                "PATH is an archive folder, a snapshot folder, a published site or a snapshot zip");
        Verification verification = Archive.verify(target, path);
        verification.intact().forEach(console.out()::println);
        List<Diagnostic> problems = verification.problems();
        if (!problems.isEmpty()) {
            // Every one, not Diagnostics.SHOWN: listing them all is what verify is for (the build's hint says so).
            console.err().print(new DiagnosticFormatter(SourceLines.NONE, console.colour(), problems.size())
                    .format(problems));
            console.err().println("verify failed: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        }
        console.out().flush();
        console.err().flush();
        return problems.isEmpty() ? Main.OK : Main.CONTENT_ERRORS;
    }
}
