package vn.reviewportal.diag;

import java.util.Optional;

/** Looks up the text of a line of a content file, so that a diagnostic can quote it. */
@FunctionalInterface
public interface SourceLines {

    SourceLines NONE = (file, line) -> Optional.empty();

    /** The line's text without its line break, if the file and the line are known. */
    Optional<String> line(String file, int line);
}
