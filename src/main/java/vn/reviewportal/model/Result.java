package vn.reviewportal.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The figures one organization reported for one period. Counts only; rates are derived.
 *
 * @param changes the changes against the previous period the source published, as published
 */
public record Result(Ref organization, String source, Optional<Reviewed> reviewed,
                     OptionalLong suggestedContents, List<CommentCount> comments,
                     List<ShortcomingCount> shortcomings, Optional<Discipline> discipline,
                     Optional<Ratings> ratings, Optional<Membership> members,
                     Optional<Structure> structure, List<PublishedChange> changes) {

    public Result {
        comments = List.copyOf(comments);
        shortcomings = List.copyOf(shortcomings);
        changes = List.copyOf(changes);
    }

    /**
     * Whether it gives any figure of the review itself. A result that gives only what the body
     * is made of (its structure, its members, its source) describes the body: its figures are
     * still those added up from its subordinates.
     */
    public boolean givesFigures() {
        return reviewed.isPresent() || suggestedContents.isPresent() || !comments.isEmpty() || !shortcomings.isEmpty()
                || discipline.isPresent() || ratings.isPresent();
    }
}
