package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/**
 * Two builds into the same folder at the same time (a scheduled build and a person's, two CI
 * jobs), each in a JVM of its own as in real life: both succeed, the second after waiting for the
 * first, and the site is exactly the one a build on its own writes, byte for byte, with nothing
 * left beside it. Before the lock the two shared one staging folder and published a mix.
 */
class ConcurrentBuildTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path work;

    @Test
    void twoBuildsAtOnceGiveExactlyTheSiteOfOneBuild() throws Exception {
        assertEquals(0, Cli.run(work, "sample", "--orgs", "10", "--periods", "2", "--articles", "30", "--seed", "5",
                "--out", "content").status());
        assertEquals(0, Cli.run(work, "build", "--out", "clean").status());
        Map<String, String> clean = TestFiles.snapshot(work.resolve("clean"));
        for (int round = 1; round <= ROUNDS; round++) {
            List<Process> builds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                builds.add(fork(round + "-" + i));
            }
            for (int i = 0; i < builds.size(); i++) {
                assertTrue(builds.get(i).waitFor(180, TimeUnit.SECONDS), "round " + round + ": build " + i + " finishes");
                assertEquals(0, builds.get(i).exitValue(), "round " + round + ": build " + i + " succeeds: "
                        + Files.readString(work.resolve("err-" + round + "-" + i + ".txt"), StandardCharsets.UTF_8));
            }
            assertEquals(clean, TestFiles.snapshot(work.resolve("site")), "round " + round + ": the site of one build");
            try (var beside = Files.list(work)) {
                List<String> left = beside.map(p -> p.getFileName().toString())
                        .filter(name -> name.startsWith(".site.") && !name.equals(".site.lock")
                                && !name.equals(".site.state") && !name.equals(".site.cache"))
                        .toList();
                assertEquals(List.of(), left, "round " + round + ": no staging or replaced site is left beside it");
            }
        }
    }

    /** A real build of the whole site, in a JVM of its own; its output goes to out-/err-NAME.txt. */
    private Process fork(String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dorg.freemarker.loggerLibrary=none", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "--rebuild", "--quiet"));
        return new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out-" + name + ".txt").toFile())
                .redirectError(work.resolve("err-" + name + ".txt").toFile())
                .start();
    }
}
