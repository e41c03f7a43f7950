package vn.reviewportal.stats;

import java.util.Optional;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;

/**
 * Shortcomings of one group (or of all groups together) for one organization and period.
 *
 * @param reported the percentage the source published, when it did
 * @param coverage whether the counts are all the source could give: a total of the groups
 *                 given, when the source gives only some, is partial; one of none is unknown
 */
public record GroupFigures(String groupId, String label, long found, long remediated, Optional<PublishedPercent> reported,
                           Coverage coverage) {

    /** How much of what the figures stand for the source gave. */
    public enum Coverage {
        /** Every part was given. */
        COMPLETE,
        /** Added up from some of the parts only: of the groups, or of the subordinates. */
        PARTIAL,
        /** Nothing was given: the counts are unknown, not 0. */
        NONE
    }

    public boolean known() {
        return coverage != Coverage.NONE;
    }

    public long inProgress() {
        return found - remediated;
    }

    /** The share remediated; none where nothing was found, or nothing was given. */
    public Optional<Percent> rate() {
        return known() ? Percent.of(remediated, found) : Optional.empty();
    }
}
