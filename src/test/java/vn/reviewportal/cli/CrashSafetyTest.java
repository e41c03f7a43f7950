package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/**
 * A build killed with SIGKILL (no shutdown hooks, no finally blocks) at random moments, in its own
 * JVM, leaves {@code site/} as the old tree or the new one, never a mix; and the next build
 * cleans up and writes the new tree. Half of the kills land at a random moment of the whole run,
 * half once the build has started writing its staging folder, where a mix could happen.
 *
 * <p>The only moment {@code site/} is absent is between the two renames of the swap; the old
 * tree is then whole beside it and the next run puts it back, which the test checks too.
 */
class CrashSafetyTest {

    private static final int KILLS = 8;

    @TempDir
    Path work;

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOneAndTheNextRunCleansUp() throws Exception {
        assertEquals(0, Cli.run(work, "sample", "--orgs", "12", "--periods", "2", "--articles", "30", "--seed", "3",
                "--out", "content").status());
        assertEquals(0, Cli.run(work, "build", "--out", "old").status());
        Path article = firstArticle();
        Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^title: .*$", "title: Bản tin đã sửa sau khi xuất bản"), StandardCharsets.UTF_8);
        assertEquals(0, Cli.run(work, "build", "--out", "new").status());
        Map<String, String> oldTree = TestFiles.snapshot(work.resolve("old"));
        Map<String, String> newTree = TestFiles.snapshot(work.resolve("new"));
        assertNotEquals(oldTree, newTree);

        long started = System.nanoTime();
        Process whole = fork();
        assertTrue(whole.waitFor(180, TimeUnit.SECONDS), "an uninterrupted build finishes");
        long wholeMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(newTree, TestFiles.snapshot(work.resolve("site")));

        Random random = new Random(20260527L);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            TestFiles.deleteTree(work.resolve("site"));
            TestFiles.copyTree(work.resolve("old"), work.resolve("site"));
            Process build = fork();
            if (kill % 2 == 0) {
                build.waitFor(random.nextLong(wholeMillis), TimeUnit.MILLISECONDS);
            } else {
                while (build.isAlive() && !Files.exists(work.resolve(".site.staging"))) {
                    build.waitFor(2, TimeUnit.MILLISECONDS);
                }
                build.waitFor(random.nextLong(Math.max(1, wholeMillis / 5)), TimeUnit.MILLISECONDS);
            }
            build.destroyForcibly().waitFor();

            String outcome;
            if (Files.isDirectory(work.resolve("site"))) {
                Map<String, String> left = TestFiles.snapshot(work.resolve("site"));
                assertTrue(left.equals(oldTree) || left.equals(newTree),
                        "kill " + kill + ": site/ is neither the old tree nor the new one: " + difference(left, oldTree));
                outcome = left.equals(oldTree) ? "old site" : "new site";
            } else {
                assertEquals(oldTree, TestFiles.snapshot(work.resolve(".site.previous")),
                        "kill " + kill + ": with site/ moved aside, the old tree must be whole beside it");
                outcome = "between the renames";
            }
            outcomes.merge(outcome, 1, Integer::sum);

            Process again = fork();
            assertTrue(again.waitFor(180, TimeUnit.SECONDS), "the next build finishes");
            assertEquals(0, again.exitValue(), Files.readString(work.resolve("err.txt")));
            assertEquals(newTree, TestFiles.snapshot(work.resolve("site")), "kill " + kill + ": the next build");
            assertFalse(Files.exists(work.resolve(".site.staging")), "staging is cleaned up");
            assertFalse(Files.exists(work.resolve(".site.previous")), "the moved-aside site is cleaned up");
        }
        System.out.println("CrashSafetyTest: " + KILLS + " kills over a " + wholeMillis + " ms build: " + outcomes);
    }

    private Path firstArticle() throws IOException {
        try (var files = Files.list(work.resolve("content/articles"))) {
            return files.sorted().findFirst().orElseThrow();
        }
    }

    private Process fork() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dorg.freemarker.loggerLibrary=none",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("NO_COLOR", "1");
        builder.redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        return builder.start();
    }

    private static String difference(Map<String, String> left, Map<String, String> old) {
        List<String> changed = new ArrayList<>();
        for (String path : left.keySet()) {
            if (!left.get(path).equals(old.get(path))) {
                changed.add(path);
            }
        }
        return changed.size() + " files differ from the old tree, e.g. " + changed.stream().limit(5).toList();
    }
}
