package vn.reviewportal.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.diag.Position;

/**
 * Something about the figures a reader should know: they are published as they are, but they
 * do not agree with each other. Each finding is both a console warning and a line on the
 * data-quality page.
 */
public sealed interface QualityFinding {

    Position at();

    /** Why the figures likely disagree, where the check looked for it; empty where it did not or nothing single fits. */
    default Optional<MismatchCause> likelyCause() {
        return Optional.empty();
    }

    /**
     * Whether the disagreement is the source's rule rather than a wrong figure: a share truncated
     * instead of rounded, or nudged to add up to 100. Such findings are notes, not warnings.
     */
    default boolean minor() {
        return likelyCause().filter(c -> c instanceof MismatchCause.Truncated || c instanceof MismatchCause.ForcedTo100)
                .isPresent();
    }

    /** A published percentage that its own counts do not give (the seed's 66.3 % for 497/747). */
    record PercentMismatch(Position at, PeriodSpan period, String organizationId, String groupId, long remediated,
                           long found, PublishedPercent reported, Percent computed, MismatchCause cause)
            implements QualityFinding {
        @Override
        public Optional<MismatchCause> likelyCause() {
            return Optional.of(cause);
        }
    }

    /**
     * A published percentage of a rating level that its count and its base do not give.
     *
     * @param base    the number the percentage is of: those rated, or all in scope when {@code ofTotal}
     */
    record RatingPercentMismatch(Position at, PeriodSpan period, String organizationId, String subject, String levelId,
                                 long count, long base, PublishedPercent reported, Percent computed, boolean ofTotal,
                                 MismatchCause cause) implements QualityFinding {
        @Override
        public Optional<MismatchCause> likelyCause() {
            return Optional.of(cause);
        }
    }

    /** A published percentage of a group in which no shortcoming was found: nothing to compute it from. */
    record PercentWithoutCount(Position at, PeriodSpan period, String organizationId, String groupId, PublishedPercent reported)
            implements QualityFinding {
    }

    /** A total an organization states that its subordinate organizations' figures do not add up to. */
    record ChildrenDoNotSum(Position at, PeriodSpan period, String organizationId, String key, String subject, long stated,
                            long sum, Position partsAt, Optional<MismatchCause.Typo> typo) implements QualityFinding {
        @Override
        public Optional<MismatchCause> likelyCause() {
            return typo.map(MismatchCause.class::cast);
        }
    }

    /** More grassroots organizations below a body have figures than its structure says it has. */
    record GrassrootsExceedStructure(Position at, PeriodSpan period, String organizationId, long stated, long reporting)
            implements QualityFinding {
    }

    /** A share stated in an article's text that its counts there do not give ("1.356/1.468 ... 97,8 %"). */
    record ArticlePercentMismatch(Position at, String articleSlug, String articleTitle, String text,
                                  PublishedPercent published, Percent computed, MismatchCause cause)
            implements QualityFinding {
        @Override
        public Optional<MismatchCause> likelyCause() {
            return Optional.of(cause);
        }
    }

    /**
     * A count in an article's text that the period's data for the same organization does not give
     * ("phát hiện 747 khuyết điểm" where the data add up to 750).
     *
     * @param figure what the text counts, as a key: "found", "remediated", "disciplined", "grassroots"
     */
    record ArticleContradictsData(Position at, String articleSlug, String articleTitle, String text, String figure,
                                  long written, long data, PeriodSpan period, String organizationId,
                                  Optional<MismatchCause.Typo> typo) implements QualityFinding {
        @Override
        public Optional<MismatchCause> likelyCause() {
            return typo.map(MismatchCause.class::cast);
        }
    }

    /**
     * Rating counts per level whose sum is not the number rated.
     *
     * @param overRated the levels whose count alone is larger than the number rated
     */
    record RatingsDoNotSum(Position at, PeriodSpan period, String organizationId, String subject, long rated, long sum,
                           List<String> overRated, Optional<MismatchCause.Typo> typo) implements QualityFinding {
        public RatingsDoNotSum {
            overRated = List.copyOf(overRated);
        }

        @Override
        public Optional<MismatchCause> likelyCause() {
            return typo.map(MismatchCause.class::cast);
        }
    }

    /**
     * Members disciplined by form whose sum is not the number disciplined: every form of the period
     * given and a different sum, or only some given and more than that number.
     *
     * @param every whether the source gives every form of the period
     */
    record DisciplineFormsDoNotSum(Position at, PeriodSpan period, String organizationId, long members, long sum,
                                   boolean every, Optional<MismatchCause.Typo> typo) implements QualityFinding {
        @Override
        public Optional<MismatchCause> likelyCause() {
            return typo.map(MismatchCause.class::cast);
        }
    }

    /** A published share of members disciplined that the members disciplined and the members in all do not give. */
    record DisciplinePercentMismatch(Position at, PeriodSpan period, String organizationId, long disciplined, long members,
                                     PublishedPercent reported, Percent computed, MismatchCause cause)
            implements QualityFinding {
        @Override
        public Optional<MismatchCause> likelyCause() {
            return Optional.of(cause);
        }
    }

    /** A sub-level ("trong đó … tiêu biểu") whose count is larger than its level's. */
    record SublevelExceedsLevel(Position at, PeriodSpan period, String organizationId, String subject, String levelId,
                                long count, String partOfId, long partOfCount) implements QualityFinding {
    }

    /**
     * A cumulative level ("… trở lên") published as a count or a percentage that the sum of its
     * parts does not give.
     *
     * @param publishedCount   the count published for the cumulative level, when it is the one checked
     * @param publishedPercent the percentage published for it, when that is the one checked
     * @param parts     the parts' ids, in scale order
     * @param sum       the parts' counts added up
     * @param computed  the sum's share, where a percentage was published; else empty
     */
    record CumulativeMismatch(Position at, PeriodSpan period, String organizationId, String subject, String levelId,
                              OptionalLong publishedCount, Optional<PublishedPercent> publishedPercent,
                              List<String> parts, long sum, Optional<Percent> computed) implements QualityFinding {
        public CumulativeMismatch {
            parts = List.copyOf(parts);
        }
    }

    /** Those rated, exempt and not rated, which do not add up to all in scope (or exceed it). */
    record RatingBaseDoesNotAddUp(Position at, PeriodSpan period, String organizationId, String subject, long total,
                                  OptionalLong rated, OptionalLong exempt,
                                  OptionalLong notRated) implements QualityFinding {
    }

    /**
     * A change against the previous period as published ("tăng 2,4%") that the two periods' figures
     * do not give, read as points nor as a relative change.
     *
     * @param previous the previous period of the same kind, whose figure {@code before} is
     * @param check    what the figures give: the difference in points (shares), the relative change
     */
    record ChangeMismatch(Position at, PeriodSpan period, String organizationId, PublishedChange change,
                          PeriodSpan previous, ChangeFigures.Value before, ChangeFigures.Value now, ChangeCheck check)
            implements QualityFinding {
    }
}
