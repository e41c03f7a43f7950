package vn.reviewportal.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import vn.reviewportal.incremental.UpToDate;

/**
 * Where a build reads and writes. The display names are the paths as the user typed them,
 * used in messages. No output folder means "check only"; no archive folder, no snapshots.
 *
 * @param allowEmpty whether a site without any period or any article may replace a published
 *                   site that has some (otherwise that is an error: the folder was probably
 *                   not there, or not readable, at the time of the build)
 */
public record BuildOptions(Path contentDir, String contentDisplay, Optional<Path> templatesDir,
                           String templatesDisplay, Optional<Path> archiveDir, String archiveDisplay,
                           Optional<Path> outputDir, String outputDisplay, boolean allowEmpty) {

    public BuildOptions(Path contentDir, String contentDisplay, Optional<Path> templatesDir, String templatesDisplay,
                        Optional<Path> archiveDir, String archiveDisplay, Optional<Path> outputDir, String outputDisplay) {
        this(contentDir, contentDisplay, templatesDir, templatesDisplay, archiveDir, archiveDisplay, outputDir,
                outputDisplay, false);
    }

    /** The record of whether a build into the output folder would change anything. */
    public UpToDate upToDate() {
        return new UpToDate(new UpToDate.Inputs(contentDir, templatesDir, archiveDir, Version.generator() + "\n"
                + contentDisplay + "\n" + templatesDisplay + "\n" + archiveDisplay), outputDir.orElseThrow());
    }
}
