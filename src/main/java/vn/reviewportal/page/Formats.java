package vn.reviewportal.page;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Percent;

/**
 * Numbers and dates the way the site's language writes them. In Vietnamese: 4.716 (dot groups
 * thousands), 66,5 % (comma for decimals, a no-break space before %), 03/05/2013. In English:
 * 4,716, 66.5%, 3 May 2013.
 */
public final class Formats {

    /** No-break space: keeps "66,5" and "%" on one line. */
    static final String NBSP = "\u00a0";

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final String percentSign;

    public Formats(Language language) {
        this.locale = language.locale();
        boolean vietnamese = language == Language.VI;
        this.date = DateTimeFormatter.ofPattern(vietnamese ? "dd/MM/yyyy" : "d MMMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern(vietnamese ? "HH:mm, dd/MM/yyyy" : "HH:mm, d MMMM yyyy", locale);
        this.percentSign = vietnamese ? NBSP + "%" : "%";
    }

    public String count(long value) {
        return decimalFormat("#,##0").format(value);
    }

    /** "1.334/2.005" */
    public String ratio(long part, long whole) {
        return count(part) + "/" + count(whole);
    }

    public String percent(Percent percent) {
        return decimal(percent.rounded()) + percentSign;
    }

    /** A published figure, shown with the precision it was published with. */
    public String percent(BigDecimal published) {
        return decimal(published) + percentSign;
    }

    public String decimal(BigDecimal value) {
        int decimals = Math.max(0, value.scale());
        DecimalFormat format = decimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
        return format.format(value);
    }

    public String date(LocalDate value) {
        return date.format(value);
    }

    public String dateTime(OffsetDateTime value) {
        return dateTime.format(value);
    }

    private DecimalFormat decimalFormat(String pattern) {
        // A new instance each time: DecimalFormat is not thread-safe and pages render in parallel.
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }
}
