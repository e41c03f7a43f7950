package vn.reviewportal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Code;

class CharactersTest {

    @Test
    void vietnameseTextWithTabsLineBreaksAndDirectionMarksIsAccepted() {
        assertEquals(-1, Characters.firstRefused("Đảng bộ\tkhối\nCác cơ quan tỉnh Bắc Ninh — 66,3 % ✓", false));
        assertEquals(-1, Characters.firstRefused("tên \u200Eabc\u200F và biểu đồ \uD83D\uDCCA", false));
    }

    @Test
    void aCarriageReturnIsALineBreakInAFileButNotInAValue() {
        assertEquals(-1, Characters.firstRefused("một\r\nhai\rba", true));
        assertEquals(3, Characters.firstRefused("một\r\nhai", false));
    }

    @Test
    void controlCharactersNonCharactersAndHalfSurrogatesAreRefused() {
        for (String bad : List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", "\uFFFE", "\uFFFF",
                "\uD800", "\uDC00", "\uDCCA\uD83D")) {
            assertEquals(2, Characters.firstRefused("ab" + bad + "c", true), "U+" + Integer.toHexString(bad.charAt(0)));
            assertEquals(Code.CONTROL_CHARACTER, Characters.code(bad.charAt(0)));
        }
    }

    @Test
    void everyTextDirectionEmbeddingOverrideAndIsolateIsRefusedWithItsOwnCode() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            assertEquals(1, Characters.firstRefused("a" + c + "b", true), "U+" + Integer.toHexString(c));
            assertEquals(Code.BIDI_CONTROL, Characters.code(c));
        }
        assertEquals("an invisible text-direction control (U+202E, right-to-left override)", Characters.describe('\u202E'));
    }
}
