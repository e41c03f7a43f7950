package vn.reviewportal.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's state as the file system reports it without reading the file: size, modification
 * time and identity, as version control tells changed files apart.
 */
record FileStamp(Path file, long size, long modifiedNanos, Object fileKey) {

    /**
     * Files changed in the last two seconds are not stamped (and so read again next time): the
     * file system's clock moves in steps of milliseconds, and a second save within the same step,
     * of the same length, would otherwise go unseen.
     */
    private static final Duration SETTLED = Duration.ofSeconds(2);

    static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (modified.plus(SETTLED).isAfter(Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(new FileStamp(file, attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.fileKey()));
        } catch (IOException e) {
            return Optional.empty(); // read it, and let the reading report the problem
        }
    }
}
