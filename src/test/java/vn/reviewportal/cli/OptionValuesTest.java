package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/**
 * Every value the command line takes, given as a hurried or unlucky user gives it: out of
 * range, empty, a file for a folder, a name with a line break, a folder inside the one it
 * must not touch. Each is refused with one sentence that names the value (its first line is
 * asserted exactly), with the exit status of wrong usage or of bad content, and with nothing
 * written anywhere in the working folder.
 */
class OptionValuesTest {

    private static final String LONG_NAME = "a".repeat(300);

    @TempDir
    Path work;

    @BeforeEach
    void aFolderWithContentAndAReadme() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        Files.writeString(work.resolve("README.md"), "# Ghi chú\n");
    }

    /** Every entry under the working folder, hidden ones and folders included. */
    private Set<String> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(work)) {
            return walk.map(p -> work.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Runs the command and asserts that it was refused: this status, this first line of the
     * message, nothing on standard output, no internal error, and the working folder exactly as
     * it was (no file, folder or lock file added, none changed).
     */
    private Cli.Run refused(int status, String firstLine, String... args) throws IOException {
        Set<String> before = entries();
        Map<String, String> files = TestFiles.snapshot(work);
        Cli.Run run = Cli.run(work, args);
        String command = String.join(" ", args);
        assertEquals(firstLine, run.err().lines().findFirst().orElse(""), command + "\n" + run.err());
        assertEquals(status, run.status(), command);
        assertEquals("", run.out(), command);
        assertFalse(run.err().contains("portal: internal error"), command + "\n" + run.err());
        assertEquals(before, entries(), command + ": nothing is created or removed");
        assertEquals(files, TestFiles.snapshot(work), command + ": nothing is changed");
        return run;
    }

    private Cli.Run usage(String firstLine, String... args) throws IOException {
        return refused(Main.USAGE, firstLine, args);
    }

    private void build() {
        Cli.Run build = Cli.run(work, "build");
        assertEquals(0, build.status(), build.err());
    }

    // ---- any path: empty, invisible characters, too long, a file for a folder

    @Test
    void anEmptyPathIsAUsageErrorThatSaysWhatToType() throws IOException {
        usage("--content is empty; name a folder, e.g. --content content", "build", "--content", "");
        usage("--templates is empty; name a folder, e.g. --templates templates", "build", "--templates", "");
        usage("--archive is empty; name a folder, e.g. --archive archive", "check", "--archive", "");
        usage("--out is empty; name a folder, e.g. --out site", "build", "--out", "");
        usage("--content is empty; name a folder, e.g. --content content", "serve", "--port", "0", "--content", " ");
    }

    @Test
    void theArchiveAndVerifyTakeTheirFoldersAsEveryCommandDoes() throws IOException {
        build();
        usage("--archive is empty; name a folder, e.g. --archive archive", "archive", "2012", "--archive", "");
        usage("--archive README.md is a file, not a folder; name a folder, e.g. --archive archive", "archive", "2012",
                "--archive", "README.md");
        usage("--archive content/site.yaml/x is inside content/site.yaml, which is a file, not a folder; name a "
                + "folder elsewhere, e.g. --archive archive", "archive", "2012", "--archive", "content/site.yaml/x");
        usage("--site is empty; name a folder, e.g. --site site", "archive", "2012", "--site", "");
        usage("PATH is empty; name a file or folder, e.g. portal verify archive", "verify", "");
        usage("there is nothing at nowhere; PATH is an archive folder, a snapshot folder, a published site or a snapshot "
                + "zip", "verify", "nowhere");
    }

    @Test
    void aPathWithALineBreakOrAnEscapeIsRefusedAndNeverPrintedRaw() throws IOException {
        Cli.Run lineBreak = usage("--out \"si\\nte\" contains an invisible control character (U+000A), perhaps pasted "
                + "with the name; type the name again, e.g. --out site", "build", "--out", "si\nte");
        assertTrue(lineBreak.err().contains("\nUsage: portal build "), lineBreak.err());
        Cli.Run escape = usage("--content \"\\u001B[2Jcontent\" contains an invisible control character (U+001B), "
                + "perhaps pasted with the name; type the name again, e.g. --content content",
                "check", "--content", "\u001b[2Jcontent");
        assertFalse(escape.err().contains("\u001b"), "the terminal is never sent the escape itself");
    }

    @Test
    void aNameLongerThanAFileSystemAllowsIsRefused() throws IOException {
        usage("--out names a folder \"aaaaaaaaaaaaaaaaaaaa…\" that is longer than a file system allows (300 bytes; "
                + "at most 255 in one name); choose a shorter name, e.g. --out site", "build", "--out", LONG_NAME);
        usage("--content names a folder \"aaaaaaaaaaaaaaaaaaaa…\" that is longer than a file system allows (300 "
                + "bytes; at most 255 in one name); choose a shorter name, e.g. --content content",
                "check", "--content", "content/" + LONG_NAME);
    }

    @Test
    void aFileNamedWhereAFolderIsExpectedIsAUsageError() throws IOException {
        usage("--content README.md is a file, not a folder; name a folder, e.g. --content content",
                "build", "--content", "README.md");
        usage("--templates content/site.yaml is a file, not a folder; name a folder, e.g. --templates templates",
                "build", "--templates", "content/site.yaml");
        usage("--archive content/site.yaml is a file, not a folder; name a folder, e.g. --archive archive",
                "check", "--archive", "content/site.yaml");
        usage("--content README.md is a file, not a folder; name a folder, e.g. --content content",
                "serve", "--port", "0", "--content", "README.md");
        usage("--out README.md is a file, not a folder; name a folder, e.g. --out site", "build", "--out", "README.md");
        usage("--out content/site.yaml/x is inside content/site.yaml, which is a file, not a folder; name a folder "
                + "elsewhere, e.g. --out site", "build", "--out", "content/site.yaml/x");
    }

    @Test
    void aTemplatesOrArchiveFolderNamedOnPurposeMustBeThere() throws IOException {
        usage("--templates tempaltes does not exist; name the folder, or leave --templates out to use the built-in "
                + "templates", "build", "--templates", "tempaltes");
        usage("--archive archiv does not exist; name the folder, or leave --archive out when there are no snapshots",
                "check", "--archive", "archiv");
        Cli.Run defaults = Cli.run(work, "check");
        assertEquals(0, defaults.status(), "neither is needed when not named: " + defaults.err());
    }

    @Test
    void aBuildIntoTheFoldersItReadsIsRefusedAndTheSiteStaysAsItWas() throws IOException {
        build();
        String why = "; the site would be written among the files it is built from: name a folder of its own, e.g. "
                + "--out site";
        usage("--out content is the content folder (--content content)" + why, "build", "--out", "content");
        usage("--out content/articles is inside the content folder (--content content)" + why,
                "build", "--out", "content/articles");
        usage("--out templates/site is inside the templates folder (--templates templates)" + why,
                "build", "--out", "templates/site");
        usage("--out archive/ is the archive folder (--archive archive)" + why, "build", "--out", "archive/");
        usage("--out . holds the content folder (--content content)" + why, "build", "--out", ".");
        usage("--out .. holds the content folder (--content content)" + why, "build", "--out", "..");
        assertFalse(Files.exists(work.resolveSibling("." + work.getFileName() + ".lock")),
                "no lock file beside the working folder either");
        usage("--out sample/site is inside the content folder (--content sample)" + why,
                "build", "--content", "sample", "--out", "sample/site");
    }

    @Test
    void anOptionGivenTwiceIsAUsageError() throws IOException {
        usage("option '--out' (DIR) should be specified only once", "build", "--out", "a", "--out", "b");
        usage("option '--content' (DIR) should be specified only once", "check", "--content", "content",
                "--content", "content");
    }

    // ---- publish

    @Test
    void publishingTheSiteIntoItselfIsRefused() throws IOException {
        build();
        String why = "; the site would be published into itself: name a folder of its own, e.g. --to /var/www/portal";
        usage("--to site is the built site (--site site)" + why, "publish", "--to", "site");
        usage("--to ./site/ is the built site (--site site)" + why, "publish", "--to", "./site/");
        usage("--to site/portal is inside the built site (--site site)" + why, "publish", "--to", "site/portal");
        usage("--to . holds the built site (--site site)" + why, "publish", "--to", ".");
        usage("--to is empty; name a folder, e.g. --to /var/www/portal", "publish", "--to", "");
        usage("--to README.md is a file, not a folder; name a folder, e.g. --to /var/www/portal",
                "publish", "--to", "README.md");
    }

    @Test
    void aSiteThatIsNotThereLeavesNoLockFileBehind() throws IOException {
        build();
        usage("--site README.md is a file, not a folder; name a folder, e.g. --site site",
                "publish", "--to", "www", "--site", "README.md");
        usage("--site is empty; name a folder, e.g. --site site", "publish", "--to", "www", "--site", "");
        refused(Main.CONTENT_ERRORS, "nowhere: error[NO-BUILT-SITE]: nowhere/ holds no built site; run 'portal build' "
                + "first",
                "publish", "--to", "www", "--site", "nowhere");
        Map<String, String> content = TestFiles.snapshot(work.resolve("content"));
        Cli.Run intoContent = Cli.run(work, "publish", "--to", "content");
        assertEquals(Main.CONTENT_ERRORS, intoContent.status());
        assertEquals("content: error[OUTPUT-FAILED]: " + work.resolve("content") + " exists and was not written by "
                + "review-portal; name an empty or new folder, or delete it first\n", intoContent.err(),
                "no option of build named");
        assertEquals(content, TestFiles.snapshot(work.resolve("content")));
    }

    // ---- sample

    @Test
    void sampleCountsOutsideWhatTheBuildCanReadAreUsageErrorsThatNameTheValue() throws IOException {
        Cli.Run none = usage("--orgs is a number from 1 to 200000, not 0", "sample", "--orgs", "0", "--out", "s");
        assertTrue(none.err().contains("\nUsage: portal sample "), "the usage of 'portal sample': " + none.err());
        usage("--orgs is a number from 1 to 200000, not -5", "sample", "--orgs", "-5", "--out", "s");
        usage("--orgs is a number from 1 to 200000, not 200001", "sample", "--orgs", "200001", "--out", "s");
        usage("Invalid value for option '--orgs': '99999999999' is not an int",
                "sample", "--orgs", "99999999999", "--out", "s");
        usage("--periods is a number from 1 to 125 (one a year, the last in 2024), not 1000",
                "sample", "--periods", "1000", "--out", "s");
        usage("--periods is a number from 1 to 125 (one a year, the last in 2024), not 0",
                "sample", "--periods", "0", "--out", "s");
        usage("--articles is a number from 0 to 1000000, not -1", "sample", "--articles", "-1", "--out", "s");
        usage("--articles is a number from 0 to 1000000, not 1000001", "sample", "--articles", "1000001", "--out", "s");
        usage("Invalid value for option '--seed': 'x' is not a long", "sample", "--seed", "x", "--out", "s");
        usage("--language is vi or en, not fr", "sample", "--language", "fr", "--out", "s");
    }

    @Test
    void sampleNeverWritesIntoAFolderThatHoldsAnything() throws IOException {
        usage("portal sample: content already exists and is not empty; name a new or empty folder, e.g. --out "
                + "/tmp/sample", "sample", "--out", "content");
        usage("portal sample: content/articles already exists and is not empty; name a new or empty folder, e.g. "
                + "--out /tmp/sample", "sample", "--out", "content/articles/");
        usage("--out README.md is a file, not a folder; name a folder, e.g. --out /tmp/sample",
                "sample", "--out", "README.md");
        usage("--out is empty; name a folder, e.g. --out /tmp/sample", "sample", "--out", "");
        usage("--out content/site.yaml/x is inside content/site.yaml, which is a file, not a folder; name a folder "
                + "elsewhere, e.g. --out /tmp/sample", "sample", "--out", "content/site.yaml/x");
        usage("--out \"s\\u001B[31m\" contains an invisible control character (U+001B), perhaps pasted with the name; "
                + "type the name again, e.g. --out /tmp/sample", "sample", "--out", "s\u001b[31m");
    }

    @Test
    void theMostPeriodsASampleHasAreYearsTheChecksAccept() throws IOException {
        Cli.Run run = Cli.run(work, "sample", "--orgs", "1", "--periods", "125", "--articles", "0", "--out", "s");
        assertEquals(0, run.status(), run.err());
        try (Stream<Path> periods = Files.list(work.resolve("s/periods"))) {
            List<String> names = periods.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(125, names.size());
            assertEquals("1900.yaml", names.get(0));
            assertEquals("2024.yaml", names.get(124));
        }
        Cli.Run check = Cli.run(work, "check", "--content", "s");
        assertEquals(0, check.status(), check.err());
    }

    // ---- new article

    @Test
    void aTitleThatCannotMakeAnArticleIsAUsageError() throws IOException {
        String example = "portal new article \"Sơ kết năm 2013\"";
        Cli.Run empty = usage("the title is empty; write it in quotes after 'article': " + example, "new", "article", "");
        assertTrue(empty.err().contains("\nUsage: portal new "), "the usage of 'portal new': " + empty.err());
        usage("the title is empty; write it in quotes after 'article': " + example, "new", "article", "   ");
        usage("the title \"!!!???\" has no letter or digit; write the words of the headline: " + example,
                "new", "article", "!!!???");
        usage("the title contains an invisible control character (U+000A); a title is one line of text: " + example,
                "new", "article", "Sơ kết\nnăm 2013");
        usage("the title contains an invisible control character (U+001B); a title is one line of text: " + example,
                "new", "article", "Sơ kết \u001b[31mnăm 2013");
        usage("'portal new' makes an article, not 'page': " + example, "new", "page", "Sơ kết");
    }

    @Test
    void newNeedsAContentFolderWithAFolderOfArticles() throws IOException {
        usage("--content nowhere does not exist; run the command in the folder that holds content/, or name it with "
                + "--content DIR", "new", "article", "Sơ kết", "--content", "nowhere");
        usage("--content README.md is a file, not a folder; name a folder, e.g. --content content",
                "new", "article", "Sơ kết", "--content", "README.md");
        usage("--content is empty; name a folder, e.g. --content content", "new", "article", "Sơ kết", "--content", "");
        TestFiles.deleteTree(work.resolve("content/articles"));
        Files.writeString(work.resolve("content/articles"), "not a folder\n");
        refused(Main.CONTENT_ERRORS, "portal new: content/articles is a file, not a folder; the build reads the "
                + "articles from the folder content/articles: rename that file, then run the command again",
                "new", "article", "Sơ kết");
    }

    @Test
    void anyTitleWithAWordMakesAFileInsideTheArticlesFolderThatTheBuildAccepts() throws IOException {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2014-01-02T01:30:00Z"),
                java.time.ZoneOffset.UTC);
        Map<String, String> titles = Map.of(
                "x".repeat(5000), "2014-01-02-" + "x".repeat(80) + ".md",
                "Tiêu đề ".repeat(700), "2014-01-02-tieu-de-tieu-de-tieu-de-tieu-de-tieu-de.md",
                "Nghị quyết của Tỉnh ủy Bắc Ninh về công tác kiểm điểm năm 2013",
                "2014-01-02-nghi-quyet-cua-tinh-uy-bac-ninh-ve-cong-tac.md",
                "abcdefghij ".repeat(10), "2014-01-02-" + "abcdefghij-".repeat(6) + "abcdefghij.md",
                "Tổng kết 2013/2014", "2014-01-02-tong-ket-2013-2014.md",
                "../../etc/passwd", "2014-01-02-etc-passwd.md",
                "CON", "2014-01-02-con.md",
                "NUL: báo cáo", "2014-01-02-nul-bao-cao.md");
        for (Map.Entry<String, String> title : titles.entrySet()) {
            Cli.Run run = Cli.run(work, clock, "new", "article", title.getKey());
            assertEquals(0, run.status(), run.err());
            assertEquals("created content/articles/" + title.getValue() + "\n", run.out());
            assertTrue(Files.isRegularFile(work.resolve("content/articles").resolve(title.getValue())));
        }
        try (Stream<Path> all = Files.walk(work)) {
            assertEquals(List.of(), all.filter(Files::isRegularFile).map(p -> work.relativize(p).toString())
                    .filter(p -> !p.startsWith("content/")).filter(p -> !p.equals("README.md")).toList(),
                    "nothing outside content/articles");
        }
        Cli.Run check = Cli.run(work, "check");
        assertEquals(0, check.status(), check.err());
    }

    // ---- import

    private static final String ARTICLE = """
            Báo Bắc Ninh
            Thứ sáu, 03/05/2013 - 08:19
            Khắc phục khuyết điểm sau kiểm điểm
            Nội dung bài.
            Vân Giang
            """;

    private static final String SAVE_AS_UTF8 = "      = hint: open it and save it again as UTF-8 (in Notepad: File → "
            + "Save As → Encoding: UTF-8); a text in TCVN3 (ABC) or VNI is first converted to Unicode, e.g. with "
            + "Unikey's converter (Ctrl+Shift+F6)";

    private Cli.Run importOf(byte[] bytes, String firstLine) throws IOException {
        Files.write(work.resolve("bai.txt"), bytes);
        return refused(Main.CONTENT_ERRORS, firstLine, "import", "bai.txt");
    }

    @Test
    void aFileThatIsNotThereOrIsAFolderIsAUsageError() throws IOException {
        usage("bai-bao.txt does not exist; name a file, e.g. portal import bai-bao.txt", "import", "bai-bao.txt");
        usage("content is a folder, not a file; name a file, e.g. portal import bai-bao.txt", "import", "content");
        usage("FILE is empty; name a file, e.g. portal import bai-bao.txt", "import", "");
    }

    @Test
    void aFileThatIsNotUtf8TextIsSaidSoAtItsPlace() throws IOException {
        importOf(new byte[0], "bai.txt: error[IMPORT]: the file is empty");
        importOf("\n \n".getBytes(StandardCharsets.UTF_8), "bai.txt: error[IMPORT]: the file is empty");
        importOf(new byte[] {0, 1, 2, 'P', 'K'}, "bai.txt:1:1: error[IMPORT]: the file is not a text (it holds a NUL byte)");
        Cli.Run utf16 = importOf(ARTICLE.getBytes(StandardCharsets.UTF_16LE),
                "bai.txt: error[IMPORT]: the file is saved as UTF-16 (\"Unicode\" in Notepad), not UTF-8");
        assertTrue(utf16.err().contains(SAVE_AS_UTF8 + "\n"), utf16.err());
        importOf(ARTICLE.getBytes(StandardCharsets.UTF_16), // with its byte-order mark
                "bai.txt: error[IMPORT]: the file is saved as UTF-16 (\"Unicode\" in Notepad), not UTF-8");
        String notUtf8 = "error[IMPORT]: the file is not saved as UTF-8 text (the byte 0xE1 cannot be read); it may be "
                + "in an older Vietnamese encoding such as TCVN3 (ABC), VNI or Windows-1258";
        Cli.Run windows1258 = importOf(ARTICLE.getBytes(Charset.forName("windows-1258")), "bai.txt:1:2: " + notUtf8);
        assertTrue(windows1258.err().contains(SAVE_AS_UTF8 + "\n"), windows1258.err());
        // "Báo Bắc Ninh / Thứ sáu, ..." in TCVN3 (ABC), as Vietnamese offices saved text before Unicode.
        importOf(new byte[] {'\n', 'B', (byte) 0xB8, 'o', ' ', 'B', (byte) 0xBE, 'c', ' ', 'N', 'i', 'n', 'h', '\n'},
                "bai.txt:2:2: " + notUtf8.replace("0xE1", "0xB8"));
        importOf(ARTICLE.replace("Nội dung", "Nội \f dung").getBytes(StandardCharsets.UTF_8),
                "bai.txt:4:5: error[IMPORT]: an invisible control character (U+000C) is here");
    }

    @Test
    void aFileFarLargerThanAnArticleIsRefusedBeforeItIsRead() throws IOException {
        byte[] large = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'x');
        importOf(large, "bai.txt: error[IMPORT]: the file is 17 MiB; a newspaper article is a few kilobytes, and "
                + "16 MiB is the most that is read");
    }

    @Test
    void importWritesOnlyIntoAFolderThatIsThereOrBesideOne() throws IOException {
        Files.writeString(work.resolve("bai.txt"), ARTICLE);
        usage("--out README.md is a file, not a folder; name a folder, e.g. --out content/articles",
                "import", "bai.txt", "--out", "README.md");
        usage("--out is empty; name a folder, e.g. --out content/articles", "import", "bai.txt", "--out", "");
        usage("--out content/site.yaml/x is inside content/site.yaml, which is a file, not a folder; name a folder "
                + "elsewhere, e.g. --out content/articles", "import", "bai.txt", "--out", "content/site.yaml/x");
        usage("--out noi-dung/articles does not exist, nor does the folder above it; run the command in the folder "
                + "that holds content/, or name the articles folder with --out DIR",
                "import", "bai.txt", "--out", "noi-dung/articles");
        Cli.Run beside = Cli.run(work, "import", "bai.txt", "--out", "moi");
        assertEquals(0, beside.status(), beside.err());
        assertTrue(Files.isRegularFile(work.resolve("moi/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem.md")));
    }

    // ---- diff

    @Test
    void aYearThatCannotHaveASnapshotIsAUsageErrorAndAMissingOneSaysWhichAreThere() throws IOException {
        usage("Invalid value for positional parameter at index 0 (YEAR): 'hai-nghin' is not an int", "diff", "hai-nghin");
        usage("YEAR is a year such as 2012, not -5", "diff", "-5");
        usage("YEAR is a year such as 2012, not 20120", "diff", "20120");
        usage("--archive README.md is a file, not a folder; name a folder, e.g. --archive archive",
                "diff", "2012", "--archive", "README.md");
        refused(Main.CONTENT_ERRORS, "portal diff: there is no snapshot archive/2012 (archive/ holds no snapshot); "
                + "make one with 'portal archive 2012'", "diff", "2012");
        Files.createDirectories(work.resolve("archive/2012"));
        Files.createDirectories(work.resolve("archive/2011"));
        refused(Main.CONTENT_ERRORS, "portal diff: there is no snapshot archive/2013 (the snapshots are of 2011, "
                + "2012); make one with 'portal archive 2013'", "diff", "2013");
    }

    // ---- options a command does not have

    @Test
    void anUnknownOptionIsNamedWithTheOneMeant() throws IOException {
        usage("portal build: unknown option '--outt'; did you mean --out?", "build", "--outt", "x");
        usage("portal build: unknown option '--ot'; did you mean --out?", "build", "--ot", "x");
        usage("portal build: unknown option '--Out'; did you mean --out?", "build", "--Out", "x");
        usage("portal check: unknown option '--tmplates'; did you mean --templates?", "check", "--tmplates=x");
        usage("portal serve: unknown option '--prot'; did you mean --port?", "serve", "--prot", "80");
        usage("portal sample: unknown option '--orgz'; did you mean --orgs?", "sample", "--orgz", "3", "--out", "s");
        usage("portal build: unknown option '-x'; 'portal build --help' lists its options", "build", "-x");
        Cli.Run command = usage("Unmatched arguments from index 0: 'publsh', '--to', 'www'", "publsh", "--to", "www");
        assertTrue(command.err().contains("\nDid you mean: portal publish?\n"), "picocli's own, for commands");
    }

    @Test
    void aNegativeWaitNamesItsValue() throws IOException {
        usage("--wait is a number of seconds, 0 or more, not -1", "build", "--wait", "-1");
    }
}
