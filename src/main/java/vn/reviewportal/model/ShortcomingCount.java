package vn.reviewportal.model;

import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * Shortcomings (khuyết điểm) found in one group and how many of them are fully remediated.
 * {@code reportedPercent} is the percentage as the source published it, kept only to be checked.
 */
public record ShortcomingCount(Ref group, long found, long remediated, Optional<PublishedPercent> reportedPercent,
                               Position foundAt, Position remediatedAt, Position reportedAt) {

    /** Shortcomings still being remediated: never negative once the content is checked. */
    public long inProgress() {
        return found - remediated;
    }

    public Optional<Percent> rate() {
        return Percent.of(remediated, found);
    }
}
