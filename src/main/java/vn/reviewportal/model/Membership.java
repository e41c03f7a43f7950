package vn.reviewportal.model;

import java.util.OptionalLong;
import vn.reviewportal.diag.Position;

/**
 * The members of an organization (đảng viên) and those admitted in the year (kết nạp đảng viên
 * mới), as far as the source gives them: a count left out is unknown, never 0.
 *
 * @param totalAt    where {@code total} is written, or the block's position when it is left out
 * @param admittedAt where {@code admitted} is written, or the block's position when it is left out
 */
public record Membership(OptionalLong total, OptionalLong admitted, Position totalAt, Position admittedAt) {
}
