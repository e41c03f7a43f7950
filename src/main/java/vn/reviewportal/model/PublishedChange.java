package vn.reviewportal.model;

import java.math.BigDecimal;
import vn.reviewportal.diag.Position;

/**
 * A change against the previous period as the source published it ("tăng 2,4%", "giảm 0,6 điểm
 * %"), kept as published beside the figure it names, and checked against the previous period's
 * figure where the content has it ({@link ChangeCheck}).
 *
 * @param figure the figure it is about, a key of {@link ChangeFigures}: {@code members.total},
 *               {@code ratings.organizations.hoan-thanh-tot}, {@code shortcomings.ca-nhan}...
 * @param text   the wording as written, e.g. "tăng 2,4%"
 * @param amount the change, negative for "giảm", in the unit the wording gives
 * @param keyAt  where the figure's key is written
 * @param at     where the wording is written
 */
public record PublishedChange(String figure, String text, BigDecimal amount, Unit unit, Position keyAt, Position at) {

    /** What the number of the wording counts. */
    public enum Unit {
        /** "tăng 2,4%": a relative change, or for a share also its difference in points; the check says which fits. */
        PERCENT,
        /** "tăng 2,4 điểm %", "tăng 2,4 điểm phần trăm": the difference of two shares, in percentage points. */
        POINTS,
        /** "tăng 120", no percent sign: the difference of two counts. */
        COUNT
    }
}
