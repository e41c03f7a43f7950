package vn.reviewportal.model;

import java.util.List;
import vn.reviewportal.diag.Position;

/** How many were rated, and how many received each level of the period's scale. */
public record RatingCounts(long rated, Position ratedAt, List<LevelCount> counts) {

    public RatingCounts {
        counts = List.copyOf(counts);
    }

    public record LevelCount(Ref level, long count) {
    }

    public long total() {
        return counts.stream().mapToLong(LevelCount::count).sum();
    }
}
