package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Percent;

class FormatsTest {

    private final Formats vi = new Formats(Language.VI);

    @Test
    void vietnameseNumbersGroupThousandsWithDotsAndUseCommaForDecimals() {
        assertEquals("4.716", vi.count(4716));
        assertEquals("161", vi.count(161));
        assertEquals("1.234.567", vi.count(1_234_567));
        assertEquals("1.334/2.005", vi.ratio(1334, 2005));
        assertEquals("66,5\u00a0%", vi.percent(new Percent(497, 747)));
        assertEquals("66,3\u00a0%", vi.percent(new BigDecimal("66.3")));
        assertEquals("70,0\u00a0%", vi.percent(new Percent(7, 10)));
    }

    @Test
    void yearsAreNotGroupedAndDatesAreDayFirst() {
        assertEquals("03/05/2013", vi.date(LocalDate.of(2013, 5, 3)));
        assertEquals("15:00, 03/05/2013", vi.dateTime(OffsetDateTime.parse("2013-05-03T15:00:00+07:00")));
    }
}
