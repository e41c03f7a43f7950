package vn.reviewportal.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which stretch of time a review period covers, and so its identity: a calendar year
 * ({@code 2019}), the first half of one ({@code 2019-6-thang-dau}) or a term ({@code 2015-2020},
 * whose counts are cumulative over the term). The id names the period's file and its pages.
 *
 * <p>Periods sort by the year they end in; within it a half-year comes before its full year and
 * a term after the year it ends in. Figures are compared only between periods of one kind.
 */
public record PeriodSpan(Kind kind, int startYear, int endYear) implements Comparable<PeriodSpan> {

    /** The kinds, in the order they sort within the year they end in. */
    public enum Kind {
        FIRST_HALF("first-half"),
        YEAR("year"),
        TERM("term");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The kind as the UI texts and download names spell it: {@code year}, {@code first-half}, {@code term}. */
        public String key() {
            return key;
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern FIRST_HALF = Pattern.compile("(\\d{4})-6-thang-dau");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Comparator<PeriodSpan> ORDER = Comparator.comparingInt(PeriodSpan::endYear)
            .thenComparing(PeriodSpan::kind).thenComparingInt(PeriodSpan::startYear);

    public PeriodSpan {
        if (kind == Kind.TERM ? startYear >= endYear : startYear != endYear) {
            throw new IllegalArgumentException("a term ends after it starts; a year or half-year is one year: "
                    + startYear + "-" + endYear);
        }
    }

    public static PeriodSpan year(int year) {
        return new PeriodSpan(Kind.YEAR, year, year);
    }

    public static PeriodSpan firstHalf(int year) {
        return new PeriodSpan(Kind.FIRST_HALF, year, year);
    }

    public static PeriodSpan term(int start, int end) {
        return new PeriodSpan(Kind.TERM, start, end);
    }

    /**
     * The period an id names ({@code 2019}, {@code 2019-6-thang-dau}, {@code 2015-2020}); empty
     * for anything else, including a term that does not end after it starts.
     */
    public static Optional<PeriodSpan> parse(String id) {
        Matcher year = YEAR.matcher(id);
        if (year.matches()) {
            return Optional.of(year(Integer.parseInt(year.group(1))));
        }
        Matcher half = FIRST_HALF.matcher(id);
        if (half.matches()) {
            return Optional.of(firstHalf(Integer.parseInt(half.group(1))));
        }
        Matcher term = TERM.matcher(id);
        if (term.matches() && Integer.parseInt(term.group(1)) < Integer.parseInt(term.group(2))) {
            return Optional.of(term(Integer.parseInt(term.group(1)), Integer.parseInt(term.group(2))));
        }
        return Optional.empty();
    }

    /** The id: the file's name without {@code .yaml}, and the name of its pages and downloads. */
    public String id() {
        return switch (kind) {
            case YEAR -> Integer.toString(endYear);
            case FIRST_HALF -> endYear + "-6-thang-dau";
            case TERM -> startYear + "-" + endYear;
        };
    }

    /** Whether its figures may stand beside {@code other}'s in one comparison or trend. */
    public boolean sameKind(PeriodSpan other) {
        return kind == other.kind;
    }

    /** A term's counts are added up over the term, never one year's. */
    public boolean cumulative() {
        return kind == Kind.TERM;
    }

    @Override
    public int compareTo(PeriodSpan other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return id();
    }
}
