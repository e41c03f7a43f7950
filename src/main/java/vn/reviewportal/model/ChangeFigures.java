package vn.reviewportal.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The figures of a result that a published change ({@link PublishedChange}) may name, one row per
 * kind of figure: its key, the period's vocabulary that completes the key (a rating level, a
 * group), and where the figure is in a result. Another population is one more row.
 */
public final class ChangeFigures {

    /** A figure's value in one result: a count, or a share in percent. */
    public sealed interface Value {
    }

    public record Count(long count) implements Value {
    }

    /**
     * A share in percent: computed from its counts where they are given, else as the source
     * published it.
     *
     * @param percent the share, exact to ten decimals where computed
     * @param shown   the share as a page shows it: rounded to one decimal, or as published
     */
    public record Share(BigDecimal percent, BigDecimal shown) implements Value {
        static Share of(Percent percent) {
            return new Share(percent.rounded(10), percent.rounded());
        }

        static Share published(BigDecimal percent) {
            return new Share(percent, percent);
        }
    }

    /**
     * One kind of figure.
     *
     * @param key        the key, or its beginning when {@code vocabulary} completes it ({@code shortcomings.})
     * @param share      whether it is a share (else a count)
     * @param vocabulary the ids that complete the key in a period, or null for a key on its own
     * @param value      the figure in a result, for the id that completes the key (null for a key on its own)
     */
    private record Row(String key, boolean share, Function<Period, List<Label>> vocabulary,
                       BiFunction<Result, String, Optional<Value>> value) {
    }

    private static final List<Row> ROWS = rows();

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("members.total", false, null, (r, id) -> count(r.members().map(Membership::total))));
        rows.add(new Row("members.admitted", false, null, (r, id) -> count(r.members().map(Membership::admitted))));
        for (Population population : Population.values()) {
            rows.add(new Row("ratings." + population.key() + ".", true, p -> p.ratingScales().of(population).stream()
                    .map(l -> new Label(l.id(), l.label(), l.at())).toList(),
                    (r, level) -> share(r.ratings().flatMap(x -> x.of(population)), level)));
        }
        rows.add(new Row("shortcomings.", true, Period::groups, (r, group) -> r.shortcomings().stream()
                .filter(s -> s.group().id().equals(group)).findFirst()
                .flatMap(ShortcomingCount::rate).map(Share::of)));
        return List.copyOf(rows);
    }

    private ChangeFigures() {
    }

    /** Every key a change may name in {@code period}, in the order of the rows and of the period's lists. */
    public static List<String> keys(Period period) {
        List<String> keys = new ArrayList<>();
        for (Row row : ROWS) {
            if (row.vocabulary() == null) {
                keys.add(row.key());
            } else {
                row.vocabulary().apply(period).forEach(l -> keys.add(row.key() + l.id()));
            }
        }
        return keys;
    }

    /** Whether the figure is a share (its change may be in points), else a count. */
    public static boolean isShare(String key) {
        return row(key).map(Row::share).orElse(false);
    }

    /**
     * The kind of figure a key names, for the UI texts, and the id that completes it:
     * {@code shortcomings.ca-nhan} is {@code shortcomings} and {@code ca-nhan}; {@code members.total}
     * is itself and "".
     */
    public record Kind(String kind, String item) {
    }

    /** The kind of figure a key names; empty for a key that names none. */
    public static Optional<Kind> kind(String key) {
        return row(key).map(row -> row.vocabulary() == null ? new Kind(row.key(), "")
                : new Kind(row.key().substring(0, row.key().length() - 1), key.substring(row.key().length())));
    }

    /** The label of the id that completes the key in {@code period}, or the id where it declares none. */
    public static String itemLabel(String key, Period period) {
        Row row = row(key).orElseThrow();
        if (row.vocabulary() == null) {
            return "";
        }
        String id = key.substring(row.key().length());
        return row.vocabulary().apply(period).stream().filter(l -> l.id().equals(id)).map(Label::label)
                .findFirst().orElse(id);
    }

    /** The figure the key names in a result; empty where the result does not give it (unknown, never 0). */
    public static Optional<Value> of(String key, Result result) {
        return row(key).flatMap(row -> row.value().apply(result,
                row.vocabulary() == null ? null : key.substring(row.key().length())));
    }

    private static Optional<Row> row(String key) {
        return ROWS.stream().filter(r -> r.vocabulary() == null ? r.key().equals(key)
                : key.startsWith(r.key()) && key.length() > r.key().length()).findFirst();
    }

    private static Optional<Value> count(Optional<OptionalLong> count) {
        return count.filter(OptionalLong::isPresent).map(c -> new Count(c.getAsLong()));
    }

    private static Optional<Value> share(Optional<RatingCounts> counts, String level) {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        RatingCounts c = counts.get();
        Optional<Value> computed = c.rated().isPresent() ? c.counts().stream()
                .filter(l -> l.level().id().equals(level)).findFirst()
                .flatMap(l -> Percent.of(l.count(), c.rated().getAsLong())).map(Share::of) : Optional.empty();
        // A bound ("trên 95%") is no figure to compute a change from: only a plain published share is.
        return computed.or(() -> c.reported().stream().filter(l -> l.level().id().equals(level)).findFirst()
                .filter(l -> l.percent().exact()).map(l -> Share.published(l.percent().value())));
    }
}
