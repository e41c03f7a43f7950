package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.RatingFigures;

/**
 * The levels of one rating as a table: the count of each, its share of those rated, and the
 * percentage the source published where it did. The results block shows every row and marks what
 * the check found; the rating chart's data shows the levels proper, as the chart draws them.
 */
final class RatingTable {

    private RatingTable() {
    }

    /** How a part of a level is set in from its level on the page (the downloads have the text alone). */
    static final String INDENT = "\u00a0\u00a0\u00a0\u00a0";

    /**
     * What the check found about one rating, read here and decided there.
     *
     * @param doNotSum          whether the levels do not add up to those rated
     * @param overRated         the levels that alone count more than were rated
     * @param mismatched        the levels whose published percentage their count does not give
     * @param exceedLevel       the parts of levels that count more than their level
     * @param sumCountDiffers   the cumulative levels whose published count their parts do not give
     * @param sumPercentDiffers the cumulative levels whose published percentage their parts do not give
     * @param baseDoesNotAddUp  whether those rated, exempt and not rated do not make up all in scope
     */
    record Marks(boolean doNotSum, Set<String> overRated, Set<String> mismatched, Set<String> exceedLevel,
                 Set<String> sumCountDiffers, Set<String> sumPercentDiffers, boolean baseDoesNotAddUp) {
        static final Marks NONE = new Marks(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);

        Marks {
            overRated = Set.copyOf(overRated);
            mismatched = Set.copyOf(mismatched);
            exceedLevel = Set.copyOf(exceedLevel);
            sumCountDiffers = Set.copyOf(sumCountDiffers);
            sumPercentDiffers = Set.copyOf(sumPercentDiffers);
        }
    }

    /**
     * A table of the levels of {@code rating}, one row each, marked as {@code marks} says; no total
     * row yet. Each part of a level ("trong đó …") comes right under its level, set in; the
     * cumulative levels come after the levels, with a note of what each adds up; then those
     * exempt, not rated and in all, where the source gives them.
     */
    static TableBuilder levels(String path, String caption, RatingFigures rating, Marks marks, Messages messages,
                               Formats formats) {
        TableBuilder table = columns(path, caption, rating, messages);
        for (RatingFigures.Level level : rating.proper()) {
            levelRow(table, level, level.label(), level.label(), rating, marks, messages, formats);
            for (RatingFigures.Level part : rating.levels()) {
                if (part.kind() == RatingLevel.Kind.PART && part.partOf().orElseThrow().equals(level.id())) {
                    String text = messages.get("ratings.part", withoutOfWhich(part.label()));
                    levelRow(table, part, text, INDENT + text, rating, marks, messages, formats);
                }
            }
        }
        for (RatingFigures.Level sum : rating.levels()) {
            if (sum.kind() == RatingLevel.Kind.SUM) {
                levelRow(table, sum, sum.label(), sum.label(), rating, marks, messages, formats);
                table.note(messages.get("ratings.sum-note", sum.label(), sum.sumOf().stream()
                        .map(id -> rating.levels().stream().filter(l -> l.id().equals(id)).findFirst()
                                .map(RatingFigures.Level::label).orElse(id))
                        .collect(Collectors.joining(" + "))));
            }
        }
        RatingFigures.Scope scope = rating.scope();
        scope.exempt().ifPresent(n -> scopeRow(table, messages.get("ratings.exempt"), OptionalLong.of(n), false,
                rating, messages, formats));
        if (scope.notRated().isPresent() || scope.notRatedReason().isPresent()) {
            scopeRow(table, scope.notRatedReason().map(r -> messages.get("ratings.not-rated-because", r))
                    .orElse(messages.get("ratings.not-rated")), scope.notRated(), false, rating, messages, formats);
        }
        scope.total().ifPresent(n -> scopeRow(table, messages.get("ratings.in-scope"), OptionalLong.of(n),
                marks.baseDoesNotAddUp(), rating, messages, formats));
        if (rating.anyReported() && scope.percentOf() == RatingCounts.PercentBase.TOTAL) {
            table.note(messages.get("ratings.percent-of-total"));
        }
        return table;
    }

    /**
     * The table of a rating chart's data: the levels proper only, as the chart draws them (a part
     * of a level or a sum of levels drawn as a bar would read as a level of its own).
     */
    static TableBuilder chartLevels(String path, String caption, RatingFigures rating, Messages messages,
                                    Formats formats) {
        TableBuilder table = columns(path, caption, rating, messages);
        for (RatingFigures.Level level : rating.proper()) {
            levelRow(table, level, level.label(), level.label(), rating, Marks.NONE, messages, formats);
        }
        return table;
    }

    private static TableBuilder columns(String path, String caption, RatingFigures rating, Messages messages) {
        TableBuilder table = new TableBuilder(path, caption)
                .column("level", messages.get("ratings.level"), false)
                .column("count", messages.get("ratings.count"), true)
                .column("share_percent", messages.get("ratings.share"), true);
        if (rating.anyReported()) {
            table.column("reported_percent", messages.get("results.reported"), true);
        }
        return table;
    }

    private static void levelRow(TableBuilder table, RatingFigures.Level level, String text, String shown,
                                 RatingFigures rating, Marks marks, Messages messages, Formats formats) {
        String countFlag = marks.overRated().contains(level.id()) ? messages.get("ratings.over-rated")
                : marks.exceedLevel().contains(level.id()) ? messages.get("ratings.exceeds-level")
                : marks.sumCountDiffers().contains(level.id()) ? messages.get("ratings.sum-differs") : null;
        List<Value> row = new ArrayList<>(List.of(new Value(text, Views.Cell.of(shown)),
                table.count(level.count(), level.partial(), messages, formats).flagged(countFlag),
                Value.percent(rating.share(level), formats)));
        if (rating.anyReported()) {
            row.add(level.reported().map(p -> Value.published(p, formats)).orElse(Value.empty())
                    .flagged(marks.mismatched().contains(level.id()) ? messages.get("results.differs")
                            : marks.sumPercentDiffers().contains(level.id()) ? messages.get("ratings.sum-differs")
                            : null));
        }
        table.row(row);
    }

    /** Those exempt, not rated or in all: a count, no share of those rated (they are not among them). */
    private static void scopeRow(TableBuilder table, String text, OptionalLong count, boolean flagged,
                                 RatingFigures rating, Messages messages, Formats formats) {
        List<Value> row = new ArrayList<>(List.of(Value.text(text), table.count(count, false, messages, formats)
                .flagged(flagged ? messages.get("ratings.base-does-not-add-up") : null), Value.empty()));
        if (rating.anyReported()) {
            row.add(Value.empty());
        }
        table.row(row);
    }

    /** "Trong đó: tiêu biểu" as a scale may label it, without its "trong đó", which the row adds. */
    static String withoutOfWhich(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("trong đó:", "trong đó", "of which:", "of which")) {
            if (lower.startsWith(prefix)) {
                return label.substring(prefix.length()).strip();
            }
        }
        return label;
    }
}
