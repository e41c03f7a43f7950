package vn.reviewportal.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import vn.reviewportal.build.BuildOptions;

/** The options every command that reads content shares. */
final class SiteOptions {

    @CommandLine.Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: site.yaml, organizations.yaml, periods/, articles/ (default: ${DEFAULT-VALUE}).")
    String content;

    @CommandLine.Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates that replace the built-in ones, file by file (default: ${DEFAULT-VALUE}; "
                    + "the built-in templates are used when it does not exist).")
    String templates;

    @CommandLine.Option(names = "--archive", paramLabel = "DIR", defaultValue = "archive",
            description = "Frozen yearly snapshots, copied into the site unchanged (default: ${DEFAULT-VALUE}; "
                    + "none when it does not exist).")
    String archive;

    @CommandLine.Option(names = "--debug", description = "Show the Java stack trace of an internal error.")
    boolean debug;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Print only diagnostics and the summary line.")
    boolean quiet;

    /** Options that read and write nothing but the content, templates and archive (check, serve). */
    BuildOptions toBuildOptions(Path workingDir) {
        return new BuildOptions(workingDir.resolve(content), content, Optional.of(workingDir.resolve(templates)),
                templates, Optional.of(workingDir.resolve(archive)), archive, Optional.empty(), "");
    }

    /** Options that write the site into {@code out}, the real folder behind what the user named {@code outShown}. */
    BuildOptions toBuildOptions(Path workingDir, Path out, String outShown, boolean allowEmpty) {
        return new BuildOptions(workingDir.resolve(content), content, Optional.of(workingDir.resolve(templates)),
                templates, Optional.of(workingDir.resolve(archive)), archive, Optional.of(out), outShown, allowEmpty);
    }
}
