package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/** A templates folder that cannot be used is said so, with its place, and the site stays as it was. */
class TemplatesFolderTest {

    @TempDir
    Path work;

    @BeforeEach
    void buildOnce() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        assertEquals(0, Cli.run(work, "build").status());
    }

    @Test
    void aFolderOfTheOperatingSystemIsRefusedNotRead() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "this system has no /proc");
        Map<String, String> before = TestFiles.snapshot(work.resolve("site"));
        Cli.Run run = Cli.run(work, "build", "--templates", "/proc");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("/proc: error[TEMPLATES-UNREADABLE]: /proc is a folder of the operating system, "
                + "not of templates\n"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertEquals(before, TestFiles.snapshot(work.resolve("site")));
    }

    /**
     * Tests run as root, which reads every folder; root without the capabilities that let it
     * ignore permissions (setpriv) does not, as a clerk's account does not.
     */
    @Test
    void aSubfolderThatCannotBeReadIsAnErrorWithItsPlace() throws Exception {
        List<String> prefix = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is needed to drop root's rights");
            prefix.addAll(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        Path locked = Files.createDirectories(work.resolve("templates/assets/anh"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Map<String, String> before = TestFiles.snapshot(work.resolve("site"));
        try {
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Dorg.freemarker.loggerLibrary=none", "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "build"));
            Process build = new ProcessBuilder(command).directory(work.toFile())
                    .redirectError(work.resolve("err.txt").toFile()).redirectOutput(work.resolve("out.txt").toFile())
                    .start();
            assertTrue(build.waitFor(120, TimeUnit.SECONDS));
            String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);
            assertEquals(1, build.exitValue(), err);
            assertTrue(err.startsWith("templates/assets/anh: error[TEMPLATES-UNREADABLE]: templates/assets/anh cannot "
                    + "be read: permission denied\n"), err);
            assertFalse(err.contains("internal error"), err);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(before, TestFiles.snapshot(work.resolve("site")));
    }
}
