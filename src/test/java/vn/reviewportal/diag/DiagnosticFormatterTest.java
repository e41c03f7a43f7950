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
