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
        Diagnostic d = Diagnostic.error("NOT-A-COUNT", new Position("content/periods/2012.yaml", 2, 9),
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
        Diagnostic d = Diagnostic.error("MISSING-FILE", Position.wholeFile("content/site.yaml"), "this file is missing", "");
        assertEquals("content/site.yaml: error[MISSING-FILE]: this file is missing\n",
                new DiagnosticFormatter(SOURCE, false, 10).format(List.of(d)));
    }

    @Test
    void showsAtMostTheLimitAndCountsTheRest() {
        List<Diagnostic> many = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Diagnostic.error("X", new Position("f.yaml", i, 1), "problem " + i, ""))
                .toList();
        String text = new DiagnosticFormatter(SourceLines.NONE, false, 3).format(many);
        assertTrue(text.contains("problem 3"));
        assertTrue(!text.contains("problem 4"));
        assertTrue(text.endsWith("... and 2 more not shown; fix the ones above and run again\n"), text);
    }

    /** A line as a hostile file may hold it: it clears the screen, prints a green line and turns the rest around. */
    private static final String HOSTILE_LINE = "name: \u001b[2J\u001b[32mbuilt site/\u001b[0m x\u202Eabc\u0085";

    private static final Diagnostic HOSTILE = Diagnostic.error("UNKNOWN-KEY",
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

    @Test
    void coloursOnlyWhenAsked() {
        Diagnostic d = Diagnostic.warning("W", new Position("f.yaml", 1, 1), "w", "");
        assertTrue(new DiagnosticFormatter(SourceLines.NONE, true, 1).format(List.of(d)).contains("\u001b["));
        assertTrue(!new DiagnosticFormatter(SourceLines.NONE, false, 1).format(List.of(d)).contains("\u001b["));
    }

    @Test
    void suggestsTheClosestKnownNameForATypo() {
        assertEquals(Optional.of("remediated"), Suggestions.closest("remediatd", List.of("found", "remediated")));
        assertEquals(Optional.empty(), Suggestions.closest("colour", List.of("found", "remediated")));
    }
}
