package vn.reviewportal.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build reads and writes. The display names are the paths as the user typed them,
 * used in messages. No output folder means "check only"; no archive folder, no snapshots.
 */
public record BuildOptions(Path contentDir, String contentDisplay, Optional<Path> templatesDir,
                           String templatesDisplay, Optional<Path> archiveDir, String archiveDisplay,
                           Optional<Path> outputDir, String outputDisplay) {
}
