package vn.reviewportal.stats;

import java.math.BigDecimal;
import java.util.Optional;
import vn.reviewportal.model.Percent;

/**
 * Shortcomings of one group (or of all groups together) for one organization and period.
 *
 * @param reported the percentage the source published, when it did
 */
public record GroupFigures(String groupId, String label, long found, long remediated, Optional<BigDecimal> reported) {

    public long inProgress() {
        return found - remediated;
    }

    public Optional<Percent> rate() {
        return Percent.of(remediated, found);
    }
}
