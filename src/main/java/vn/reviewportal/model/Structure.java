package vn.reviewportal.model;

import java.util.OptionalLong;
import vn.reviewportal.diag.Position;

/**
 * What a body is made of in a period, as its report says (<i>có 52 tổ chức cơ sở đảng, 345 chi
 * bộ</i>): a count left out is unknown. Its members in all are {@link Membership#total()}.
 *
 * @param grassrootsAt where {@code grassroots_organizations} is written, or the block's position
 */
public record Structure(OptionalLong grassrootsOrganizations, OptionalLong cells, Position grassrootsAt,
                        Position cellsAt) {
}
