package vn.reviewportal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import vn.reviewportal.pipeline.BuildOptions;

/** The options every command that reads content shares. */
final class SiteOptions {

    @CommandLine.Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: site.yaml, organizations.yaml, periods/, articles/ (default: ${DEFAULT-VALUE}).")
    String content;

    @CommandLine.Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates that replace the built-in ones, file by file (default: ${DEFAULT-VALUE}; "
                    + "the built-in templates are used when that folder does not exist; a folder named here must).")
    String templates;

    @CommandLine.Option(names = "--archive", paramLabel = "DIR", defaultValue = "archive",
            description = "Frozen yearly snapshots, copied into the site unchanged (default: ${DEFAULT-VALUE}; "
                    + "none when that folder does not exist; a folder named here must).")
    String archive;

    @CommandLine.Option(names = "--debug", description = "Show the Java stack trace of an internal error.")
    boolean debug;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Print only diagnostics and the summary line.")
    boolean quiet;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    /** The folders a build reads. */
    record Inputs(PathArguments.Folder content, PathArguments.Folder templates, PathArguments.Folder archive) {
        List<PathArguments.Folder> all() {
            return List.of(content, templates, archive);
        }
    }

    /**
     * The folders a build reads, each checked as every path of the command line is. Templates
     * and an archive are optional, but one named on purpose must be there: a mistyped
     * --archive would otherwise build a site without its frozen years, and a mistyped
     * --templates one with the built-in look, and neither would say so.
     */
    Inputs inputs(Path workingDir) {
        PathArguments paths = new PathArguments(command, workingDir);
        return new Inputs(
                new PathArguments.Folder("--content", content, paths.folder("--content", content, "--content content"),
                        "the content folder"),
                new PathArguments.Folder("--templates", templates, optional(paths, "--templates", templates,
                        "--templates templates", "leave --templates out to use the built-in templates"),
                        "the templates folder"),
                new PathArguments.Folder("--archive", archive, optional(paths, "--archive", archive,
                        "--archive archive", "leave --archive out when there are no snapshots"), "the archive folder"));
    }

    private Path optional(PathArguments paths, String option, String value, String example, String missing) {
        return command.commandLine().getParseResult().hasMatchedOption(option)
                ? paths.existingFolder(option, value, example, "name the folder, or " + missing)
                : paths.folder(option, value, example);
    }

    /** Options that read and write nothing but the content, templates and archive (check, serve). */
    BuildOptions toBuildOptions(Path workingDir) {
        return toBuildOptions(inputs(workingDir), Optional.empty(), "", false);
    }

    /** Options that write the site into {@code out}, the real folder behind what the user named {@code outShown}. */
    BuildOptions toBuildOptions(Inputs inputs, Path out, String outShown, boolean allowEmpty) {
        return toBuildOptions(inputs, Optional.of(out), outShown, allowEmpty);
    }

    private BuildOptions toBuildOptions(Inputs inputs, Optional<Path> out, String outShown, boolean allowEmpty) {
        return new BuildOptions(inputs.content().path(), content, Optional.of(inputs.templates().path()), templates,
                Optional.of(inputs.archive().path()), archive, out, outShown, allowEmpty);
    }
}
