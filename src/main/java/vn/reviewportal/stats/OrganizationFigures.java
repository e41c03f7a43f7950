package vn.reviewportal.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.PublishedPercent;
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
                                  List<RatingFigures> ratings, MemberFigures members, StructureFigures structure) {

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

    /**
     * What the body is made of, as its own result says (unknown where it does not), and how many
     * of the grassroots organizations below it (<i>tổ chức cơ sở đảng</i>: the first grassroots
     * level on each branch of the tree) have figures this period: what a sum over them covers.
     */
    public record StructureFigures(OptionalLong grassrootsOrganizations, OptionalLong cells, int grassrootsReporting) {
        /** Nothing said of the body, and nothing below it. */
        public static final StructureFigures NONE = new StructureFigures(OptionalLong.empty(), OptionalLong.empty(), 0);

        public boolean given() {
            return grassrootsOrganizations.isPresent() || cells.isPresent();
        }
    }

    /**
     * A count the source may not give: empty where it does not (never 0); partial where it is a
     * sum over subordinates of which some do not give it.
     */
    public record Count(OptionalLong value, boolean partial) {
        public static final Count UNKNOWN = new Count(OptionalLong.empty(), false);

        public static Count of(OptionalLong value) {
            return new Count(value, false);
        }

        public boolean known() {
            return value.isPresent();
        }
    }

    /**
     * Discipline (thi hành kỷ luật): the members disciplined, the committee members among them,
     * the organizations disciplined, and the members by form, each unknown where the source does
     * not give it.
     *
     * @param forms    every form of the period, mildest first, each unknown where it is not given
     * @param reported the published share of members disciplined among all members
     */
    public record DisciplineFigures(Count members, Count committeeMembers, Count organizations, List<Form> forms,
                                    Optional<PublishedPercent> reported) {

        public DisciplineFigures {
            forms = List.copyOf(forms);
        }

        /** The members disciplined with one form of the period. */
        public record Form(String id, String label, Count count) {
        }

        /** Whether the source gives some form. */
        public boolean anyForm() {
            return forms.stream().anyMatch(f -> f.count().known());
        }

        /** Whether the source gives every form, none of them a partial sum. */
        public boolean everyForm() {
            return forms.stream().allMatch(f -> f.count().known() && !f.count().partial());
        }

        /** The forms given, added up; partial where some form is unknown or partial; unknown where none is given. */
        public Count formsTotal() {
            long total = 0;
            for (Form f : forms) {
                total += f.count().value().orElse(0);
            }
            return anyForm() ? new Count(OptionalLong.of(total), !everyForm()) : Count.UNKNOWN;
        }
    }
}
