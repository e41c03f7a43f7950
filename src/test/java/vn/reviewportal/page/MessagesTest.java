package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages(Map.of(
            "rate", "{0} trên {1} tổ chức ({0})",
            "plain", "Không có {tham số} nào",
            "late", "Kỳ {1}, {0}"));

    @Test
    void everyPlaceholderTakesItsValueWhereverItStands() {
        assertEquals("12 trên 40 tổ chức (12)", messages.get("rate", 12, 40));
        assertEquals("Kỳ 2012, Bắc Ninh", messages.get("late", "Bắc Ninh", 2012));
    }

    @Test
    void aValueIsPrintedAsGivenEvenWhenItLooksLikeAPlaceholder() {
        assertEquals("{1} trên 40 tổ chức ({1})", messages.get("rate", "{1}", 40));
    }

    @Test
    void bracesThatAreNotAPlaceholderAndPlaceholdersWithoutAValueStay() {
        assertEquals("Không có {tham số} nào", messages.get("plain", "x"));
        assertEquals("7 trên {1} tổ chức (7)", messages.get("rate", 7));
    }

    @Test
    void aTextTheSiteDoesNotHaveIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> messages.get("missing"));
    }
}
