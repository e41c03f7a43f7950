package vn.reviewportal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Runs the command line in this JVM, in a working folder, as a user would type it there. */
final class Cli {

    private Cli() {
    }

    /** What one command printed, and how it ended. */
    record Run(int status, String out, String err) {
    }

    static Run run(Path work, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new Main.Console(new PrintWriter(out), new PrintWriter(err), false, Map.of(), work,
                clock));
        return new Run(status, out.toString(), err.toString());
    }

    static Run run(Path work, String... args) {
        return run(work, Clock.systemDefaultZone(), args);
    }
}
