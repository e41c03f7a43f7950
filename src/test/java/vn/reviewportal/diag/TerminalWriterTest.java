package vn.reviewportal.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {

    private static String shown(String... writes) throws IOException {
        return shown(true, writes);
    }

    private static String shown(boolean colours, String... writes) throws IOException {
        StringWriter terminal = new StringWriter();
        try (TerminalWriter writer = new TerminalWriter(terminal, colours)) {
            for (String write : writes) {
                writer.write(write);
            }
        }
        return terminal.toString();
    }

    @Test
    void whatWouldActOnTheTerminalIsSpeltOut() throws IOException {
        assertEquals("<U+001B>[2J<U+001B>[H", shown("\u001b[2J\u001b[H"), "clear the screen, cursor home");
        assertEquals("<U+001B>]0;bị chiếm<U+0007>", shown("\u001b]0;bị chiếm\u0007"), "set the window title");
        assertEquals("tên <U+202E>cba", shown("tên \u202Ecba"), "a right-to-left override");
        assertEquals("a<U+000D>b<U+0008>", shown("a\rb\b"), "a carriage return alone, a backspace");
    }

    @Test
    void textLineBreaksTabsAndColoursPass() throws IOException {
        assertEquals("Đảng bộ khối\tđã khắc phục 😀\n", shown("Đảng bộ khối\tđã khắc phục 😀\n"));
        assertEquals("\u001b[1;31merror\u001b[0m: x\r\n", shown("\u001b[1;31merror\u001b[0m: x\r\n"));
    }

    @Test
    void withoutColoursNoEscapeSequencePassesAtAll() throws IOException {
        assertEquals("<U+001B>[32mbuilt site/<U+001B>[0m", shown(false, "\u001b[32mbuilt site/\u001b[0m"));
    }

    @Test
    void aSequenceOrACharacterSplitBetweenTwoWritesIsJudgedWhole() throws IOException {
        assertEquals("\u001b[36mx", shown("\u001b[3", "6mx"));
        assertEquals("<U+001B>[2J", shown("\u001b[", "2J"));
        assertEquals("😀", shown("\uD83D", "\uDE00"));
        assertEquals("<U+D83D>a", shown("\uD83D", "a"));
    }
}
