package vn.reviewportal.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;

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
    private final char grouping;
    private final char decimalSeparator;
    private final char minus;

    public Formats(Language language) {
        this.locale = language.locale();
        boolean vietnamese = language == Language.VI;
        this.date = DateTimeFormatter.ofPattern(vietnamese ? "dd/MM/yyyy" : "d MMMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern(vietnamese ? "HH:mm, dd/MM/yyyy" : "HH:mm, d MMMM yyyy", locale);
        this.percentSign = vietnamese ? NBSP + "%" : "%";
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.grouping = symbols.getGroupingSeparator();
        this.decimalSeparator = symbols.getDecimalSeparator();
        this.minus = symbols.getMinusSign();
    }

    public String count(long value) {
        return decimal(BigDecimal.valueOf(value));
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

    /** A published figure with its wording: "66,3 %", "trên 95 %", "gần 60,5 %". */
    public String percent(PublishedPercent published) {
        return published.exact() ? percent(published.value())
                : published.qualifier() + " " + percent(published.value());
    }

    /**
     * The value with as many decimals as its scale, thousands grouped: what DecimalFormat's
     * "#,##0.0…" gives, written out by hand because a DecimalFormat costs more to make than
     * to use and cannot be shared between threads.
     */
    public String decimal(BigDecimal value) {
        String digits = value.setScale(Math.max(0, value.scale()), RoundingMode.HALF_UP).abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder text = new StringBuilder(digits.length() + whole.length() / 3 + 2);
        if (value.signum() < 0) {
            text.append(minus);
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(grouping);
            }
            text.append(whole.charAt(i));
        }
        if (point >= 0) {
            text.append(decimalSeparator).append(digits, point + 1, digits.length());
        }
        return text.toString();
    }

    public String date(LocalDate value) {
        return date.format(value);
    }

    public String dateTime(OffsetDateTime value) {
        return dateTime.format(value);
    }
}
