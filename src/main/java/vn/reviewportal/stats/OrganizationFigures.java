package vn.reviewportal.stats;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Reviewed;

/**
 * The figures of one organization in one period: as it reported them, or, where it reported
 * none, added up from its subordinate organizations. Groups, comments and rating levels are in
 * the period's order.
 *
 * @param children          how many subordinate organizations it has
 * @param childrenReporting how many of them have figures this period
 */
public record OrganizationFigures(String organizationId, PeriodSpan period, Basis basis, int children, int childrenReporting,
                                  String source, Optional<Reviewed> reviewed, OptionalLong suggestedContents,
                                  List<GroupFigures> groups, GroupFigures total, List<CommentFigures> comments,
                                  long commentsTotal, Optional<DisciplineFigures> discipline,
                                  List<RatingFigures> ratings, MemberFigures members) {

    /** Where the figures come from. */
    public enum Basis {
        /** Stated by the organization's own result. */
        REPORTED,
        /** Added up from the subordinate organizations' figures. */
        ROLLED_UP
    }

    public OrganizationFigures {
        groups = List.copyOf(groups);
        comments = List.copyOf(comments);
        ratings = List.copyOf(ratings);
    }

    /** Comments given at one level to one target. */
    public record CommentFigures(String levelId, String level, String targetId, String target, long count) {
    }

    /**
     * The members in all and those admitted in the year: empty where the source gives none (never
     * 0); partial where it is a sum over subordinates of which some do not give it.
     */
    public record MemberFigures(OptionalLong total, boolean totalPartial, OptionalLong admitted,
                                boolean admittedPartial) {
        /** Neither figure given. */
        public static final MemberFigures NONE = new MemberFigures(OptionalLong.empty(), false, OptionalLong.empty(), false);

        public boolean given() {
            return total.isPresent() || admitted.isPresent();
        }
    }

    /** Members disciplined, and how many of them sit on a committee. */
    public record DisciplineFigures(long members, long committeeMembers) {
    }
}
