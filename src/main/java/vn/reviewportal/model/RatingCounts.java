package vn.reviewportal.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.diag.Position;

/**
 * How many of a population were rated (unknown where the source does not say), how many received
 * each level of the period's scale that the source gives, the percentages it published per level
 * (often the only figure a report gives), and who was not rated.
 */
public record RatingCounts(Population population, OptionalLong rated, Position ratedAt, List<LevelCount> counts,
                           List<LevelPercent> reported, Scope scope) {

    public RatingCounts {
        counts = List.copyOf(counts);
        reported = List.copyOf(reported);
    }

    /** @param at where the count is written */
    public record LevelCount(Ref level, long count, Position at) {
    }

    /** A level's percentage as the source published it, kept as published. */
    public record LevelPercent(Ref level, PublishedPercent percent, Position at) {
    }

    /** Which base the published percentages of a rating are of. */
    public enum PercentBase {
        /** Those rated (the default). */
        RATED,
        /** All in scope: those rated, exempt and not rated. */
        TOTAL
    }

    /**
     * Who is in scope of a rating besides those rated, each figure unknown where the source does
     * not give it.
     *
     * @param total          all in scope (e.g. all the members)
     * @param exempt         exempt from rating (miễn đánh giá)
     * @param notRated       not rated (chưa đánh giá)
     * @param notRatedReason why, as the source says
     * @param percentOf      the base of the published percentages
     */
    public record Scope(OptionalLong total, OptionalLong exempt, OptionalLong notRated, Optional<String> notRatedReason,
                        PercentBase percentOf, Position totalAt, Position exemptAt, Position notRatedAt) {
    }

    public Optional<LevelCount> count(String levelId) {
        return counts.stream().filter(c -> c.level().id().equals(levelId)).findFirst();
    }

    public Optional<LevelPercent> reported(String levelId) {
        return reported.stream().filter(p -> p.level().id().equals(levelId)).findFirst();
    }
}
