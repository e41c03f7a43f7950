package vn.reviewportal.model;

import vn.reviewportal.diag.Position;

/** Members disciplined (thi hành kỷ luật), and how many of them were committee members. */
public record Discipline(long members, long committeeMembers, Position membersAt, Position committeeMembersAt) {
}
