package vn.reviewportal.model;

import java.util.Optional;

/** Quality ratings (xếp loại chất lượng) of organizations and of members, where given. */
public record Ratings(Optional<RatingCounts> organizations, Optional<RatingCounts> members) {
}
