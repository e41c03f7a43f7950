package vn.reviewportal.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.ShortcomingCount;
import vn.reviewportal.model.Typos;

/**
 * The counts an article states against the period data it is about: an article on one
 * organization and one period that says "phát hiện 750 khuyết điểm" where that period's result
 * for it adds up to 747 contradicts the data. Only the figures a result gives whole are compared
 * (every group's shortcomings, the members disciplined, the grassroots organizations of its
 * structure); an article about several organizations, or none, is not compared, since the text
 * may be about any of them.
 */
final class ArticleAgainstData {

    private ArticleAgainstData() {
    }

    static void check(Article article, List<StatedCount> counts, Map<String, Period> periods, Diagnostics diagnostics,
                      List<QualityFinding> findings) {
        if (counts.isEmpty() || article.organizations().size() != 1 || article.period().isEmpty()) {
            return;
        }
        String organizationId = article.organizations().get(0).id();
        Optional<Period> period = Optional.ofNullable(periods.get(article.period().get().id()));
        Optional<Result> result = period.flatMap(p -> p.resultFor(organizationId));
        if (result.isEmpty()) {
            return;
        }
        for (StatedCount count : counts) {
            OptionalLong data = figure(period.get(), result.get(), count.figure());
            if (data.isPresent() && data.getAsLong() != count.value()) {
                Optional<MismatchCause.Typo> typo = Typos.inTotal(count.figure(), count.value(), data.getAsLong());
                diagnostics.warning(Code.ARTICLE_CONTRADICTS_DATA, count.at(), "the text says \"" + count.text()
                                + "\", but the " + period.get().id() + " data of '" + organizationId + "' give "
                                + what(count.figure()) + ": " + data.getAsLong() + typo.map(t -> "; likely a typo in one "
                                + "of them: " + t.written() + " and " + t.fits() + " differ by one digit").orElse(""),
                        "check the article and the period's figures against the source; the data-quality page "
                                + "lists the difference");
                findings.add(new QualityFinding.ArticleContradictsData(count.at(), article.slug(), article.title(),
                        count.text(), count.figure(), count.value(), data.getAsLong(), period.get().span(),
                        organizationId, typo));
            }
        }
    }

    /** The result's own figure, where it gives it whole; the shortcomings only when every group of the period is given. */
    private static OptionalLong figure(Period period, Result result, String figure) {
        Set<String> given = new HashSet<>();
        result.shortcomings().forEach(s -> given.add(s.group().id()));
        boolean everyGroup = !given.isEmpty() && given.containsAll(period.groups().stream().map(Label::id).toList());
        return switch (figure) {
            case "found" -> everyGroup
                    ? OptionalLong.of(result.shortcomings().stream().mapToLong(ShortcomingCount::found).sum())
                    : OptionalLong.empty();
            case "remediated" -> everyGroup
                    ? OptionalLong.of(result.shortcomings().stream().mapToLong(ShortcomingCount::remediated).sum())
                    : OptionalLong.empty();
            case "disciplined" -> result.discipline().map(d -> d.members()).orElse(OptionalLong.empty());
            case "grassroots" -> result.structure().map(s -> s.grassrootsOrganizations()).orElse(OptionalLong.empty());
            default -> throw new IllegalArgumentException("no figure '" + figure + "'");
        };
    }

    private static String what(String figure) {
        return switch (figure) {
            case "found" -> "shortcomings found";
            case "remediated" -> "shortcomings remediated";
            case "disciplined" -> "members disciplined";
            default -> "grassroots organizations";
        };
    }
}
