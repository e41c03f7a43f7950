package vn.reviewportal.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.diag.SourceLines;

/**
 * The text of every content file read, by displayed path, so that diagnostics can quote lines.
 * Kept whole and split into lines only for the few lines quoted: a national period file has a
 * million lines, which as separate strings would cost several times the text itself. The files
 * in {@code onDisk} (articles and period files read without error, whose content the model
 * already holds) are not kept: a quoted line is read again from the file, decoded as the loader decoded it. The
 * file read last is kept, since the diagnostics printed are sorted by file.
 */
public final class SourceTexts implements SourceLines {

    private final Map<String, String> texts;
    private final Map<String, Path> onDisk;
    private String lastRead;
    private String lastText;

    public SourceTexts(Map<String, String> texts, Map<String, Path> onDisk) {
        this.texts = Map.copyOf(texts);
        this.onDisk = Map.copyOf(onDisk);
    }

    public SourceTexts(Map<String, String> texts) {
        this(texts, Map.of());
    }

    @Override
    public Optional<String> line(String file, int line) {
        String text = texts.get(file);
        if (text == null && onDisk.containsKey(file)) {
            text = reread(file);
        }
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

    /** The file's text as the loader read it (UTF-8, without a byte-order mark, composed); null if it is gone. */
    private synchronized String reread(String file) {
        if (!file.equals(lastRead)) {
            try {
                lastText = ContentLoader.asRead(new String(Files.readAllBytes(onDisk.get(file)), StandardCharsets.UTF_8));
            } catch (IOException e) {
                lastText = null;
            }
            lastRead = file;
        }
        return lastText;
    }
}
