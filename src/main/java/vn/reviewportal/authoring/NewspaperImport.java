package vn.reviewportal.authoring;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reviewportal.model.Slugs;

/**
 * Reads a plain-text newspaper article as copied from a provincial newspaper's website: a
 * source line, a date line ("Thứ sáu, 03/05/2013 - 08:19"), the title, the lead, paragraphs,
 * the author's name, and navigation words left over from the page ("Top"). Copes with a
 * byte-order mark, Windows line ends, decomposed (NFD) Vietnamese and stray spaces.
 */
public final class NewspaperImport {

    /** Vietnam's time zone; newspaper pages give local times without one. */
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final Pattern DATE = Pattern.compile(
            "^(?:(?:thứ\\s+\\S+|chủ\\s+nhật)\\s*,?\\s*)?(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s*[-–,]?\\s*(\\d{1,2})[:h](\\d{2}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words a web page leaves at the end of the copied text. */
    private static final List<String> NAVIGATION = List.of("top", "lên đầu trang", "về đầu trang", "đầu trang",
            "in bài", "in bài viết", "gửi bài", "gửi cho bạn bè", "quay lại", "trở về", "bản in", "chia sẻ");
    /** Newspapers whose names are often copied without diacritics. */
    private static final Map<String, String> KNOWN_SOURCES = Map.of(
            "bao-dien-tu-bac-ninh", "Báo điện tử Bắc Ninh",
            "bao-bac-ninh", "Báo Bắc Ninh");

    private NewspaperImport() {
    }

    /**
     * The largest file read: a newspaper article is tens of kilobytes, and the article written
     * from a larger file would be one the build refuses, or could not hold in memory.
     */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** How to save a text as UTF-8, said wherever the text is not. */
    private static final String SAVE_AS_UTF8 = "open it and save it again as UTF-8 (in Notepad: File → Save As → "
            + "Encoding: UTF-8); a text in TCVN3 (ABC) or VNI is first converted to Unicode, e.g. with Unikey's "
            + "converter (Ctrl+Shift+F6)";

    /**
     * Thrown when the file is not a text or lacks what an article needs (a date, a title); the
     * message says what, the hint what to do, and line and column where (0 for the whole file).
     */
    public static final class UnrecognisedException extends Exception {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;
        private final String hint;

        UnrecognisedException(String message) {
            this(message, 0, 0, "");
        }

        UnrecognisedException(String message, int line, int column, String hint) {
            super(message);
            this.line = line;
            this.column = column;
            this.hint = hint;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        public String hint() {
            return hint;
        }
    }

    public static Draft read(byte[] bytes) throws UnrecognisedException {
        String text = Normalizer.normalize(decoded(bytes).replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip());
        }
        List<String> notes = new ArrayList<>();
        while (!lines.isEmpty() && (lines.get(lines.size() - 1).isEmpty()
                || NAVIGATION.contains(lines.get(lines.size() - 1).toLowerCase(Locale.ROOT)))) {
            String dropped = lines.remove(lines.size() - 1);
            if (!dropped.isEmpty()) {
                notes.add("left out the page's navigation word \"" + dropped + "\" at the end");
            }
        }
        int dateLine = -1;
        Matcher date = null;
        for (int i = 0; i < Math.min(lines.size(), 6); i++) {
            Matcher m = DATE.matcher(lines.get(i));
            if (m.find()) {
                dateLine = i;
                date = m;
                break;
            }
        }
        if (date == null) {
            throw new UnrecognisedException("no date line such as \"Thứ sáu, 03/05/2013 - 08:19\" in the first lines");
        }
        OffsetDateTime when;
        try {
            int hour = date.group(4) == null ? 0 : Integer.parseInt(date.group(4));
            int minute = date.group(5) == null ? 0 : Integer.parseInt(date.group(5));
            when = OffsetDateTime.of(LocalDateTime.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(1)), hour, minute), VIETNAM);
            if (date.group(4) == null) {
                notes.add("the date line gives no time; 00:00 is used");
            }
        } catch (DateTimeException e) {
            throw new UnrecognisedException("the date line \"" + lines.get(dateLine) + "\" is not a real date");
        }
        String sourceLine = "";
        for (int i = 0; i < dateLine; i++) {
            if (!lines.get(i).isEmpty()) {
                sourceLine = lines.get(i);
                break;
            }
        }
        if (sourceLine.isEmpty()) {
            notes.add("no source line before the date; 'source' is left out");
        }
        List<String> rest = new ArrayList<>();
        for (int i = dateLine + 1; i < lines.size(); i++) {
            rest.add(lines.get(i));
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : rest) {
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new UnrecognisedException("no title after the date line");
        }
        String title = paragraphs.remove(0);
        String author = "";
        if (!paragraphs.isEmpty() && looksLikeAName(paragraphs.get(paragraphs.size() - 1))) {
            author = paragraphs.remove(paragraphs.size() - 1);
        } else {
            notes.add("the last line does not look like the author's name; 'author' is left out");
        }
        String summary = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        if (summary.isEmpty()) {
            notes.add("no text after the title");
        }
        String source = sourceName(sourceLine);
        if (!source.isEmpty()) {
            source = source + ", " + String.format(Locale.ROOT, "%02d/%02d/%d", when.getDayOfMonth(), when.getMonthValue(),
                    when.getYear());
        }
        return new Draft(title, when, author, source, summary, paragraphs, notes);
    }

    /**
     * The text of a file saved as UTF-8 (with or without a byte-order mark), or why it is not
     * one: empty, saved as UTF-16 (Notepad's "Unicode"), in another encoding, not a text at all,
     * or with a control character that no article may hold.
     */
    static String decoded(byte[] bytes) throws UnrecognisedException {
        if (isUtf16(bytes)) {
            throw new UnrecognisedException("the file is saved as UTF-16 (\"Unicode\" in Notepad), not UTF-8", 0, 0,
                    SAVE_AS_UTF8);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (decoder.decode(in, out, true).isError()) {
            String before = out.flip().toString();
            throw new UnrecognisedException(String.format(Locale.ROOT, "the file is not saved as UTF-8 text (the byte "
                    + "0x%02X cannot be read); it may be in an older Vietnamese encoding such as TCVN3 (ABC), VNI or "
                    + "Windows-1258", bytes[in.position()] & 0xFF), line(before), column(before), SAVE_AS_UTF8);
        }
        String text = out.flip().toString();
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new UnrecognisedException("the file is empty", 0, 0,
                    "copy the article from the newspaper's page into the file and save it");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r' && (c < 0x20 || c >= 0x7f && c <= 0x9f)) {
                String before = text.substring(0, i);
                throw new UnrecognisedException(c == 0 ? "the file is not a text (it holds a NUL byte)"
                        : String.format(Locale.ROOT, "an invisible control character (U+%04X) is here", (int) c),
                        line(before), column(before), c == 0 ? "name the text file of the article, e.g. bai-bao.txt"
                        : "delete it: retype the characters around this place; it often comes with text copied from "
                        + "Word or a PDF");
            }
        }
        return text;
    }

    /**
     * Whether the bytes are UTF-16: a byte-order mark of UTF-16, or, without one, a NUL in every
     * other byte (the high half of each Latin letter), which neither UTF-8 text nor a file of
     * random bytes has.
     */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return true;
        }
        int pairs = Math.min(bytes.length, 200) / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        return pairs >= 4 && Math.max(evenNuls, oddNuls) * 10 >= pairs * 4;
    }

    /** The line (from 1) of the character after {@code before}. */
    private static int line(String before) {
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    /** The column (from 1) of the character after {@code before}. */
    private static int column(String before) {
        return before.length() - (before.lastIndexOf('\n') + 1) + 1;
    }

    /** A short line of capitalised words without closing punctuation: "Vân Giang", "Minh Hà (TTXVN)". */
    private static boolean looksLikeAName(String line) {
        String[] words = line.split(" ");
        return words.length <= 6 && !line.matches(".*[.!?:;]$")
                && Character.isUpperCase(line.codePointAt(0)) && !line.matches(".*\\d{3,}.*");
    }

    private static String sourceName(String line) {
        Optional<String> known = Optional.ofNullable(KNOWN_SOURCES.get(Slugs.slug(line)));
        return known.orElse(line);
    }
}
