package vn.reviewportal.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A percentage as a source published it: a figure ({@code 66.3}) or a figure with a word that
 * makes it a bound ("trên 95%", "gần 60%"), kept with the wording as written so that pages and
 * downloads can quote it.
 *
 * @param value   the number published, from 0 to 100
 * @param bound   what the word before it says about the true share
 * @param wording the text as written in the content, e.g. {@code trên 95,5%}; for an exact
 *                figure, the number as written
 */
public record PublishedPercent(BigDecimal value, Bound bound, String wording) {

    /** How far the true share may lie from a value so qualified. */
    public enum Bound {
        /** A plain figure: the share rounds to it at the precision it was published with. */
        EXACT,
        /** "trên", "hơn": the share is more than the value. */
        ABOVE,
        /** "gần": the share is at most the value and at most 5 points below it. */
        NEARLY,
        /** "dưới": the share is less than the value. */
        BELOW,
        /** "khoảng", "xấp xỉ": the share is within 1 point of the value. */
        ABOUT
    }

    /**
     * The words a published percentage may start with, in the order the documentation lists them,
     * and the bound each makes of it: what the period files and the articles' text both read.
     */
    public static final Map<String, Bound> QUALIFIERS = qualifiers();

    private static Map<String, Bound> qualifiers() {
        Map<String, Bound> words = new LinkedHashMap<>();
        words.put("trên", Bound.ABOVE);
        words.put("hơn", Bound.ABOVE);
        words.put("gần", Bound.NEARLY);
        words.put("dưới", Bound.BELOW);
        words.put("khoảng", Bound.ABOUT);
        words.put("xấp xỉ", Bound.ABOUT);
        return Collections.unmodifiableMap(words);
    }

    /** How many points below its value a share "gần" (nearly) the value may be. */
    public static final BigDecimal NEARLY_POINTS = BigDecimal.valueOf(5);
    /** How many points either side of its value a share "khoảng" (about) the value may be. */
    public static final BigDecimal ABOUT_POINTS = BigDecimal.ONE;

    public PublishedPercent {
        Objects.requireNonNull(value);
        Objects.requireNonNull(bound);
        Objects.requireNonNull(wording);
    }

    /** A plain published figure, such as the seed's 66.3. */
    public static PublishedPercent exact(BigDecimal value) {
        return new PublishedPercent(value, Bound.EXACT, value.toPlainString());
    }

    /** The decimals the figure was published with: 1 for 66.3, 0 for 80, 2 for 33.34. */
    public int decimals() {
        return Math.max(0, value.scale());
    }

    public boolean exact() {
        return bound == Bound.EXACT;
    }

    /**
     * The word before the number as written ("trên", "xấp xỉ"), lower-cased; empty for an exact
     * figure.
     */
    public String qualifier() {
        if (exact()) {
            return "";
        }
        int digit = 0;
        while (digit < wording.length() && !Character.isDigit(wording.charAt(digit))) {
            digit++;
        }
        return wording.substring(0, digit).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the share computed from the counts is what this published figure says it is. */
    public boolean heldBy(Percent computed) {
        // part × 100 ÷ whole compared with the value without rounding: part × 100 against value × whole.
        BigDecimal share = BigDecimal.valueOf(computed.part()).multiply(BigDecimal.valueOf(100));
        BigDecimal whole = BigDecimal.valueOf(computed.whole());
        return switch (bound) {
            case EXACT -> computed.agreesWith(value);
            case ABOVE -> share.compareTo(value.multiply(whole)) > 0;
            case BELOW -> share.compareTo(value.multiply(whole)) < 0;
            case NEARLY -> share.compareTo(value.multiply(whole)) <= 0
                    && share.compareTo(value.subtract(NEARLY_POINTS).multiply(whole)) >= 0;
            case ABOUT -> share.compareTo(value.subtract(ABOUT_POINTS).multiply(whole)) >= 0
                    && share.compareTo(value.add(ABOUT_POINTS).multiply(whole)) <= 0;
        };
    }
}
