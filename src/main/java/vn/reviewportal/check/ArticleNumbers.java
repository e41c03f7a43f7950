package vn.reviewportal.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.PublishedPercent;

/**
 * The numbers of a block of an article's text as its language writes them (Vietnamese 1.356 and
 * 97,8; English 1,356 and 97.8): counts with the noun written after them, percentages with the
 * bound word before them, and counts written "a/b". Years, dates, money, ordinals, document
 * numbers ("số 04/NQ-TW") and telephone numbers are not counts and are left out, so that
 * {@link ArticleClaims} never divides by them.
 */
final class ArticleNumbers {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A run of digits with separators; not one glued to a word ("K55", "NQ-04") or to another number. */
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d.,\\-])\\d+(?:[.,]\\d+)*");
    private static final Pattern PERCENT_SIGN = Pattern.compile("\\s*%");
    private static final Pattern SLASH_AFTER = Pattern.compile("\\s*/");
    private static final Pattern SLASH_BEFORE = Pattern.compile("/\\s*$");

    /** The words a bound is written with before a percentage; as {@code Fields} reads them in the data. */
    private static final Map<String, PublishedPercent.Bound> BOUNDS = PublishedPercent.QUALIFIERS;
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?<!\\p{L})(" + String.join("|", BOUNDS.keySet().stream()
            .map(word -> word.replace(" ", "\\s+")).toList()) + ")\\s+$", FLAGS);

    /** A number after these is an ordinal, a date or a document's number, not a count. */
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile("(?<!\\p{L})(?:năm|khóa|khoá|ngày|tháng|quý|kỳ|"
            + "thứ|lần|điều|khoản|mục|chương|giai đoạn|nhiệm kỳ|trung ương|(?<!tổng |trong )số)\\s*$", FLAGS);
    private static final Pattern DATE_BEFORE = Pattern.compile("(?<!\\p{L})(?:ngày|tháng|số|năm|quý)\\s*$", FLAGS);

    /** The nouns counted, longest first; a noun not listed is its first word. */
    private static final List<String> NOUNS = List.of("tổ chức cơ sở đảng", "tổ chức đảng", "tổ chức", "cơ sở đảng",
            "cấp ủy viên", "cấp uỷ viên", "đảng viên", "đồng chí", "khuyết điểm", "hạn chế", "chi bộ", "đảng bộ",
            "cán bộ", "tập thể", "cá nhân", "ý kiến");
    /** Nouns a reader takes for the same thing when looking for the base of a share. */
    private static final Map<String, String> SAME_AS = Map.of("tổ chức cơ sở đảng", "tổ chức", "tổ chức đảng", "tổ chức",
            "cơ sở đảng", "tổ chức", "đồng chí", "đảng viên", "hạn chế", "khuyết điểm", "cấp uỷ viên", "cấp ủy viên");
    /** Words after a number that make it money, not a count. */
    private static final Set<String> MONEY = Set.of("tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "usd", "vnđ");

    private final char thousands;
    private final Pattern count;
    private final Pattern percent;
    private final Pattern fraction;

    ArticleNumbers(Language language) {
        boolean vietnamese = language == Language.VI;
        this.thousands = vietnamese ? '.' : ',';
        char decimal = vietnamese ? ',' : '.';
        String t = Pattern.quote(String.valueOf(thousands));
        String countText = "(?:[1-9]\\d{0,2}(?:" + t + "\\d{3})+|0|[1-9]\\d*)";
        this.count = Pattern.compile(countText);
        this.percent = Pattern.compile("\\d+(?:" + Pattern.quote(String.valueOf(decimal)) + "\\d+)?");
        this.fraction = Pattern.compile("(?<![\\p{L}\\d.,/\\-])(" + countText + ")\\s*/\\s*(" + countText
                + ")(?![.,]?\\d|\\s*/|\\p{L})");
    }

    /** A count as written, with the noun after it ("" when none) and where that noun ends. */
    record Counted(long value, int start, int end, String noun, int nounEnd) {
        /** What a reader takes it to count: "tổ chức" for "tổ chức cơ sở đảng", "đảng viên" for "đồng chí". */
        String kind() {
            return SAME_AS.getOrDefault(noun, noun);
        }
    }

    /** A percentage as written, from its bound word if any to the %. */
    record Stated(PublishedPercent published, int start, int end) {
    }

    /** Two counts written "a/b". */
    record Fraction(Counted part, Counted whole) {
        int start() {
            return part.start();
        }

        int end() {
            return whole.end();
        }
    }

    /** The numbers of one block. */
    record Reading(List<Counted> numbers, List<Stated> percents, List<Fraction> fractions) {
    }

    /** The counts, percentages and "a/b" of a block's text, in the order written. */
    Reading read(String text) {
        List<Fraction> fractions = new ArrayList<>();
        Set<Integer> inFraction = new HashSet<>();
        Matcher f = fraction.matcher(text);
        while (f.find()) {
            long part = value(f.group(1));
            long whole = value(f.group(2));
            boolean date = DATE_BEFORE.matcher(text.substring(Math.max(0, f.start() - 12), f.start())).find()
                    || (whole >= 1900 && whole <= 2100 && part <= 12);
            if (!date && whole > 0 && part <= whole) {
                Counted wholeNumber = number(text, f.start(2), f.end(2), whole);
                fractions.add(new Fraction(new Counted(part, f.start(1), f.end(1), "", f.end(1)), wholeNumber));
                inFraction.add(f.start(1));
                inFraction.add(f.start(2));
            }
        }
        List<Counted> numbers = new ArrayList<>();
        List<Stated> percents = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            int start = run.start();
            int end = run.end();
            Matcher sign = PERCENT_SIGN.matcher(text).region(end, text.length());
            if (sign.lookingAt()) {
                stated(text, run.group(), start, sign.end()).ifPresent(percents::add);
                continue;
            }
            if (inFraction.contains(start)) {
                numbers.add(number(text, start, end, value(run.group())));
                continue;
            }
            boolean slashed = SLASH_AFTER.matcher(text).region(end, text.length()).lookingAt()
                    || SLASH_BEFORE.matcher(text.substring(Math.max(0, start - 3), start)).find();
            boolean glued = end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-');
            if (slashed || glued || !count.matcher(run.group()).matches()
                    || NOT_A_COUNT_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find()) {
                continue;
            }
            Counted number = number(text, start, end, value(run.group()));
            boolean money = MONEY.contains(number.noun());
            boolean year = run.group().length() == 4 && number.value() >= 1900 && number.value() <= 2100
                    && !NOUNS.contains(number.noun());
            if (!money && !year) {
                numbers.add(number);
            }
        }
        return new Reading(numbers, percents, fractions);
    }

    private long value(String written) {
        return Long.parseLong(written.replace(String.valueOf(thousands), ""));
    }

    private Optional<Stated> stated(String text, String written, int start, int end) {
        if (!percent.matcher(written).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(written.replace(',', '.'));
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.empty();
        }
        Matcher bound = BOUND_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
        if (bound.find()) {
            int from = start - (bound.end() - bound.start());
            String word = bound.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return Optional.of(new Stated(new PublishedPercent(value, BOUNDS.get(word), text.substring(from, end)), from, end));
        }
        return Optional.of(new Stated(new PublishedPercent(value, PublishedPercent.Bound.EXACT, written), start, end));
    }

    /** The count at {@code start}, with the noun written after it. */
    private static Counted number(String text, int start, int end, long value) {
        int at = end;
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '*'
                || text.charAt(at) == '_')) {
            at++;
        }
        for (String noun : NOUNS) {
            int after = at + noun.length();
            if (text.regionMatches(true, at, noun, 0, noun.length())
                    && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                return new Counted(value, start, end, noun, after);
            }
        }
        int after = at;
        while (after < text.length() && Character.isLetter(text.charAt(after))) {
            after++;
        }
        return new Counted(value, start, end, text.substring(at, after).toLowerCase(Locale.ROOT), after);
    }
}
