package vn.reviewportal.model;

/** Comments (lượt ý kiến góp ý) given at a level to a target. */
public record CommentCount(Ref level, Ref target, long count) {
}
