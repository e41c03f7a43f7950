package vn.reviewportal.stats;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.Reviewed;

/**
 * The computed figures of one organization in one period: its shortcoming groups in the
 * period's order, their total, and the counts reported beside them.
 */
public record OrganizationFigures(String organizationId, int year, String source, Optional<Reviewed> reviewed,
                                  OptionalLong suggestedContents, List<GroupFigures> groups, GroupFigures total,
                                  List<CommentCount> comments, long commentsTotal, Optional<Discipline> discipline) {

    public OrganizationFigures {
        groups = List.copyOf(groups);
        comments = List.copyOf(comments);
    }
}
