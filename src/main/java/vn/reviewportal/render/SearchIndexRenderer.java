package vn.reviewportal.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.Routes;
import vn.reviewportal.page.SearchEntry;

/**
 * Writes the offline search index as a script that sets {@code window.PORTAL_SEARCH}: loaded
 * with a script tag, not fetched, so search works from file:// and under any path. Text is
 * JSON-escaped, with {@code <} escaped too, so no content can close the script.
 *
 * <p>The index holds the text of every article, so it is written straight to UTF-8 bytes, without
 * building it as a string first, which would hold all that text twice more.
 */
public final class SearchIndexRenderer {

    private static final byte[] HEAD = ("// Search index of the portal: [title, address, kind, snippet, folded text].\n"
            + "window.PORTAL_SEARCH = ").getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = ";\n".getBytes(StandardCharsets.UTF_8);
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new NoAngleBrackets());

    public SiteFile render(List<SearchEntry> entries) {
        long textLength = 0;
        for (SearchEntry entry : entries) {
            textLength += entry.title().length() + entry.href().length() + entry.snippet().length() + entry.folded().length();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, textLength * 5 / 4 + 1024));
        try {
            out.write(HEAD);
            try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartArray();
                for (SearchEntry entry : entries) {
                    json.writeStartArray();
                    json.writeString(entry.title());
                    json.writeString(entry.href());
                    json.writeString(entry.kind());
                    json.writeString(entry.snippet());
                    json.writeString(entry.folded());
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            out.write(TAIL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteFile(Routes.SEARCH_INDEX, out.toByteArray());
    }

    /**
     * JSON's own escapes, {@code <} as {@code \u003c}, so that no text can end the script, and the
     * line and paragraph separators, which browsers before 2019 take for the end of a line inside
     * a script's string.
     */
    private static final class NoAngleBrackets extends CharacterEscapes {
        private static final SerializableString LESS_THAN = new SerializedString("\\u003c");
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] escapes = standardAsciiEscapesForJSON();

        NoAngleBrackets() {
            escapes['<'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LESS_THAN;
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
