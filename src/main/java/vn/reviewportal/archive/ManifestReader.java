package vn.reviewportal.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;

/**
 * Reads a {@code manifest.json} exactly as {@code portal archive} writes it, token by token, so
 * that every problem is a sentence at the line and column Jackson's {@link JsonLocation} gives:
 * not JSON, a key of the wrong type, a missing, repeated or unknown key. (Binding it to the
 * record would report problems in Java's terms: types, classes and reference chains.)
 */
final class ManifestReader {

    /** No file that 'portal archive' freezes is larger: it holds each one in memory as a byte array. */
    static final long LARGEST_FILE = Integer.MAX_VALUE - 8;

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> KEYS = List.of("year", "frozen", "generator", "contentDigest", "files");
    private static final List<String> FILE_KEYS = List.of("path", "size", "sha256");

    /** The manifest, when it could be read; otherwise every problem found in it. */
    record Result(Optional<Manifest> manifest, List<Diagnostic> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    private final byte[] json;
    private final String file;
    private final String hint;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final OptionalInt folderYear;
    private final JsonParser parser;

    private ManifestReader(byte[] json, String file, String hint, OptionalInt folderYear, JsonParser parser) {
        this.json = json;
        this.file = file;
        this.hint = hint;
        this.folderYear = folderYear;
        this.parser = parser;
    }

    /**
     * @param file       the manifest as the user sees it, for the problems' positions
     * @param hint       what to do about any problem
     * @param folderYear the year the snapshot's folder is named after, which the manifest must say
     */
    static Result read(byte[] json, String file, String hint, OptionalInt folderYear) {
        try (JsonParser parser = JSON.createParser(json)) {
            ManifestReader reader = new ManifestReader(json, file, hint, folderYear, parser);
            Optional<Manifest> manifest = reader.document();
            reader.problems.sort(Comparator.comparing(Diagnostic::position));
            return new Result(reader.problems.isEmpty() ? manifest : Optional.empty(), reader.problems);
        } catch (IOException e) {
            // A parser over bytes in memory fails only on its input, which document() reports.
            return new Result(Optional.empty(), List.of(Problems.of(Code.ARCHIVE_MANIFEST, file, "cannot be read as JSON",
                    hint)));
        }
    }

    private Optional<Manifest> document() {
        try {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem(parser.currentTokenLocation(), "a manifest is a JSON object, starting with '{'");
                return Optional.empty();
            }
            Optional<Manifest> manifest = manifest();
            if (parser.nextToken() != null) {
                problem(parser.currentTokenLocation(), "nothing may follow the manifest's closing '}'");
            }
            return manifest;
        } catch (IOException e) {
            problems.add(notJson(e));
            return Optional.empty();
        }
    }

    private Optional<Manifest> manifest() throws IOException {
        Map<String, Object> values = new HashMap<>();
        fields(KEYS, "the manifest", key -> values.put(key, switch (key) {
            case "year" -> year();
            case "frozen" -> day();
            case "files" -> files();
            default -> text(key);
        }));
        if (!values.keySet().containsAll(KEYS) || values.containsValue(null)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked") // files() gives a list of entries
        List<Manifest.Entry> files = (List<Manifest.Entry>) values.get("files");
        return Optional.of(new Manifest(((Long) values.get("year")).intValue(), (String) values.get("frozen"),
                (String) values.get("generator"), (String) values.get("contentDigest"), files));
    }

    /** Reads the value of a known key, which the parser is at. */
    @FunctionalInterface
    private interface Value {
        void read(String key) throws IOException;
    }

    /**
     * Walks the object the parser is at, handing each known key's value to {@code value}: a
     * repeated, unknown or missing key is a problem.
     *
     * @param where the object, in words, for a missing key
     */
    private void fields(List<String> keys, String where, Value value) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            if (!seen.add(key)) {
                problem(keyAt, "'" + key + "' appears twice");
                parser.skipChildren();
            } else if (keys.contains(key)) {
                value.read(key);
            } else {
                problem(keyAt, "unknown key '" + key + "'; the keys here are " + String.join(", ", keys));
                parser.skipChildren();
            }
        }
        for (String key : keys) {
            if (!seen.contains(key)) {
                problem(start, "'" + key + "' is missing from " + where);
            }
        }
    }

    /** The year, which must be the one the snapshot's folder is named after. */
    private Long year() throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        Long year = whole("year", 1900, 9999, "");
        if (year != null && folderYear.isPresent() && year != folderYear.getAsInt()) {
            problem(at, "'year' is " + year + " but the snapshot's folder is " + folderYear.getAsInt());
        }
        return year;
    }

    private List<Manifest.Entry> files() throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            wrongType("files", "a list of the snapshot's files");
            return null;
        }
        List<Manifest.Entry> files = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        boolean complete = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Optional<Manifest.Entry> entry = entry(paths);
            entry.ifPresent(files::add);
            complete &= entry.isPresent();
        }
        return complete ? files : null;
    }

    /** One of 'files': {"path": ..., "size": ..., "sha256": ...}. */
    private Optional<Manifest.Entry> entry(Set<String> paths) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            problem(parser.currentTokenLocation(), "each of 'files' must be an object with path, size and sha256, not "
                    + found());
            parser.skipChildren();
            return Optional.empty();
        }
        Map<String, Object> values = new HashMap<>();
        fields(FILE_KEYS, "this file's entry", key -> values.put(key, switch (key) {
            case "path" -> path(paths);
            case "size" -> whole("size", 0, LARGEST_FILE, " bytes");
            default -> matching("sha256", SHA256, "64 hexadecimal digits, 0-9 and a-f");
        }));
        if (!values.keySet().containsAll(FILE_KEYS) || values.containsValue(null)) {
            return Optional.empty();
        }
        return Optional.of(new Manifest.Entry((String) values.get("path"), (Long) values.get("size"),
                (String) values.get("sha256")));
    }

    /** A file's path inside the snapshot, as 'portal archive' writes it: relative, '/'-separated, listed once. */
    private String path(Set<String> paths) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        String path = text("path");
        if (path == null) {
            return null;
        }
        if (!isInside(path)) {
            problem(at, "'path' must be a file's path inside the snapshot, such as 'assets/style.css', not '"
                    + path + "'");
            return null;
        }
        if (!paths.add(path)) {
            problem(at, "'" + path + "' is listed twice");
            return null;
        }
        return path;
    }

    private static boolean isInside(String path) {
        if (path.isEmpty() || path.contains("\\") || path.equals(Manifest.FILE) || path.equals(Manifest.SUMS)
                || path.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** A whole number from {@code min} to {@code max} (of {@code unit}, such as " bytes"). */
    private Long whole(String key, long min, long max, String unit) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            wrongType(key, "a whole number");
            return null;
        }
        boolean fits = parser.getNumberType() == JsonParser.NumberType.INT
                || parser.getNumberType() == JsonParser.NumberType.LONG;
        if (!fits || parser.getLongValue() < min || parser.getLongValue() > max) {
            problem(at, "'" + key + "' must be from " + min + " to " + max + unit + ", not " + parser.getText());
            return null;
        }
        return parser.getLongValue();
    }

    private String day() throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        String text = text("frozen", "the day of freezing written \"YYYY-MM-DD\"");
        if (text == null) {
            return null;
        }
        try {
            if (DAY.matcher(text).matches()) {
                LocalDate.parse(text);
                return text;
            }
        } catch (DateTimeParseException e) {
            // not a day of the calendar: said below
        }
        problem(at, "'frozen' must be the day of freezing written YYYY-MM-DD, such as 2013-12-31, not '" + text + "'");
        return null;
    }

    private String matching(String key, Pattern pattern, String what) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        String text = text(key, what + " in double quotes");
        if (text != null && !pattern.matcher(text).matches()) {
            problem(at, "'" + key + "' must be " + what + ", not '" + text + "'");
            return null;
        }
        return text;
    }

    private String text(String key) throws IOException {
        return text(key, "text in double quotes");
    }

    private String text(String key, String what) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(key, what);
            return null;
        }
        return parser.getText();
    }

    private void wrongType(String key, String what) throws IOException {
        problem(parser.currentTokenLocation(), "'" + key + "' must be " + what + ", not " + found());
        parser.skipChildren();
    }

    /** The current value, in words. */
    private String found() {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> token.asString();
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            default -> "something else";
        };
    }

    /** A syntax error, in words: what was found where the JSON went wrong. */
    private Diagnostic notJson(IOException e) {
        JsonLocation at = e instanceof JsonProcessingException p && p.getLocation() != null
                ? p.getLocation() : parser.currentLocation();
        String message;
        if (e instanceof JsonEOFException || at.getByteOffset() >= json.length) {
            message = "not valid JSON: the file ends before the manifest's closing '}'";
        } else if (e instanceof StreamConstraintsException) {
            message = "not a manifest: nested too deeply, or a value too long";
        } else {
            message = "not valid JSON: unexpected " + character(at.getByteOffset()) + " here";
        }
        return problemAt(at, message);
    }

    private String character(long offset) {
        if (offset < 0) {
            return "text";
        }
        int b = json[(int) offset] & 0xff;
        return b < 0x20 || b == 0x7f ? "control character" : b >= 0x80 ? "character" : "'" + (char) b + "'";
    }

    private void problem(JsonLocation at, String message) {
        problems.add(problemAt(at, message));
    }

    private Diagnostic problemAt(JsonLocation at, String message) {
        int line = Math.max(0, at.getLineNr());
        int column = line == 0 ? 0 : Math.max(1, at.getColumnNr());
        return Diagnostic.error(Code.ARCHIVE_MANIFEST, new Position(file, line, column), message, hint);
    }
}
