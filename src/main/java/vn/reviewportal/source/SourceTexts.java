package vn.reviewportal.source;

import java.util.Map;
import java.util.Optional;
import vn.reviewportal.diag.SourceLines;

/**
 * The text of every content file read, by displayed path, so that diagnostics can quote lines.
 * Kept whole and split into lines only for the few lines quoted: a national period file has a
 * million lines, which as separate strings would cost several times the text itself.
 */
public record SourceTexts(Map<String, String> texts) implements SourceLines {

    public SourceTexts {
        texts = Map.copyOf(texts);
    }

    @Override
    public Optional<String> line(String file, int line) {
        String text = texts.get(file);
        if (text == null || line < 1) {
            return Optional.empty();
        }
        int start = 0;
        for (int current = 1; current < line; current++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return Optional.empty();
            }
            start = end + 1;
        }
        if (start >= text.length()) {
            return Optional.empty();
        }
        int end = text.indexOf('\n', start);
        String found = text.substring(start, end < 0 ? text.length() : end);
        return Optional.of(found.endsWith("\r") ? found.substring(0, found.length() - 1) : found);
    }
}
