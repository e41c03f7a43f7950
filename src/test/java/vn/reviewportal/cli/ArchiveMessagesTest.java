package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.reviewportal.TestFiles;

/**
 * A manifest that is not what 'portal archive' wrote, and 'portal archive' given what it cannot
 * freeze: each is a sentence a user can act on, with the manifest's line and column, in the
 * build and in 'portal verify' alike; never a class name, an exception or a parser's words.
 */
class ArchiveMessagesTest {

    private static final String MANIFEST = "archive/2012/manifest.json";

    @TempDir
    Path work;

    private Cli.Run portal(String... args) {
        return Frozen.portal(work, args);
    }

    @BeforeEach
    void freeze() throws IOException {
        Frozen.buildAndFreeze(work);
    }

    /** How the manifest is changed (a regular expression and its replacement), and each problem then expected. */
    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                Arguments.of("not JSON", "\"year\" : 2012,", "\"year\" : 2012,,",
                        new String[] {"2:17: not valid JSON: unexpected ',' here"}),
                Arguments.of("cut short", "(?s)(\"frozen\"[^\n]*\n).*", "$1",
                        new String[] {"4:1: not valid JSON: the file ends before the manifest's closing '}'"}),
                Arguments.of("a key of the wrong type", "\"year\" : 2012", "\"year\" : \"2012\"",
                        new String[] {"2:12: 'year' must be a whole number, not text"}),
                Arguments.of("a file's size of the wrong type", "\"size\" : \\d+", "\"size\" : 1.5",
                        new String[] {"8:14: 'size' must be a whole number, not a decimal number"}),
                Arguments.of("a missing key", "  \"generator\".*\n", "",
                        new String[] {"1:1: 'generator' is missing from the manifest"}),
                Arguments.of("an unknown key", "\"year\"", "\"yaer\"",
                        new String[] {"1:1: 'year' is missing from the manifest",
                                "2:3: unknown key 'yaer'; the keys here are year, frozen, generator, contentDigest, "
                                        + "files"}),
                Arguments.of("another year", "\"year\" : 2012", "\"year\" : 2013",
                        new String[] {"2:12: 'year' is 2013 but the snapshot's folder is 2012"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void aBrokenManifestIsASentenceWithItsPosition(String what, String regex, String replacement, String[] problems)
            throws IOException {
        Path manifest = work.resolve(MANIFEST);
        String json = Files.readString(manifest);
        assertTrue(Pattern.compile(regex).matcher(json).find(), regex);
        Files.writeString(manifest, json.replaceFirst(regex, replacement));
        Map<String, String> site = TestFiles.snapshot(work.resolve("site"));

        Cli.Run build = portal("build");
        assertEquals(1, build.status(), build.err());
        for (String problem : problems) {
            String diagnostic = MANIFEST + ":" + problem.replaceFirst(": ", ": error[ARCHIVE-MANIFEST]: ") + "\n";
            assertTrue(build.err().contains(diagnostic), "'" + diagnostic + "' in:\n" + build.err());
        }
        assertTrue(build.err().contains("= hint: restore archive/2012/ from version control or from archive/2012.zip; "
                + "'portal verify archive' lists every problem\n"), build.err());
        assertEquals(site, TestFiles.snapshot(work.resolve("site")));
        Frozen.assertNoInternals(build);

        Cli.Run verify = portal("verify");
        assertEquals(1, verify.status(), verify.err());
        StringBuilder expected = new StringBuilder();
        for (String problem : problems) {
            expected.append(MANIFEST).append(':').append(problem.replaceFirst(": ", ": error[ARCHIVE-MANIFEST]: "))
                    .append('\n');
        }
        expected.append("verify failed: ").append(problems.length)
                .append(problems.length == 1 ? " problem\n" : " problems\n");
        assertEquals(expected.toString(), verify.err());
        Frozen.assertNoInternals(verify);
    }

    @Test
    void aYearOrADayThatIsNotOneIsAUsageError() {
        for (String[] args : new String[][] {{"archive", "abc"}, {"archive", "12"}, {"archive", "2013", "--date", "x"},
                {"archive", "2013", "--date", "2013-02-30"}, {"archive", "2013", "--date", "31/12/2013"}}) {
            Cli.Run run = portal(args);
            assertEquals(2, run.status(), String.join(" ", args) + ": " + run.err());
            String first = run.err().lines().findFirst().orElse("");
            assertTrue(first.equals("YEAR is a year such as 2012, not '" + args[1] + "'")
                    || first.equals("--date is a day written YYYY-MM-DD, such as 2013-12-31, not '" + args[3] + "'"),
                    first);
            assertTrue(run.err().contains("Usage: portal archive"), run.err());
            Frozen.assertNoInternals(run);
        }
        assertTrue(Files.notExists(work.resolve("archive/2013")));
    }

    @Test
    void aFileWhereAFolderBelongsIsAUsageError() {
        Cli.Run site = portal("archive", "2013", "--site", "content/site.yaml");
        assertEquals(2, site.status());
        assertTrue(site.err().startsWith("--site content/site.yaml is a file, not a folder; name a folder, e.g. --site site\n"), site.err());
        Cli.Run archive = portal("archive", "2013", "--archive", "content/site.yaml");
        assertEquals(2, archive.status());
        assertTrue(archive.err().startsWith("--archive content/site.yaml is a file, not a folder; name a folder, e.g. "
                + "--archive archive\n"), archive.err());
        Frozen.assertNoInternals(site);
        Frozen.assertNoInternals(archive);
    }

    @Test
    void aFolderThatIsNotABuiltSiteIsRefused() throws IOException {
        Cli.Run content = portal("archive", "2013", "--site", "content");
        assertEquals(1, content.status());
        assertEquals("content: error[NO-BUILT-SITE]: content holds no built site; run 'portal build' first\n",
                content.err());

        TestFiles.copyTree(work.resolve("site"), work.resolve("copy"));
        Files.writeString(work.resolve("copy/build-info.properties"), "generator=review-portal \\u00");
        Cli.Run damaged = portal("archive", "2013", "--site", "copy/");
        assertEquals(1, damaged.status());
        assertEquals("copy/build-info.properties: error[NO-BUILT-SITE]: copy/build-info.properties is not what "
                + "'portal build' writes (it cannot be read as properties); run 'portal build' again\n", damaged.err());

        Files.writeString(work.resolve("copy/build-info.properties"), "# no generator\n");
        Cli.Run unnamed = portal("archive", "2013", "--site", "copy");
        assertEquals(1, unnamed.status());
        assertEquals("copy/build-info.properties: error[NO-BUILT-SITE]: copy/build-info.properties is not what "
                + "'portal build' writes (it names no generator); run 'portal build' again\n", unnamed.err());
        assertTrue(Files.notExists(work.resolve("archive/2013")));
        Frozen.assertNoInternals(content);
        Frozen.assertNoInternals(damaged);
        Frozen.assertNoInternals(unnamed);
    }

    @Test
    void aSiteFileThatCannotBeReadIsNamed() throws Exception {
        Path page = work.resolve("site/index.html");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("---------"));
        Cli.Run run = HeldToPermissions.portal(work, "archive", "2013", "--date", "2013-12-31");
        assertEquals(1, run.status());
        assertEquals("site/index.html: error[UNREADABLE]: site/index.html cannot be read: permission denied\n",
                run.err());
    }
}
