package vn.reviewportal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Suggestions;
import vn.reviewportal.model.ChangeCheck;
import vn.reviewportal.model.ChangeFigures;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PublishedChange;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.Result;

/**
 * The changes against the previous period that a period's results publish: each names a figure
 * of the period ({@code UNKNOWN-CHANGE-FIGURE} otherwise), and where the previous period of the
 * same kind has the figure for the same organization, the two figures must give the change, as
 * points or as a relative change ({@code CHANGE-MISMATCH} otherwise). Without the previous figure
 * a change is kept as published, unchecked, and the page says so.
 */
final class ChangeChecks {

    private ChangeChecks() {
    }

    static void check(Content content, Period period, Diagnostics diagnostics, List<QualityFinding> findings) {
        List<String> keys = ChangeFigures.keys(period);
        Optional<Period> previous = content.previous(period.span());
        for (Result result : period.results()) {
            for (PublishedChange change : result.changes()) {
                if (!keys.contains(change.figure())) {
                    unknown(change, keys, diagnostics);
                    continue;
                }
                Optional<ChangeFigures.Value> now = ChangeFigures.of(change.figure(), result);
                Optional<ChangeFigures.Value> before = previous.flatMap(p -> p.resultFor(result.organization().id()))
                        .flatMap(r -> ChangeFigures.of(change.figure(), r));
                ChangeCheck check = ChangeCheck.of(change, before, now);
                if (check.outcome() == ChangeCheck.Outcome.MISMATCH) {
                    Period earlier = previous.orElseThrow();
                    diagnostics.warning(Code.CHANGE_MISMATCH, change.at(), "the published change '" + change.text()
                                    + "' of " + change.figure() + " does not fit the figures: " + value(now.get()) + " in "
                                    + period.id() + " against " + value(before.get()) + " in " + earlier.id() + " is "
                                    + computed(before.get(), now.get(), check),
                            "check both periods' figures and the wording against the source; the page shows the change "
                                    + "as published and says that it does not fit");
                    findings.add(new QualityFinding.ChangeMismatch(change.at(), period.span(),
                            result.organization().id(), change, earlier.span(), before.get(), now.get(), check));
                }
            }
        }
    }

    private static void unknown(PublishedChange change, List<String> keys, Diagnostics diagnostics) {
        diagnostics.error(Code.UNKNOWN_CHANGE_FIGURE, change.keyAt(), "no figure '" + change.figure() + "' in this period",
                Suggestions.closest(change.figure(), keys).map(k -> "did you mean '" + k + "'? ").orElse("")
                        + "a change names members.total, members.admitted, ratings.organizations.<level>, "
                        + "ratings.members.<level> or shortcomings.<group>, with a level or group this period "
                        + "declares" + (keys.size() <= 12 ? ": " + String.join(", ", keys) : ""));
    }

    private static String value(ChangeFigures.Value value) {
        return value instanceof ChangeFigures.Share s ? plain(s.shown()) + " %"
                : Long.toString(((ChangeFigures.Count) value).count());
    }

    /** "+2.37 points, a relative change of +2.90 %", or for a count "+130, a relative change of +1.91 %". */
    private static String computed(ChangeFigures.Value before, ChangeFigures.Value now, ChangeCheck check) {
        String difference = before instanceof ChangeFigures.Count b && now instanceof ChangeFigures.Count n
                ? signed(BigDecimal.valueOf(n.count() - b.count())).replace(".00", "") + ", " : "";
        String relative = check.relative().map(r -> "a relative change of " + signed(r) + " %")
                .orElse("no relative change (the earlier figure is 0)");
        return check.points().map(p -> signed(p) + " points, " + relative).orElse(difference + relative);
    }

    private static String signed(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.HALF_UP).toPlainString()
                : value.toPlainString();
    }
}
