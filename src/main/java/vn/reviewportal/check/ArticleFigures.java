package vn.reviewportal.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.QualityFinding;

/**
 * Checks the arithmetic of figures written in an article's text as "a/b ... x %" within one
 * sentence (for example "497/747 khuyết điểm, đạt 66,3%"): the percentage must be what a/b
 * gives at the precision it is written with. Numbers are read the way the site's language
 * writes them (Vietnamese 1.356 and 97,8; English 1,356 and 97.8).
 */
final class ArticleFigures {

    private final Pattern pattern;
    private final char thousands;
    private final char decimal;

    ArticleFigures(Language language) {
        boolean vietnamese = language == Language.VI;
        this.thousands = vietnamese ? '.' : ',';
        this.decimal = vietnamese ? ',' : '.';
        String t = Pattern.quote(String.valueOf(thousands));
        String d = Pattern.quote(String.valueOf(decimal));
        String count = "(\\d{1,3}(?:" + t + "\\d{3})+|\\d+)";
        // The gap stays within the sentence: no line break, no other ratio or percentage, no ". ".
        this.pattern = Pattern.compile("(?<![\\d" + t + d + "])" + count + "\\s*/\\s*" + count
                + "((?:(?!\\.\\s)[^/%\\n]){0,80}?)(\\d+(?:" + d + "\\d+)?)\\s*%");
    }

    void check(Article article, Diagnostics diagnostics, List<QualityFinding> findings) {
        List<String> lines = article.markdown().lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            String lineText = lines.get(index);
            if (lineText.indexOf('/') < 0 || lineText.indexOf('%') < 0) {
                continue; // no "a/b ... x %" here: the expression is costly, most lines have neither
            }
            int line = article.bodyLine() + index;
            Matcher m = pattern.matcher(lineText);
            while (m.find()) {
                long part = count(m.group(1));
                long whole = count(m.group(2));
                BigDecimal published = new BigDecimal(m.group(4).replace(decimal, '.'));
                PublishedPercent stated = PublishedPercent.exact(published);
                Percent.of(part, whole).filter(rate -> !stated.heldBy(rate)).ifPresent(rate -> {
                    Position at = new Position(article.at().file(), line, m.start(4) + 1);
                    String text = m.group().strip();
                    int decimals = Math.max(1, published.scale());
                    MismatchCause cause = Causes.explain(part, whole, stated, Causes.Context.none());
                    Causes.report(diagnostics, Code.ARTICLE_PERCENT_MISMATCH, at, "the text says \"" + text + "\", but "
                                    + part + " of " + whole + " is " + rate.rounded(decimals + 1).toPlainString() + " %",
                            "check the figures in the article; the data-quality page lists the difference",
                            cause, part, whole, stated);
                    findings.add(new QualityFinding.ArticlePercentMismatch(at, article.slug(), article.title(), text,
                            stated, rate, cause));
                });
            }
        }
    }

    private long count(String text) {
        return Long.parseLong(text.replace(String.valueOf(thousands), ""));
    }
}
