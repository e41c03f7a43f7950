package vn.reviewportal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.DiagnosticFormatter;
import vn.reviewportal.diag.SourceLines;

/** A manifest is read exactly as 'portal archive' writes it; anything else is a sentence at a line and column. */
class ManifestReaderTest {

    private static final String SHA = "a".repeat(64);

    private static final String VALID = """
            {
              "year" : 2012,
              "frozen" : "2013-12-31",
              "generator" : "review-portal 0.1.0",
              "contentDigest" : "abc",
              "files" : [ {
                "path" : "index.html",
                "size" : 12,
                "sha256" : "%s"
              } ]
            }
            """.formatted(SHA);

    private static ManifestReader.Result read(String json) {
        return ManifestReader.read(json.getBytes(StandardCharsets.UTF_8), "m.json", "restore it", OptionalInt.of(2012));
    }

    /** Each problem as 'portal verify' prints it, but for its code: "m.json:6:40: unknown key 'bytes'; ...". */
    private static List<String> problems(String json) {
        DiagnosticFormatter shown = new DiagnosticFormatter(SourceLines.NONE, false, 1);
        return read(json).problems().stream()
                .map(p -> shown.formatOne(p).lines().findFirst().orElseThrow().replace(" error[ARCHIVE-MANIFEST]:", ""))
                .toList();
    }

    /** The valid manifest with its first {@code from} replaced by {@code to}. */
    private static List<String> problemsWith(String from, String to) {
        assertTrue(VALID.contains(from), from);
        return problems(VALID.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    @Test
    void theManifestAsWrittenIsRead() {
        ManifestReader.Result read = read(VALID);
        assertEquals(List.of(), read.problems());
        assertEquals(new Manifest(2012, "2013-12-31", "review-portal 0.1.0", "abc",
                List.of(new Manifest.Entry("index.html", 12, SHA))), read.manifest().orElseThrow());
    }

    @Test
    void whatIsNotAJsonObjectIsSaidSo() {
        assertEquals(List.of("m.json:1:1: a manifest is a JSON object, starting with '{'"), problems("[1, 2]"));
        assertEquals(List.of("m.json:1:1: a manifest is a JSON object, starting with '{'"), problems(""));
        assertEquals(List.of("m.json:12:1: nothing may follow the manifest's closing '}'"), problems(VALID + "{}"));
        assertEquals(List.of("m.json:2:12: not valid JSON: unexpected 'y' here"), problemsWith("\"year\" : 2012",
                "\"year\" : yes"));
    }

    @Test
    void keysOfTheWrongKindAreNamed() {
        assertEquals(List.of("m.json:3:14: 'frozen' must be the day of freezing written YYYY-MM-DD, such as "
                + "2013-12-31, not '2013-02-30'"), problemsWith("2013-12-31", "2013-02-30"));
        assertEquals(List.of("m.json:4:17: 'generator' must be text in double quotes, not null"),
                problemsWith("\"review-portal 0.1.0\"", "null"));
        assertEquals(List.of("m.json:6:13: 'files' must be a list of the snapshot's files, not an object"),
                problemsWith("[ {\n    \"path\" : \"index.html\",\n    \"size\" : 12,\n    \"sha256\" : \"" + SHA
                        + "\"\n  } ]", "{ }"));
        assertEquals(List.of("m.json:8:14: 'size' must be from 0 to 2147483639 bytes, not 99999999999999999999"),
                problemsWith("\"size\" : 12", "\"size\" : 99999999999999999999"));
        assertEquals(List.of("m.json:9:16: 'sha256' must be 64 hexadecimal digits, 0-9 and a-f, not '"
                + "A".repeat(64) + "'"), problemsWith(SHA, "A".repeat(64)));
        assertEquals(List.of("m.json:6:15: each of 'files' must be an object with path, size and sha256, not text"),
                problemsWith("[ {", "[ \"index.html\", {"));
    }

    @Test
    void aPathOutsideTheSnapshotOrListedTwiceIsRefused() {
        for (String path : List.of("../../etc/passwd", "/etc/passwd", "assets//x", "a\\\\b", "a\\nb", "",
                "manifest.json")) {
            String shown = path.replace("\\\\", "\\").replace("\\n", "<U+000A>");
            assertEquals(List.of("m.json:7:14: 'path' must be a file's path inside the snapshot, such as "
                    + "'assets/style.css', not '" + shown + "'"), problemsWith("\"index.html\"", "\"" + path + "\""),
                    path);
        }
        String twice = VALID.replace("} ]", "}, {\n    \"path\" : \"index.html\", \"size\" : 1, \"sha256\" : \"" + SHA
                + "\"\n  } ]");
        assertEquals(List.of("m.json:11:14: 'index.html' is listed twice"), problems(twice));
    }

    @Test
    void missingRepeatedAndUnknownKeysAreNamedAllAtOnce() {
        String json = """
                {
                  "year" : 2012,
                  "year" : 2013,
                  "frozen" : "2013-12-31",
                  "comment" : {"nested" : [1, 2, {"deep" : true}]},
                  "files" : [ { "path" : "index.html", "bytes" : 12, "sha256" : "%s" } ]
                }
                """.formatted(SHA);
        assertEquals(List.of("m.json:1:1: 'generator' is missing from the manifest",
                "m.json:1:1: 'contentDigest' is missing from the manifest",
                "m.json:3:3: 'year' appears twice",
                "m.json:5:3: unknown key 'comment'; the keys here are year, frozen, generator, contentDigest, files",
                "m.json:6:15: 'size' is missing from this file's entry",
                "m.json:6:40: unknown key 'bytes'; the keys here are path, size, sha256"), problems(json));
    }

    @Test
    void theYearMustBeTheFolders() {
        assertEquals(List.of("m.json:2:12: 'year' is 2013 but the snapshot's folder is 2012"),
                problemsWith("2012", "2013"));
        assertEquals(List.of("m.json:2:12: 'year' must be from 1900 to 9999, not 12"), problemsWith("2012", "12"));
    }

    @Test
    void whatAParserCannotTakeIsASentenceToo() {
        String deep = VALID.replace("\"files\"", "\"x\" : " + "[".repeat(5000) + "]".repeat(5000) + ",\n  \"files\"");
        List<String> problems = problems(deep);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("m.json:6:3: unknown key 'x'; the keys here are year, frozen, generator, contentDigest, files",
                problems.get(0));
        assertEquals("not a manifest: nested too deeply, or a value too long",
                problems.get(1).replaceFirst("^m\\.json(:\\d+:\\d+)?: ", ""));
        assertEquals(List.of("m.json:6:3: unknown key 'e<U+001B>[2Jx'; the keys here are year, frozen, generator, "
                + "contentDigest, files"), problemsWith("\"files\"", "\"e\\u001b[2Jx\" : 1, \"files\""),
                "no control character reaches the terminal");
    }
}
