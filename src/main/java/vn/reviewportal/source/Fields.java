package vn.reviewportal.source;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.diag.Suggestions;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.Slugs;

/**
 * Typed, strict access to the keys of one YAML mapping. Unknown keys are reported when the
 * reader is made; each getter reports a missing or ill-typed value at its position and returns
 * empty, so that one pass over a file reports every problem in it.
 */
final class Fields {

    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern PLAIN_DIGITS = Pattern.compile("\\d+");

    private final YamlNode.Mapping mapping;
    private final String what;
    private final Diagnostics diagnostics;
    /** Allowed keys that an unknown key was taken for a typo of: their absence is already reported. */
    private final Set<String> misspelt;

    private Fields(YamlNode.Mapping mapping, String what, Diagnostics diagnostics, Set<String> misspelt) {
        this.mapping = mapping;
        this.what = what;
        this.diagnostics = diagnostics;
        this.misspelt = Set.copyOf(misspelt);
    }

    /**
     * Reads {@code node} as a mapping with the given keys, reporting any other key.
     *
     * @param what what the mapping describes, for messages: "a shortcoming count"
     */
    static Optional<Fields> of(YamlNode node, String what, List<String> keys, Diagnostics diagnostics) {
        return of(node, what, keys, Map.of(), diagnostics);
    }

    /**
     * As {@link #of(YamlNode, String, List, Diagnostics)}, where {@code elsewhere} tells, for keys
     * that are valid in another place, where they belong.
     */
    static Optional<Fields> of(YamlNode node, String what, List<String> keys, Map<String, String> elsewhere,
                               Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(Code.WRONG_TYPE, node.at(), what + " must be a set of keys, but this is " + node.describe(),
                    "write it as 'key: value' lines; expected keys: " + String.join(", ", keys));
            return Optional.empty();
        }
        Set<String> misspelt = new HashSet<>();
        YamlNode.Entry previous = null;
        for (YamlNode.Entry entry : mapping.entries()) {
            YamlNode.Entry before = previous;
            previous = entry;
            if (!keys.contains(entry.key()) && splitThousands(before, entry)) {
                String written = ((YamlNode.Scalar) before.value()).text() + "," + entry.key();
                diagnostics.error(Code.NOT_A_COUNT, before.value().at(), "'" + before.key() + "' is written " + written
                        + " with a thousands separator, which YAML reads as two items",
                        "write counts without a thousands separator: " + written.replace(",", ""));
                continue;
            }
            if (!keys.contains(entry.key()) && splitText(before, entry)) {
                String written = ((YamlNode.Scalar) before.value()).text() + ", " + entry.key();
                diagnostics.error(Code.COMMA_IN_TEXT, entry.keyAt(), "the text of '" + before.key()
                                + "' is cut at a comma: inside { } a comma starts the next key, so '" + entry.key()
                                + "' was read as a key", "put the text in double quotes: " + before.key() + ": \""
                                + written + "\"");
                continue;
            }
            if (!keys.contains(entry.key()) && elsewhere.containsKey(entry.key())) {
                diagnostics.error(Code.UNKNOWN_KEY, entry.keyAt(), "'" + entry.key() + "' does not belong in " + what,
                        elsewhere.get(entry.key()));
                continue;
            }
            if (!keys.contains(entry.key())) {
                Optional<String> meant = Suggestions.closest(entry.key(), keys)
                        .filter(k -> mapping.entry(k).isEmpty());
                meant.ifPresent(misspelt::add);
                diagnostics.error(Code.UNKNOWN_KEY, entry.keyAt(), "unknown key '" + entry.key() + "' in " + what,
                        meant.map(k -> "did you mean '" + k + "'?")
                                .orElse("the keys allowed here are: " + String.join(", ", keys)));
            }
        }
        return Optional.of(new Fields(mapping, what, diagnostics, misspelt));
    }

    /** "count: 4,716" inside braces is read as "count: 4" and a key "716" without a value. */
    private static boolean splitThousands(YamlNode.Entry before, YamlNode.Entry entry) {
        return before != null && entry.key().matches("\\d{3}")
                && entry.value() instanceof YamlNode.Scalar value && value.text().isEmpty()
                && before.value() instanceof YamlNode.Scalar number && number.kind() == YamlNode.Scalar.Kind.INTEGER;
    }

    /** "label: Trong sạch, vững mạnh" inside braces is read as a label and a key without a value. */
    private static boolean splitText(YamlNode.Entry before, YamlNode.Entry entry) {
        return before != null && entry.keyAt().line() == before.keyAt().line()
                && entry.value() instanceof YamlNode.Scalar value && value.text().isEmpty()
                && before.value() instanceof YamlNode.Scalar text && text.kind() == YamlNode.Scalar.Kind.TEXT;
    }

    Position at() {
        return mapping.at();
    }

    boolean has(String key) {
        return mapping.entry(key).isPresent();
    }

    /** Where the value of {@code key} is written, or the mapping's position when it is absent. */
    Position valueAt(String key) {
        return mapping.entry(key).map(e -> e.value().at()).orElse(mapping.at());
    }

    Position keyAt(String key) {
        return mapping.entry(key).map(YamlNode.Entry::keyAt).orElse(mapping.at());
    }

    Optional<YamlNode> node(String key, boolean required) {
        Optional<YamlNode.Entry> entry = mapping.entry(key);
        if (entry.isEmpty() || isNull(entry.get().value())) {
            if (required && !misspelt.contains(key)) {
                Position where = entry.map(e -> e.keyAt()).orElse(mapping.at());
                diagnostics.error(Code.MISSING_KEY, where,
                        entry.isEmpty() ? what + " has no '" + key + "'" : "'" + key + "' has no value",
                        "'" + key + "' is required here; see docs/content-format.md");
            }
            return Optional.empty();
        }
        return Optional.of(entry.get().value());
    }

    Optional<String> text(String key, boolean required) {
        return node(key, required).flatMap(node -> {
            if (node instanceof YamlNode.Scalar scalar) {
                String text = scalar.text().strip();
                if (text.isEmpty() && required) {
                    diagnostics.error(Code.MISSING_KEY, node.at(), "'" + key + "' is empty", "write the " + key + " here");
                    return Optional.empty();
                }
                return Optional.of(text);
            }
            diagnostics.error(Code.WRONG_TYPE, node.at(), "'" + key + "' must be text, but this is " + node.describe(),
                    "write a single line of text after '" + key + ":'");
            return Optional.empty();
        });
    }

    Optional<String> id(String key, boolean required) {
        return text(key, required).filter(id -> validId(id, valueAt(key), diagnostics));
    }

    static boolean validId(String id, Position at, Diagnostics diagnostics) {
        if (isId(id)) {
            return true;
        }
        String suggested = Slugs.slug(id);
        diagnostics.error(Code.INVALID_ID, at, "'" + id + "' is not a valid id",
                "ids use lowercase letters a-z, digits and single hyphens"
                        + (suggested.isEmpty() ? "" : ", e.g. '" + suggested + "'"));
        return false;
    }

    /**
     * Whether {@code id} is lowercase letters a-z and digits in parts joined by single hyphens
     * ({@code [a-z0-9]+(-[a-z0-9]+)*}), checked by hand: every result of a national tree names one.
     */
    static boolean isId(String id) {
        boolean partStarted = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                partStarted = true;
            } else if (c == '-' && partStarted) {
                partStarted = false;
            } else {
                return false;
            }
        }
        return partStarted;
    }

    OptionalLong count(String key, boolean required) {
        Optional<YamlNode> node = node(key, required);
        if (node.isEmpty()) {
            return OptionalLong.empty();
        }
        return count(key, node.get(), diagnostics);
    }

    /** Plain digits without the zeros in front, one zero left of a zero ({@code 010} is {@code 10}). */
    private static String withoutLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }

    static OptionalLong count(String key, YamlNode node, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            if (scalar.kind() == YamlNode.Scalar.Kind.TEXT && PLAIN_DIGITS.matcher(text).matches()) {
                diagnostics.error(Code.NOT_A_COUNT, node.at(), "'" + key + "' is the text \"" + text
                        + "\" in quotes, not a number", "remove the quotes: '" + key + ": " + text + "'");
                return OptionalLong.empty();
            }
            if (scalar.kind() == YamlNode.Scalar.Kind.INTEGER && text.startsWith("-") && PLAIN_DIGITS.matcher(text.substring(1)).matches()) {
                diagnostics.error(Code.NEGATIVE_COUNT, node.at(), "'" + key + "' is " + text
                        + ", but a count cannot be negative", "write the number of items, 0 or more");
                return OptionalLong.empty();
            }
            if (scalar.kind() == YamlNode.Scalar.Kind.INTEGER && PLAIN_DIGITS.matcher(text).matches()) {
                // Read from the digits as written, zeros in front dropped: a newspaper's 010 is
                // ten, where YAML 1.1 (and so the parser's number) makes it octal eight.
                // Twelve digits at most: no count of a review comes near a trillion, and sums of
                // such counts over any tree stay far inside a long.
                String digits = withoutLeadingZeros(text);
                if (digits.length() > MAX_COUNT_DIGITS || Long.parseLong(digits) > MAX_COUNT) {
                    diagnostics.error(Code.NOT_A_COUNT, node.at(), "'" + key + "' is " + text
                            + ", which is too large for a count of a review", "a count is at most "
                            + MAX_COUNT_TEXT + "; check for extra digits");
                    return OptionalLong.empty();
                }
                return OptionalLong.of(Long.parseLong(digits));
            }
            if (GROUPED_THOUSANDS.matcher(text).matches()) {
                diagnostics.error(Code.NOT_A_COUNT, node.at(), "'" + key + "' must be a whole number, but this is "
                        + scalar.describe(), "write counts without a thousands separator: "
                        + text.replace(".", "").replace(",", ""));
                return OptionalLong.empty();
            }
            if (scalar.kind() == YamlNode.Scalar.Kind.INTEGER || scalar.kind() == YamlNode.Scalar.Kind.DECIMAL) {
                diagnostics.error(Code.NOT_A_COUNT, node.at(), "'" + key + "' must be a whole number in plain digits, but '"
                        + text + "' is " + numberForm(text), plainDigitsHint(key, text, true));
                return OptionalLong.empty();
            }
        }
        diagnostics.error(Code.NOT_A_COUNT, node.at(), "'" + key + "' must be a whole number, but this is "
                + node.describe(), "write the count in digits, e.g. '" + key + ": 12'");
        return OptionalLong.empty();
    }

    /** Largest count accepted (documented in docs/content-format.md). */
    static final long MAX_COUNT = 999_999_999_999L;
    private static final int MAX_COUNT_DIGITS = 12;
    private static final String MAX_COUNT_TEXT = "999999999999";
    /** A percentage as published: digits, and a decimal part after a dot. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    /**
     * What a number YAML accepts but a person does not write is, in words: YAML reads 0x42 as
     * sixty-six and 1_0 as ten, which a figure copied from a report never means.
     */
    private static String numberForm(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".nan")) {
            return "YAML's word for \"not a number\"";
        }
        if (lower.endsWith(".inf")) {
            return "YAML's word for infinity";
        }
        if (lower.matches("[-+]?0x[0-9a-f_]+")) {
            return "a hexadecimal number";
        }
        if (lower.matches("[-+]?0b[01_]+")) {
            return "a binary number";
        }
        if (lower.contains("_")) {
            return "a number with '_' between its digits";
        }
        if (lower.matches("[-+]?[0-9.]*e[-+]?[0-9]+")) {
            return "a number with an exponent";
        }
        if (text.startsWith("+")) {
            return "a number with a '+' sign";
        }
        return text.contains(".") ? "a decimal number" : "not a plain number";
    }

    /** What to write instead: the digits of the value when they can be read off, else an example. */
    private static String plainDigitsHint(String key, String text, boolean whole) {
        String digits = text.replace("_", "").replaceFirst("^\\+", "");
        boolean readable = whole ? PLAIN_DIGITS.matcher(digits).matches() : PLAIN_DECIMAL.matcher(digits).matches();
        return readable ? "write '" + key + ": " + digits + "'"
                : "write the number as the source gives it, in digits" + (whole ? "" : " with a dot before the decimals")
                        + ", e.g. '" + key + ": " + (whole ? "12" : "66.3") + "'";
    }

    Optional<PublishedPercent> percent(String key) {
        return node(key, false).flatMap(node -> percent(key, node, diagnostics));
    }

    /**
     * A published percentage, from 0 to 100: a number in plain digits, or a text that puts a
     * word of {@link #QUALIFIERS} before it ("trên 95,5%"), as {@code key} holds it.
     */
    static Optional<PublishedPercent> percent(String key, YamlNode node, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.TEXT
                && WORDED_PERCENT.matcher(nfc(scalar.text())).matches()) {
            return wordedPercent(key, scalar, diagnostics);
        }
        return plainPercent(key, node, diagnostics).map(PublishedPercent::exact);
    }

    /** The words a published percentage may start with, and the bound each makes of it. */
    static final Map<String, PublishedPercent.Bound> QUALIFIERS = PublishedPercent.QUALIFIERS;

    /** Words, then a number (decimal dot or comma), then perhaps a % sign: "trên 95", "gần 60,5 %". */
    static final Pattern WORDED_PERCENT = Pattern.compile(
            "(\\p{L}+(?:\\s+\\p{L}+)*)\\s*(\\d+(?:[.,]\\d+)?)\\s*%?");

    private static Optional<PublishedPercent> wordedPercent(String key, YamlNode.Scalar scalar, Diagnostics diagnostics) {
        String wording = nfc(scalar.text());
        Matcher matcher = WORDED_PERCENT.matcher(wording);
        matcher.matches();
        String word = matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        PublishedPercent.Bound bound = QUALIFIERS.get(word);
        if (bound == null) {
            diagnostics.error(Code.INVALID_PERCENT, scalar.at(), "'" + key + "' is the text '" + wording
                            + "', but '" + matcher.group(1) + "' is not a word the portal reads before a percentage",
                    "write the number as published (66.3), or one of these words before it, in quotes: "
                            + String.join(", ", QUALIFIERS.keySet().stream().map(w -> "\"" + w + " 95\"").toList()));
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(matcher.group(2).replace(',', '.'));
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            diagnostics.error(Code.INVALID_PERCENT, scalar.at(), "'" + key + "' is '" + wording
                    + "', but a percentage lies between 0 and 100", "write the percentage as published, e.g. \"trên 95\"");
            return Optional.empty();
        }
        return Optional.of(new PublishedPercent(value, bound, wording));
    }

    /** The text stripped, its accents composed: "gần" typed on a Mac matches the word. */
    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** A published percentage, from 0 to 100, in plain digits. */
    private static Optional<BigDecimal> plainPercent(String key, YamlNode node, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Scalar scalar
                && (scalar.kind() == YamlNode.Scalar.Kind.INTEGER || scalar.kind() == YamlNode.Scalar.Kind.DECIMAL)) {
            String text = scalar.text().strip();
            if (!PLAIN_DECIMAL.matcher(text).matches()) {
                boolean outOfRange = text.startsWith("-") && PLAIN_DECIMAL.matcher(text.substring(1)).matches();
                diagnostics.error(Code.INVALID_PERCENT, node.at(), outOfRange
                                ? "'" + key + "' is " + text + ", but a percentage lies between 0 and 100"
                                : "'" + key + "' must be a percentage in plain digits, but '" + text + "' is "
                                        + numberForm(text),
                        outOfRange ? "write the percentage as published, e.g. 66.3" : plainDigitsHint(key, text, false));
                return Optional.empty();
            }
            BigDecimal value = new BigDecimal(text);
            if (value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return Optional.of(value);
            }
            diagnostics.error(Code.INVALID_PERCENT, node.at(), "'" + key + "' is " + text
                    + ", but a percentage lies between 0 and 100", "write the percentage as published, e.g. 66.3");
            return Optional.empty();
        }
        String hint = node instanceof YamlNode.Scalar scalar && scalar.text().matches("\\d+,\\d+%?")
                ? "write a dot as the decimal separator and no % sign: " + scalar.text().replace(',', '.').replace("%", "")
                : "write the number as published, without a % sign, e.g. 66.3";
        diagnostics.error(Code.INVALID_PERCENT, node.at(), "'" + key + "' must be a number, but this is "
                + node.describe(), hint);
        return Optional.empty();
    }

    Optional<LocalDate> date(String key, boolean required) {
        return text(key, required).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                boolean shaped = text.matches("\\d{4}-\\d{2}-\\d{2}");
                diagnostics.error(Code.INVALID_DATE, valueAt(key), shaped ? "'" + text + "' is not a date in the calendar"
                                : "'" + key + "' must be a date written YYYY-MM-DD, but this is '" + text + "'",
                        shaped ? "check the day and the month" : "for 3 May 2013 write 2013-05-03");
                return Optional.empty();
            }
        });
    }

    Optional<OffsetDateTime> dateTime(String key, boolean required) {
        return text(key, required).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text));
            } catch (DateTimeParseException e) {
                diagnostics.error(Code.INVALID_DATE, valueAt(key), "'" + key
                                + "' must be a date and time with its time zone, but this is '" + text + "'",
                        "for 3 May 2013, 15:00 in Vietnam write 2013-05-03T15:00:00+07:00");
                return Optional.empty();
            }
        });
    }

    /** The items of a list value; a missing optional list is an empty list. */
    Optional<List<YamlNode>> list(String key, boolean required) {
        return node(key, required).flatMap(node -> {
            if (node instanceof YamlNode.Sequence sequence) {
                return Optional.of(sequence.items());
            }
            diagnostics.error(Code.WRONG_TYPE, node.at(), "'" + key + "' must be a list, but this is " + node.describe(),
                    "write one item per line, each starting with '- ', or [a, b] on one line");
            return Optional.empty();
        });
    }

    /** A list of plain texts, such as tags. */
    List<String> texts(String key) {
        return list(key, false).orElse(List.of()).stream()
                .flatMap(item -> {
                    if (item instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.Scalar.Kind.NULL) {
                        return Stream.of(scalar.text().strip());
                    }
                    diagnostics.error(Code.WRONG_TYPE, item.at(), "each item of '" + key + "' must be text, but this is "
                            + item.describe(), "write one item per line, each starting with '- '");
                    return Stream.empty();
                })
                .toList();
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.NULL;
    }
}
