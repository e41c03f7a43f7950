package vn.reviewportal.model;

import java.math.BigDecimal;
import java.util.List;
import vn.reviewportal.diag.Position;

/**
 * Something about the figures a reader should know: they are published as they are, but they
 * do not agree with each other. Each finding is both a console warning and a line on the
 * data-quality page.
 */
public sealed interface QualityFinding {

    Position at();

    /** A published percentage that its own counts do not give (the seed's 66.3 % for 497/747). */
    record PercentMismatch(Position at, PeriodSpan period, String organizationId, String groupId, long remediated,
                           long found, BigDecimal reported, Percent computed) implements QualityFinding {
    }

    /** A published percentage of a rating level that its count and the number rated do not give. */
    record RatingPercentMismatch(Position at, PeriodSpan period, String organizationId, String subject, String levelId,
                                 long count, long rated, BigDecimal reported, Percent computed) implements QualityFinding {
    }

    /** A published percentage of a group in which no shortcoming was found: nothing to compute it from. */
    record PercentWithoutCount(Position at, PeriodSpan period, String organizationId, String groupId, BigDecimal reported)
            implements QualityFinding {
    }

    /** A total an organization states that its subordinate organizations' figures do not add up to. */
    record ChildrenDoNotSum(Position at, PeriodSpan period, String organizationId, String key, String subject, long stated,
                            long sum, Position partsAt) implements QualityFinding {
    }

    /** A ratio and percentage in an article's text that do not agree ("1.356/1.468 ... 97,8 %"). */
    record ArticlePercentMismatch(Position at, String articleSlug, String articleTitle, String text,
                                  BigDecimal published, Percent computed) implements QualityFinding {
    }

    /**
     * Rating counts per level whose sum is not the number rated.
     *
     * @param overRated the levels whose count alone is larger than the number rated
     */
    record RatingsDoNotSum(Position at, PeriodSpan period, String organizationId, String subject, long rated, long sum,
                           List<String> overRated) implements QualityFinding {
        public RatingsDoNotSum {
            overRated = List.copyOf(overRated);
        }
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
