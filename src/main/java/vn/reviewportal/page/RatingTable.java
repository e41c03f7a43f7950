package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.RatingFigures;

/**
 * The levels of one rating as a table: the count of each, its share of those rated, and the
 * percentage the source published where it did. The results block and the rating chart's data
 * show the same rows; only the results block marks what the check found.
 */
final class RatingTable {

    private RatingTable() {
    }

    /**
     * What the check found about one rating, read here and decided there.
     *
     * @param doNotSum   whether the levels do not add up to those rated
     * @param overRated  the levels that alone count more than were rated
     * @param mismatched the levels whose published percentage their count does not give
     */
    record Marks(boolean doNotSum, Set<String> overRated, Set<String> mismatched) {
        static final Marks NONE = new Marks(false, Set.of(), Set.of());

        Marks {
            overRated = Set.copyOf(overRated);
            mismatched = Set.copyOf(mismatched);
        }
    }

    /** A table of the levels of {@code rating}, one row each, marked as {@code marks} says; no total row yet. */
    static TableBuilder levels(String path, String caption, RatingFigures rating, Marks marks, Messages messages,
                               Formats formats) {
        TableBuilder table = new TableBuilder(path, caption)
                .column("level", messages.get("ratings.level"), false)
                .column("count", messages.get("ratings.count"), true)
                .column("share_percent", messages.get("ratings.share"), true);
        boolean published = rating.anyReported();
        if (published) {
            table.column("reported_percent", messages.get("results.reported"), true);
        }
        for (RatingFigures.Level level : rating.levels()) {
            List<Value> row = new ArrayList<>(List.of(Value.text(level.label()),
                    table.count(level.count(), level.partial(), messages, formats)
                            .flagged(marks.overRated().contains(level.id()) ? messages.get("ratings.over-rated") : null),
                    Value.percent(rating.share(level), formats)));
            if (published) {
                row.add(level.reported().map(p -> Value.published(p, formats)).orElse(Value.empty())
                        .flagged(marks.mismatched().contains(level.id()) ? messages.get("results.differs") : null));
            }
            table.row(row);
        }
        return table;
    }
}
