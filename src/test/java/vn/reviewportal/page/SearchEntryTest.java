package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchEntryTest {

    @Test
    void markdownMarksAndWhiteSpaceBecomeSingleSpaces() {
        assertEquals("Kết quả khắc phục đạt 85,1 %",
                SearchEntry.plain("## Kết quả **khắc phục**\n\n> đạt  _85,1 %_"));
        assertEquals("xem bang.html bảng số liệu", SearchEntry.plain("  [xem](bang.html) | bảng | số liệu |\t"));
        assertEquals("", SearchEntry.plain("# * _ ` > | [ ] ( )"));
    }

    /** The snippet and the folded text are what two regular expressions made of the body before. */
    @Test
    void plainTextIsWhatTheRegularExpressionsGave() {
        String alphabet = "ab đẾ#*_`>|[]() \t\n\u000B\f\r\u2028\u00a0-.1";
        Random random = new Random(20261127);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = text.toString().replaceAll("[#*_`>|\\[\\]()]+", " ").replaceAll("\\s+", " ").strip();
            assertEquals(expected, SearchEntry.plain(text.toString()), () -> "for '" + text + "'");
        }
    }
}
