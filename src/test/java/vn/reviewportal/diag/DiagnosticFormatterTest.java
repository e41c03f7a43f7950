package vn.reviewportal.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticFormatterTest {

    private static final SourceLines SOURCE = (file, line) -> line == 2
            ? Optional.of("\tfound: bảy trăm") : Optional.empty();

    @Test
    void quotesTheLineAndPointsAtTheColumn() {
        Diagnostic d = Diagnostic.error(Code.NOT_A_COUNT, new Position("content/periods/2012.yaml", 2, 9),
                "'found' must be a whole number", "write the count in digits");
        assertEquals("""
                content/periods/2012.yaml:2:9: error[NOT-A-COUNT]: 'found' must be a whole number
                    2 |  found: bảy trăm
                      |         ^
                      = hint: write the count in digits
                """, new DiagnosticFormatter(SOURCE, false, 10).format(List.of(d)));
    }

    @Test
    void aWholeFileProblemHasNoQuotedLine() {
        Diagnostic d = Diagnostic.error(Code.MISSING_FILE, Position.wholeFile("content/site.yaml"), "this file is missing", "");
        assertEquals("content/site.yaml: error[MISSING-FILE]: this file is missing\n",
                new DiagnosticFormatter(SOURCE, false, 10).format(List.of(d)));
    }

    @Test
    void showsAtMostTheLimitAndCountsTheRest() {
        List<Diagnostic> many = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Diagnostic.error(Code.YAML_SYNTAX, new Position("f.yaml", i, 1), "problem " + i, ""))
                .toList();
        String text = new DiagnosticFormatter(SourceLines.NONE, false, 3).format(many);
        assertTrue(text.contains("problem 3"));
        assertTrue(!text.contains("problem 4"));
        assertTrue(text.endsWith("... and 2 more not shown; fix the ones above and run again\n"), text);
    }

    /** A line as a hostile file may hold it: it clears the screen, prints a green line and turns the rest around. */
    private static final String HOSTILE_LINE = "name: \u001b[2J\u001b[32mbuilt site/\u001b[0m x\u202Eabc\u0085";

    private static final Diagnostic HOSTILE = Diagnostic.error(Code.UNKNOWN_KEY,
            new Position("content/periods/\u001b]0;owned\u0007.yaml", 3, HOSTILE_LINE.indexOf('x') + 1),
            "unknown key '\u001b[2J'\nbuilt site/", "did you mean \u2067'name'\u2069?\u007f\ud800");

    @Test
    void spellsOutControlCharactersFromTheContentWithTheCaretUnderTheSameCharacter() {
        assertEquals("""
                content/periods/<U+001B>]0;owned<U+0007>.yaml:3:32: error[UNKNOWN-KEY]: unknown key '<U+001B>[2J'<U+000A>built site/
                    3 | name: <U+001B>[2J<U+001B>[32mbuilt site/<U+001B>[0m x<U+202E>abc<U+0085>
                      |                                                     ^
                      = hint: did you mean <U+2067>'name'<U+2069>?<U+007F><U+D800>
                """, new DiagnosticFormatter((file, line) -> Optional.of(HOSTILE_LINE), false, 10).format(List.of(HOSTILE)));
    }

    @Test
    void inColourTheOnlyEscapeSequencesAreTheColours() {
        String coloured = new DiagnosticFormatter((file, line) -> Optional.of(HOSTILE_LINE), true, 10)
                .format(List.of(HOSTILE));
        String withoutColours = coloured.replaceAll("\u001b\\[(0|1|36|1;31|1;33)m", "");
        assertTrue(coloured.length() > withoutColours.length(), coloured);
        assertEquals(-1, withoutColours.indexOf('\u001b'), withoutColours);
        assertEquals(new DiagnosticFormatter((file, line) -> Optional.of(HOSTILE_LINE), false, 10).format(List.of(HOSTILE)),
                withoutColours);
    }

    /** "Kết quả 0 ... Kết quả 99999": a text whose closing quote was forgotten, a megabyte on one line. */
    private static final String LONG_LINE = "title: \"" + java.util.stream.IntStream.range(0, 100_000)
            .mapToObj(i -> "Kết quả " + i).collect(java.util.stream.Collectors.joining(" "));

    private static String quoted(String line, int column) {
        Diagnostic d = Diagnostic.error(Code.YAML_SYNTAX, new Position("f.yaml", 2, column), "m", "");
        String text = new DiagnosticFormatter((file, n) -> Optional.of(line), false, 1).format(List.of(d));
        return text.substring(text.indexOf('\n') + 1);
    }

    @Test
    void aLongLineIsQuotedAroundTheColumnWithTheCutSidesMarked() {
        int column = LONG_LINE.indexOf("Kết quả 50000") + 1;
        assertEquals("""
                    2 | …9997 Kết quả 49998 Kết quả 49999 Kết quả 50000 Kết quả 50001 Kết quả 50002 Kết quả 50003 Kết quả 500…
                      |                                   ^
                """, quoted(LONG_LINE, column));
    }

    @Test
    void nearTheStartOnlyTheEndIsCutAndNearTheEndOnlyTheStart() {
        assertEquals("""
                    2 | title: "Kết quả 0 Kết quả 1 Kết quả 2 Kết quả 3 Kết quả 4 Kết quả 5 Kết quả 6 Kết quả 7 Kết quả 8 Kế…
                      |        ^
                """, quoted(LONG_LINE, 8));
        assertEquals("""
                    2 | …92 Kết quả 99993 Kết quả 99994 Kết quả 99995 Kết quả 99996 Kết quả 99997 Kết quả 99998 Kết quả 99999
                      |                                                                                                 ^
                """, quoted(LONG_LINE, LONG_LINE.length() - 4));
    }

    @Test
    void aCaretPastTheEndOfALongLineGoesJustAfterIt() {
        assertEquals("""
                    2 | …92 Kết quả 99993 Kết quả 99994 Kết quả 99995 Kết quả 99996 Kết quả 99997 Kết quả 99998 Kết quả 99999
                      |                                                                                                      ^
                """, quoted(LONG_LINE, LONG_LINE.length() + 1));
    }

    @Test
    void spelledOutCharactersTakeTheirShownWidthInTheWindow() {
        String line = "\u001b".repeat(30) + "x" + "\u001b".repeat(30);
        assertEquals("""
                    2 | …<U+001B><U+001B><U+001B><U+001B>x<U+001B><U+001B><U+001B><U+001B><U+001B><U+001B><U+001B><U+001B>…
                      |                                  ^
                """, quoted(line, 31));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String line = "\uD83D\uDCCA".repeat(300);
        String shown = quoted(line, 301).lines().findFirst().orElseThrow();
        assertEquals(line.substring(0, 2), shown.substring(shown.indexOf('…') + 1, shown.indexOf('…') + 3), shown);
        assertTrue(shown.endsWith("\uDCCA…"), shown);
    }

    @Test
    void aMessageQuotingAHugeValueKeepsItsBeginningAndEnd() {
        Diagnostic d = Diagnostic.error(Code.WRONG_TYPE, Position.wholeFile("f.yaml"),
                "'title' must be text, but this is text '" + "a".repeat(1_000_000) + "' and more", "");
        String text = new DiagnosticFormatter(SourceLines.NONE, false, 1).format(List.of(d));
        assertTrue(text.length() < DiagnosticFormatter.MESSAGE_WIDTH + 100, text);
        assertTrue(text.startsWith("f.yaml: error[WRONG-TYPE]: 'title' must be text, but this is text 'aaa"), text);
        assertTrue(text.contains("aaa…aaa"), text);
        assertTrue(text.endsWith("aaa' and more\n"), text);
    }

    @Test
    void coloursOnlyWhenAsked() {
        Diagnostic d = Diagnostic.warning(Code.IGNORED_FILE, new Position("f.yaml", 1, 1), "w", "");
        assertTrue(new DiagnosticFormatter(SourceLines.NONE, true, 1).format(List.of(d)).contains("\u001b["));
        assertTrue(!new DiagnosticFormatter(SourceLines.NONE, false, 1).format(List.of(d)).contains("\u001b["));
    }

    @Test
    void suggestsTheClosestKnownNameForATypo() {
        assertEquals(Optional.of("remediated"), Suggestions.closest("remediatd", List.of("found", "remediated")));
        assertEquals(Optional.empty(), Suggestions.closest("colour", List.of("found", "remediated")));
    }
}
