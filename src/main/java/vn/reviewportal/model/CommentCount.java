package vn.reviewportal.model;

import vn.reviewportal.diag.Position;

/** Comments (lượt ý kiến góp ý) given at a level to a target. */
public record CommentCount(Ref level, Ref target, long count, Position countAt) {
}
