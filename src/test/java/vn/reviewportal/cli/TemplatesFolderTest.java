package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
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

    @Test
    void aSubfolderThatCannotBeReadIsAnErrorWithItsPlace() throws Exception {
        Path locked = Files.createDirectories(work.resolve("templates/assets/anh"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Map<String, String> before = TestFiles.snapshot(work.resolve("site"));
        try {
            Cli.Run build = HeldToPermissions.portal(work, "build");
            assertEquals(1, build.status(), build.err());
            assertTrue(build.err().startsWith("templates/assets/anh: error[TEMPLATES-UNREADABLE]: templates/assets/anh "
                    + "cannot be read: permission denied\n"), build.err());
            assertFalse(build.err().contains("internal error"), build.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(before, TestFiles.snapshot(work.resolve("site")));
    }
}
