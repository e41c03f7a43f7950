package vn.reviewportal.stats;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingLevel;

/**
 * The quality ratings of one population in one period: how many were rated (unknown where the
 * source does not say), how many received each level of the period's scale, best first, and who
 * was not rated.
 */
public record RatingFigures(Population subject, OptionalLong rated, List<Level> levels, Scope scope) {

    public RatingFigures {
        levels = List.copyOf(levels);
    }

    /**
     * One level of the scale, a part of a level, or a cumulative level.
     *
     * @param count    how many received it; unknown where the source does not give this level
     *                 (never taken as 0); for a cumulative level not published, the sum of its
     *                 parts when all are known
     * @param partial  whether the count is a sum over subordinates of which some do not give it
     * @param reported the percentage the source published for this level, when it did
     * @param partOf   for a part of a level, that level's id
     * @param sumOf    for a cumulative level, the ids of its parts
     */
    public record Level(String id, String label, OptionalLong count, boolean partial, Optional<PublishedPercent> reported,
                        RatingLevel.Kind kind, Optional<String> partOf, List<String> sumOf) {
        public Level {
            sumOf = List.copyOf(sumOf);
        }

        /** A level proper, as a test or a scale without parts and sums has. */
        public Level(String id, String label, OptionalLong count, boolean partial, Optional<PublishedPercent> reported) {
            this(id, label, count, partial, reported, RatingLevel.Kind.LEVEL, Optional.empty(), List.of());
        }
    }

    /**
     * Who was in scope besides those rated, each unknown where not given.
     *
     * @param percentOf the base the published percentages are of
     */
    public record Scope(OptionalLong total, OptionalLong exempt, OptionalLong notRated, Optional<String> notRatedReason,
                        RatingCounts.PercentBase percentOf) {

        public static final Scope NONE = new Scope(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), RatingCounts.PercentBase.RATED);
    }

    /** Whether the source published a percentage for some level. */
    public boolean anyReported() {
        return levels.stream().anyMatch(l -> l.reported().isPresent());
    }

    /** A level's share of those rated; none where its count is unknown. */
    public Optional<Percent> share(Level level) {
        return level.count().isPresent() && rated.isPresent() ? Percent.of(level.count().getAsLong(), rated.getAsLong())
                : Optional.empty();
    }

    /** Whether some level's count is unknown or partial. */
    public boolean incomplete() {
        return levels.stream().filter(l -> l.kind() == RatingLevel.Kind.LEVEL)
                .anyMatch(l -> l.count().isEmpty() || l.partial());
    }

    /** The levels proper, which add up to those rated: no part of a level and no cumulative level. */
    public List<Level> proper() {
        return levels.stream().filter(l -> l.kind() == RatingLevel.Kind.LEVEL).toList();
    }
}
