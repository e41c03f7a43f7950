package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Position;

class SourceTextsTest {

    /** Lines ended as Unix, Windows and old Mac programs end them, in one file as a paste can leave it. */
    private static final String MIXED = "một\nhai\r\nba\rbốn\r\rsáu";

    @Test
    void aLineIsQuotedWhateverEndsTheLinesBeforeIt() {
        SourceTexts texts = new SourceTexts(Map.of("f.yaml", MIXED));
        assertEquals(List.of("một", "hai", "ba", "bốn", "", "sáu"), IntStream.rangeClosed(1, 6)
                .mapToObj(line -> texts.line("f.yaml", line).orElseThrow()).toList());
        assertEquals(Optional.empty(), texts.line("f.yaml", 7));
    }

    @Test
    void aPositionCountsTheSameLines() {
        assertEquals(new Position("f.yaml", 4, 2), SourceTexts.position("f.yaml", MIXED, MIXED.indexOf("ốn")));
        assertEquals(new Position("f.yaml", 6, 1), SourceTexts.position("f.yaml", MIXED, MIXED.indexOf("sáu")));
        assertEquals(new Position("f.yaml", 2, 4), SourceTexts.position("f.yaml", MIXED, MIXED.indexOf("\r\n")));
    }

    @Test
    void aLateLineOfAFileWithoutCarriageReturnsIsFound() {
        String text = "dòng\n".repeat(200_000);
        assertEquals(Optional.of("dòng"), new SourceTexts(Map.of("f.yaml", text)).line("f.yaml", 200_000));
        assertEquals(Optional.empty(), new SourceTexts(Map.of("f.yaml", text)).line("f.yaml", 200_001));
    }
}
