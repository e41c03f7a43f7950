package vn.reviewportal.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.diag.SourceLines;

/** The text of every content file read, by displayed path, so that diagnostics can quote lines. */
public record SourceTexts(Map<String, List<String>> lines) implements SourceLines {

    public SourceTexts {
        lines = Map.copyOf(lines);
    }

    @Override
    public Optional<String> line(String file, int line) {
        List<String> fileLines = lines.get(file);
        if (fileLines == null || line < 1 || line > fileLines.size()) {
            return Optional.empty();
        }
        return Optional.of(fileLines.get(line - 1));
    }
}
