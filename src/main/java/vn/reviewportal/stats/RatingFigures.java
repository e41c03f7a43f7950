package vn.reviewportal.stats;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.model.Percent;

/**
 * The quality ratings of one subject (organizations or members) in one period: how many were
 * rated and how many received each level of the period's scale, best first.
 */
public record RatingFigures(Subject subject, long rated, List<Level> levels) {

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

    public record Level(String id, String label, long count) {
    }

    /** A level's share of those rated. */
    public Optional<Percent> share(Level level) {
        return Percent.of(level.count(), rated);
    }
}
