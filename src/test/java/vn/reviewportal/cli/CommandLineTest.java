package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/**
 * Drives the real command line in its own JVM, the way a user runs it: exit statuses, what is
 * printed, and what happens to {@code site/}.
 */
class CommandLineTest {

    @TempDir
    Path work;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void copyTheDefaultContent() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
    }

    private Run portal(String... args) throws IOException, InterruptedException {
        return portal(Map.of(), List.of(), args);
    }

    private Run portal(Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dorg.freemarker.loggerLibrary=none"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("NO_COLOR", "1");
        builder.environment().putAll(env);
        builder.redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("portal " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void buildWritesTheSiteWarnsAboutThePublishedPercentageAndSummarises() throws Exception {
        Run run = portal("build");
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(work.resolve("site/index.html")));
        assertTrue(run.err().startsWith("content/periods/2012.yaml:44:69: warning[REPORTED-PERCENT-MISMATCH]"), run.err());
        assertTrue(run.out().matches("(?s)built site/: 15 pages, 3 charts, 1 warning in \\d+\\.\\d s \\(load .*\\)\\n"),
                run.out());
        String period = Files.readString(work.resolve("site/periods/2012.html"));
        assertTrue(period.contains("src=\"../charts/2012/dbk-cqt-bac-ninh-rate.svg\""));
        assertTrue(Files.isRegularFile(work.resolve("site/charts/2012/dbk-cqt-bac-ninh-rate.svg")));
        for (String figure : List.of("161", "55/55", "16", "64", "215", "409", "4.716", "747", "497", "2.005",
                "1.334", "5.140", "3.665", "66,3\u00a0%", "66,5\u00a0%", "71,3\u00a0%", "8")) {
            assertTrue(period.contains(">" + figure + "<") || period.contains(">" + figure + " <"), figure);
        }
    }

    @Test
    void twoBuildsGiveByteIdenticalSites() throws Exception {
        assertEquals(0, portal("build", "--out", "first").status());
        assertEquals(0, portal("build", "--out", "second").status());
        Map<String, String> first = TestFiles.snapshot(work.resolve("first"));
        assertTrue(first.size() > 8, first.toString());
        assertEquals(first, TestFiles.snapshot(work.resolve("second")),
                TestFiles.differences(work.resolve("first"), work.resolve("second")));
    }

    @Test
    void theSameContentGivesTheSameBytesWhateverTheClockZoneLocaleOrCores() throws Exception {
        assertEquals(0, portal("sample", "--orgs", "14", "--periods", "2", "--articles", "3", "--out", "sample").status());
        Run first = portal(Map.of("TZ", "Asia/Ho_Chi_Minh", "LANG", "vi_VN.UTF-8", "LC_ALL", "vi_VN.UTF-8"),
                List.of("-Duser.timezone=Asia/Ho_Chi_Minh", "-Duser.language=vi", "-Duser.country=VN",
                        "-XX:ActiveProcessorCount=1", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"),
                "build", "--content", "sample", "--out", "one/site");
        Run second = portal(Map.of("TZ", "America/Los_Angeles", "LANG", "en_US.UTF-8", "LC_ALL", "C"),
                List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
                        "-XX:ActiveProcessorCount=2", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"),
                "build", "--content", "sample", "--out", "two/elsewhere/site");
        assertEquals(0, first.status(), first.err());
        assertEquals(0, second.status(), second.err());
        Map<String, String> one = TestFiles.snapshot(work.resolve("one/site"));
        assertTrue(one.size() > 100, "a site worth comparing: " + one.size());
        assertEquals(one, TestFiles.snapshot(work.resolve("two/elsewhere/site")));
    }

    @Test
    void aBuildWithNothingChangedSaysSoAndAnyChangeBuildsAgain() throws Exception {
        java.nio.file.attribute.FileTime anHourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        try (var files = Files.walk(work.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
        Run first = portal("build");
        Map<String, String> built = TestFiles.snapshot(work.resolve("site"));
        Run again = portal("build");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().startsWith("site/ is up to date: 15 pages, 3 charts, 1 warning as built before"), again.out());
        assertEquals(first.err(), again.err(), "the warnings are shown again");
        assertEquals(built, TestFiles.snapshot(work.resolve("site")));

        Path article = work.resolve("content/articles/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.md");
        Files.writeString(article, Files.readString(article).replace("title: Đảng bộ khối", "title: Tin mới về Đảng bộ khối"));
        assertTrue(portal("build").out().startsWith("built site/: 15 pages"), "an edited article builds again");
        assertTrue(portal("build").out().startsWith("site/ is up to date"));

        // Files saved a while ago keep their recorded hash while their size and time stay; a
        // change of the same length at another time is still seen.
        Files.setLastModifiedTime(article, anHourAgo);
        assertTrue(portal("build", "--rebuild").out().startsWith("built site/: 15 pages"));
        String text = Files.readString(article);
        assertTrue(text.contains("Ban biên tập"));
        Files.writeString(article, text.replace("Ban biên tập", "Ban biên tạp"));
        Files.setLastModifiedTime(article, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(30))));
        assertTrue(portal("build").out().startsWith("built site/: 15 pages"), "a same-length edit builds again");
        assertTrue(portal("build").out().startsWith("site/ is up to date"));

        Files.delete(work.resolve("site/periods/2012.html"));
        assertTrue(portal("build").out().startsWith("built site/"), "a site changed by hand is built again");
        assertTrue(Files.exists(work.resolve("site/periods/2012.html")));
        assertTrue(portal("build", "--rebuild").out().startsWith("built site/"));
    }

    @Test
    void chartsKeptFromTheLastBuildGiveTheSameSiteAsDrawingThemAgain() throws Exception {
        assertEquals(0, portal("build").status());
        Path cache = work.resolve(".site.cache/charts");
        assertEquals(3, TestFiles.snapshot(cache).size(), "the three charts are kept");
        Path period = work.resolve("content/periods/2012.yaml");
        Files.writeString(period, Files.readString(period).replace("found: 747,", "found: 750,"));
        Run warm = portal("build");
        assertEquals(0, warm.status(), warm.err());
        assertEquals(0, portal("build", "--out", "cold").status());
        assertEquals(TestFiles.snapshot(work.resolve("cold")), TestFiles.snapshot(work.resolve("site")),
                "a changed figure redraws its charts; the unchanged ones come from the cache");
        assertEquals(3, TestFiles.snapshot(cache).size(), "charts no longer used are dropped");
    }

    @Test
    void runningOutOfMemoryIsASentenceNotAStackTrace() throws Exception {
        assertEquals(0, portal("sample", "--orgs", "1", "--periods", "1", "--articles", "3000", "--out", "big").status());
        Run run = portal(Map.of(), List.of("-Xmx16m", "-XX:+UseParallelGC"), "build", "--content", "big", "--out", "big-site");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("portal: the build ran out of memory; the site was not changed."), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in thread"), run.err());
        assertFalse(Files.exists(work.resolve("big-site")), "nothing is written");
    }

    /**
     * A content folder named by its full path: the console says where, as typed; the site shows
     * the folder by its own name, and holds the machine's path nowhere, however it was typed.
     */
    @Test
    void aContentFolderTypedInFullPublishesNoMachinePath() throws Exception {
        Path content = work.resolve("abc/tinh-bn").toAbsolutePath();
        TestFiles.copyTree(work.resolve("content"), content);
        Run run = portal("build", "--content", content.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().startsWith(content + "/periods/2012.yaml:44:69: warning[REPORTED-PERCENT-MISMATCH]"),
                run.err());
        String machinePath = work.toAbsolutePath().toString();
        List<String> leaking = new ArrayList<>();
        try (var files = Files.walk(work.resolve("site"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(machinePath)) {
                    leaking.add(work.resolve("site").relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), leaking, "pages and downloads that hold " + machinePath);
        for (String published : List.of("data-quality.html", "data/data-quality.csv", "data/data-quality.json")) {
            assertTrue(Files.readString(work.resolve("site").resolve(published)).contains("tinh-bn/periods/2012.yaml:44:69"),
                    published);
        }

        Run typedWithDots = portal("build", "--content", "./abc/tinh-bn/.", "--out", "dotted");
        assertEquals(0, typedWithDots.status(), typedWithDots.err());
        assertTrue(typedWithDots.err().startsWith("./abc/tinh-bn/./periods/2012.yaml:44:69: warning"), typedWithDots.err());
        assertEquals(TestFiles.snapshot(work.resolve("site")), TestFiles.snapshot(work.resolve("dotted")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws Exception {
        assertEquals(0, portal("build").status());
        Map<String, String> before = TestFiles.snapshot(work.resolve("site"));
        Path period = work.resolve("content/periods/2012.yaml");
        Files.writeString(period, Files.readString(period).replace("remediated: 3665", "remediated: 5141"));
        Run run = portal("build");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("content/periods/2012.yaml:46:44: error[REMEDIATED-EXCEEDS-TOTAL]"), run.err());
        assertTrue(run.err().endsWith("build failed: 1 error, 1 warning; site/ was not changed\n"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals(before, TestFiles.snapshot(work.resolve("site")));
    }

    @Test
    void checkValidatesWithoutWriting() throws Exception {
        Run run = portal("check");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("check passed: 0 errors, 1 warning"), run.out());
        assertFalse(Files.exists(work.resolve("site")));
    }

    @Test
    void wrongUsageExitsWithTwoAndSaysWhatIsWrong() throws Exception {
        Run unknownCommand = portal("publsh");
        assertEquals(2, unknownCommand.status());
        assertTrue(unknownCommand.err().contains("publsh"), unknownCommand.err());
        assertTrue(unknownCommand.err().contains("Did you mean: portal publish"), unknownCommand.err());
        Run unknownOption = portal("build", "--outt", "x");
        assertEquals(2, unknownOption.status());
        assertTrue(unknownOption.err().contains("--outt"), unknownOption.err());
        assertEquals(2, portal().status());
    }

    @Test
    void helpExplainsEveryCommand() throws Exception {
        Run help = portal("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("build") && help.out().contains("check") && help.out().contains("Exit status"),
                help.out());
        Run buildHelp = portal("build", "--help");
        assertEquals(0, buildHelp.status());
        assertTrue(buildHelp.out().contains("--content") && buildHelp.out().contains("--out"), buildHelp.out());
        Run helpCommand = portal("help", "serve");
        assertEquals(0, helpCommand.status());
        assertTrue(helpCommand.out().startsWith("Usage: portal serve"), helpCommand.out());
    }
}
