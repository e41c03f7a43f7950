package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and texts that come from files reach the terminal as text whatever command prints them,
 * not only in diagnostics: a file name in a snapshot with an escape sequence in it clears no
 * screen and prints no fake line when 'portal verify' names it.
 */
class TerminalOutputTest {

    @TempDir
    Path work;

    @Test
    void aFileNameWithAnEscapeSequenceIsNamedNotObeyed() throws IOException {
        Frozen.buildAndFreeze(work);
        Files.writeString(work.resolve("archive/2012/\u001b[2J\u001b[32mbuilt site.html"), "x");
        Cli.Run verify = Frozen.portal(work, "verify");
        assertEquals(1, verify.status(), verify.err());
        assertFalse(verify.err().contains("\u001b"), "no escape byte reaches the terminal: " + verify.err());
        assertTrue(verify.err().contains("<U+001B>[2J<U+001B>[32mbuilt site.html"), verify.err());
    }

    /** The terminal is given line breaks as they are: the diagnostic spells out one in a name, as the build does. */
    @Test
    void aLineBreakInAFileNamePrintsNoLineOfItsOwn() throws IOException {
        Frozen.buildAndFreeze(work);
        Files.writeString(work.resolve("archive/2012/x\nverify: 0 problems.html"), "x");
        String named = "archive/2012/x<U+000A>verify: 0 problems.html: error[ARCHIVE-EXTRA-FILE]: extra (not in the "
                + "manifest)\n";
        Cli.Run verify = Frozen.portal(work, "verify");
        assertEquals(1, verify.status(), verify.err());
        assertEquals(named + "verify failed: 1 problem\n", verify.err());
        Cli.Run build = Frozen.portal(work, "build");
        assertEquals(1, build.status(), build.err());
        assertTrue(build.err().startsWith(named), build.err());
    }
}
