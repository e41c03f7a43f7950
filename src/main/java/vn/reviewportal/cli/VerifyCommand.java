package vn.reviewportal.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.archive.Archive;

@CommandLine.Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks frozen snapshots against their manifests and names every changed, missing and extra file.",
                "PATH is the archive folder, one snapshot, a published site (its archive/ is checked) or a snapshot zip."})
final class VerifyCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Parameters(paramLabel = "PATH", defaultValue = "archive", arity = "0..1",
            description = "What to check (default: ${DEFAULT-VALUE}).")
    String path;

    VerifyCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        List<String> intact = new ArrayList<>();
        List<String> problems = Archive.verify(console.workingDir().resolve(path), intact);
        intact.forEach(line -> console.out().println(shown(line)));
        problems.forEach(line -> console.err().println(shown(line)));
        if (!problems.isEmpty()) {
            console.err().println("verify failed: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        }
        console.out().flush();
        console.err().flush();
        return problems.isEmpty() ? Main.OK : Main.CONTENT_ERRORS;
    }

    /** Paths as the user gave them, not resolved against the working folder. */
    private String shown(String line) {
        String prefix = console.workingDir().resolve(path).toString();
        return line.startsWith(prefix) ? path + line.substring(prefix.length()) : line;
    }
}
