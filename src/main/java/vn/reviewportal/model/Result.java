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
                     Optional<Ratings> ratings, Optional<Membership> members, List<PublishedChange> changes) {

    public Result {
        comments = List.copyOf(comments);
        shortcomings = List.copyOf(shortcomings);
        changes = List.copyOf(changes);
    }
}
