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

    BuildOptions toBuildOptions(Path workingDir, Optional<String> out) {
        return new BuildOptions(workingDir.resolve(content), content, Optional.of(workingDir.resolve(templates)),
                templates, Optional.of(workingDir.resolve(archive)), archive, out.map(workingDir::resolve),
                out.orElse(""));
    }
}
