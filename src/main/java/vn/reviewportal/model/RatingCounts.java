package vn.reviewportal.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import vn.reviewportal.diag.Position;

/**
 * How many were rated (unknown where the source does not say), how many received each level of the period's scale that the source gives,
 * and the percentages it published per level (often the only figure a report gives).
 */
public record RatingCounts(OptionalLong rated, Position ratedAt, List<LevelCount> counts, List<LevelPercent> reported) {

    public RatingCounts {
        counts = List.copyOf(counts);
        reported = List.copyOf(reported);
    }

    public record LevelCount(Ref level, long count) {
    }

    /** A level's percentage as the source published it, kept as published. */
    public record LevelPercent(Ref level, BigDecimal percent, Position at) {
    }

    public long total() {
        return counts.stream().mapToLong(LevelCount::count).sum();
    }
}
