package vn.reviewportal.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.QualityFinding;

/**
 * Checks the arithmetic of the shares an article's text states, as newspapers write them ("đã
 * khắc phục 497/747 khuyết điểm, đạt 66,3%", "có 52 tổ chức … 19 tổ chức …, chiếm 36,5%", across
 * wrapped lines; {@link ArticleClaims} reads them): a share that its counts do not give is
 * reported with its likely cause. Returns the counts the text states of whole figures, for the
 * check against the period data.
 */
final class ArticleFigures {

    private final ArticleClaims claims;

    ArticleFigures(Language language) {
        this.claims = new ArticleClaims(language);
    }

    /**
     * @param document the article's Markdown as {@link ArticleMarkdown#parse(Article)} gives it,
     *                 taken as it is where the text is in NFC (as typed, nearly always), else parsed again
     */
    List<StatedCount> check(Article article, Node document, Diagnostics diagnostics, List<QualityFinding> findings) {
        List<StatedCount> counts = new ArrayList<>();
        String markdown = article.markdown();
        List<ArticleClaims.Block> blocks = Normalizer.isNormalized(markdown, Normalizer.Form.NFC)
                ? claims.blocks(markdown, document) : claims.blocks(markdown);
        // The counts are compared with the data only for an article about one organization and one period.
        boolean againstData = article.organizations().size() == 1 && article.period().isPresent();
        for (ArticleClaims.Block block : blocks) {
            for (ArticleClaims.Share share : claims.shares(block)) {
                share.cause().ifPresent(cause -> report(article, block, share, cause, diagnostics, findings));
            }
            if (!againstData) {
                continue;
            }
            for (ArticleClaims.Count count : claims.counts(block)) {
                counts.add(new StatedCount(at(article, block, count.start()),
                        block.text().substring(count.start(), count.end()), count.figure().key(), count.value()));
            }
        }
        return counts;
    }

    private static void report(Article article, ArticleClaims.Block block, ArticleClaims.Share share, MismatchCause cause,
                               Diagnostics diagnostics, List<QualityFinding> findings) {
        // The caret goes under the percentage, the figure in question; the message quotes the whole phrase.
        int percent = block.text().lastIndexOf(share.published().wording(), share.end());
        Position at = at(article, block, percent >= share.start() ? percent : share.start());
        String text = block.text().substring(share.start(), share.end()).strip();
        Percent rate = new Percent(share.part(), share.whole());
        int decimals = Math.max(1, share.published().value().scale());
        Causes.report(diagnostics, Code.ARTICLE_PERCENT_MISMATCH, at, "the text says \"" + text + "\", but "
                        + share.part() + " of " + share.whole() + " is " + rate.rounded(decimals + 1).toPlainString() + " %",
                "check the figures in the article; the data-quality page lists the difference",
                cause, share.part(), share.whole(), share.published());
        findings.add(new QualityFinding.ArticlePercentMismatch(at, article.slug(), article.title(), text,
                share.published(), rate, cause));
    }

    private static Position at(Article article, ArticleClaims.Block block, int offset) {
        ArticleClaims.Location location = block.locate(offset);
        return new Position(article.at().file(), article.bodyLine() + location.line(), location.column());
    }
}
