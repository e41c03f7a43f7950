package vn.reviewportal.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.reviewportal.diag.Code;
import vn.reviewportal.model.Characters;

/**
 * How a content file's bytes become the text every later stage sees: decoded as UTF-8, without
 * a byte-order mark, composed; and refused, with the place said, when they are not UTF-8 or hold
 * what an editor does not show.
 */
final class FileText {

    private FileText() {
    }

    /**
     * The text of a file's bytes, or empty after reporting why there is none; the text of a file
     * refused is kept for the diagnostic to quote.
     *
     * @param yaml whether the whole file is YAML, whose lines are limited (an article's front
     *             matter is checked apart)
     */
    static Optional<String> decode(byte[] bytes, String display, boolean yaml, FileReading reading) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            reading.diagnostics().error(Code.INVALID_UTF8, SourceTexts.position(display, before, before.length()),
                    "the file is not saved as UTF-8 text", display.endsWith(".csv")
                            ? "save it again as UTF-8: in Excel, File → Save As → CSV UTF-8 (Comma delimited) (*.csv)"
                            : "save it again with the UTF-8 encoding (in Notepad: File → Save As → Encoding: UTF-8)");
            reading.keep(display, new String(bytes, StandardCharsets.UTF_8));
            return Optional.empty();
        }
        String text = asRead(out.flip().toString());
        return refused(text, display, yaml, reading) ? Optional.empty() : Optional.of(text);
    }

    /**
     * A file's decoded text as every later stage sees it: without a byte-order mark, and composed.
     * Text pasted from a Mac or some web pages spells "ả" as "a" + two combining marks (NFD);
     * composed here once, every slug, search entry, sort and comparison sees one spelling.
     */
    static String asRead(String decoded) {
        return YamlReader.nfc(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded);
    }

    /**
     * What the file may not hold, reported where it is, since an editor does not show it: a
     * character that {@link Characters} refuses (an invisible control character pasted from Word
     * or a PDF, which breaks YAML and makes the feed invalid XML; a right-to-left override,
     * which turns a name around on the page); and in a YAML file, a line longer than
     * {@link YamlReader#MAX_LINE}.
     */
    private static boolean refused(String text, String display, boolean yaml, FileReading reading) {
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (yaml && i - lineStart > YamlReader.MAX_LINE) {
                    return lineTooLong(text, display, lineStart, i, reading);
                }
                lineStart = i + 1;
            } else if (Characters.refused(text, i, true)) {
                reading.keep(display, text);
                reading.diagnostics().error(Characters.code(c), SourceTexts.position(display, text, i),
                        Characters.describe(c) + " is here",
                        "delete it: retype the characters around this place; " + Characters.origin(c));
                return true;
            }
        }
        return yaml && text.length() - lineStart > YamlReader.MAX_LINE
                && lineTooLong(text, display, lineStart, text.length(), reading);
    }

    private static boolean lineTooLong(String text, String display, int start, int end, FileReading reading) {
        reading.keep(display, text);
        reading.diagnostics().add(YamlReader.lineTooLong(
                SourceTexts.position(display, text, start + YamlReader.MAX_LINE), end - start));
        return true;
    }
}
