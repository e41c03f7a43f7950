package vn.reviewportal.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.model.Percent;

/**
 * The quality ratings of one subject (organizations or members) in one period: how many were
 * rated (unknown where the source does not say) and how many received each level of the period's scale, best first.
 */
public record RatingFigures(Subject subject, OptionalLong rated, List<Level> levels) {

    public enum Subject {
        ORGANIZATIONS("organizations"), MEMBERS("members");

        private final String key;

        Subject(String key) {
            this.key = key;
        }

        /** The YAML key, also used in UI text keys and file names. */
        public String key() {
            return key;
        }
    }

    public RatingFigures {
        levels = List.copyOf(levels);
    }

    /**
     * One level of the scale.
     *
     * @param count   how many received it; unknown where the source does not give this level
     *                (never taken as 0)
     * @param partial whether the count is a sum over subordinates of which some do not give it
     * @param reported the percentage the source published for this level, when it did
     */
    public record Level(String id, String label, OptionalLong count, boolean partial, Optional<BigDecimal> reported) {
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
        return levels.stream().anyMatch(l -> l.count().isEmpty() || l.partial());
    }
}
