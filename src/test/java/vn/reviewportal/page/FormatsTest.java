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

    /** Numbers are written by hand; they must read exactly as DecimalFormat wrote them before. */
    @Test
    void numbersReadAsDecimalFormatWroteThem() {
        java.util.Random random = new java.util.Random(20261127);
        for (Language language : Language.values()) {
            Formats formats = new Formats(language);
            for (int i = 0; i < 20_000; i++) {
                long count = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(2_000_000) - 1_000;
                assertEquals(reference(language, 0, BigDecimal.valueOf(count)), formats.count(count));
                BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000, random.nextInt(5) - 1);
                assertEquals(reference(language, Math.max(0, value.scale()), value), formats.decimal(value),
                        () -> value.toString());
            }
        }
    }

    private static String reference(Language language, int decimals, BigDecimal value) {
        java.text.DecimalFormat format = new java.text.DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                java.text.DecimalFormatSymbols.getInstance(language.locale()));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
