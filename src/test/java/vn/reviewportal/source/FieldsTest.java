package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FieldsTest {

    /** The rule for ids as docs/content-format.md states it. */
    private static final Pattern DOCUMENTED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void idsAreLowercaseLettersAndDigitsJoinedBySingleHyphens() {
        assertTrue(Fields.isId("dbk-cqt-bac-ninh"));
        assertTrue(Fields.isId("cb-2"));
        assertFalse(Fields.isId(""));
        assertFalse(Fields.isId("-cb"));
        assertFalse(Fields.isId("cb-"));
        assertFalse(Fields.isId("cb--2"));
        assertFalse(Fields.isId("Cb"));
        assertFalse(Fields.isId("chi bộ"));
        assertFalse(Fields.isId("cb_2"));
    }

    @Test
    void theCheckAgreesWithTheDocumentedPatternOnRandomText() {
        Random random = new Random(11);
        String alphabet = "az09-_A é\u0111";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(DOCUMENTED.matcher(id).matches(), Fields.isId(id.toString()), "'" + id + "'");
        }
    }
}
