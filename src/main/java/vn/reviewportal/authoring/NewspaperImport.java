package vn.reviewportal.authoring;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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

    /** Thrown when the text lacks what an article needs (a date, a title); the message says what. */
    public static final class UnrecognisedException extends Exception {
        private static final long serialVersionUID = 1L;

        UnrecognisedException(String message) {
            super(message);
        }
    }

    public static Draft read(byte[] bytes) throws UnrecognisedException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
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
        } catch (java.time.DateTimeException e) {
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
