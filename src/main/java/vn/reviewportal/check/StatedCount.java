package vn.reviewportal.check;

import java.util.Objects;
import vn.reviewportal.diag.Position;

/**
 * A count an article's text states of a whole organization's figure ("phát hiện 747 khuyết điểm"),
 * kept from the check of the article's text for the check against the period's data.
 *
 * @param text   the words as written, from the number to its noun
 * @param figure what it counts, as {@link vn.reviewportal.model.QualityFinding.ArticleContradictsData} names it:
 *               "found", "remediated", "disciplined" or "grassroots"
 */
public record StatedCount(Position at, String text, String figure, long value) {

    public StatedCount {
        Objects.requireNonNull(at);
        Objects.requireNonNull(text);
        Objects.requireNonNull(figure);
    }
}
