package vn.reviewportal.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.diag.Position;
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
        int nextLf = text.indexOf('\n');
        int nextCr = text.indexOf('\r');
        for (int current = 1; current < line; current++) {
            int end = nearer(nextLf, nextCr);
            if (end < 0) {
                return Optional.empty();
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
            // Each search goes on from where the last one stopped: line 900,000 is found in one pass.
            nextLf = nextLf >= 0 && nextLf < start ? text.indexOf('\n', start) : nextLf;
            nextCr = nextCr >= 0 && nextCr < start ? text.indexOf('\r', start) : nextCr;
        }
        if (start >= text.length()) {
            return Optional.empty();
        }
        int end = nearer(nextLf, nextCr);
        return Optional.of(text.substring(start, end < 0 ? text.length() : end));
    }

    /** The nearer of two places found, -1 meaning not found. */
    private static int nearer(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * Where the character at {@code offset} of a file's text is, with lines broken as YAML and
     * Markdown break them, and as the lines are quoted: at a line feed, at a carriage return and
     * line feed (Windows), and at a carriage return alone (old Mac programs).
     */
    static Position position(String file, CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, offset - lineStart + 1);
    }

    /** The file's text as the loader read it (UTF-8, without a byte-order mark, composed); null if it is gone. */
    private synchronized String reread(String file) {
        if (!file.equals(lastRead)) {
            try {
                lastText = FileText.asRead(new String(Files.readAllBytes(onDisk.get(file)), StandardCharsets.UTF_8));
            } catch (IOException e) {
                lastText = null;
            }
            lastRead = file;
        }
        return lastText;
    }
}
