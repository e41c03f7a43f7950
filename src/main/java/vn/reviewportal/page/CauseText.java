package vn.reviewportal.page;

import java.util.Set;
import java.util.function.UnaryOperator;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;

/**
 * The likely cause of a finding in the site's language, with its evidence ("55,3 % = 210/380: the
 * base is all 380 in scope, not the 378 rated"), for the data-quality page's "likely cause" column.
 */
final class CauseText {

    /** The bases and categories the checks name by a key of their own rather than a level, a form or a group. */
    private static final Set<String> KEYS = Set.of("total", "rated", "rated+exempt+not_rated", "rest", "all-groups",
            "not-remediated", "stated", "members", "found", "remediated", "count", "organizations", "forms");

    private final Messages messages;
    private final Formats formats;

    CauseText(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * Why {@code published} does not match {@code part} of {@code whole}.
     *
     * @param name the label of a level, a form or a group named by its id in the cause
     */
    String percent(MismatchCause cause, long part, long whole, PublishedPercent published, UnaryOperator<String> name) {
        String shown = formats.percent(published);
        if (cause instanceof MismatchCause.Truncated t) {
            return messages.get("quality.cause.truncated", formats.ratio(part, whole),
                    formats.percent(t.exact().stripTrailingZeros()), shown);
        }
        if (cause instanceof MismatchCause.OtherBase b) {
            return b.stated()
                    ? messages.get("quality.cause.other-base", shown, formats.ratio(part, b.base()), named(b.name(), name),
                            formats.count(b.base()), formats.count(whole))
                    : messages.get("quality.cause.unstated-base", shown, formats.count(b.base()), formats.count(whole));
        }
        if (cause instanceof MismatchCause.ForcedTo100 f) {
            return messages.get("quality.cause.forced-100", formats.percent(f.sum()), shown,
                    formats.percent(new Percent(part, whole).rounded(Math.max(0, published.value().scale()))));
        }
        if (cause instanceof MismatchCause.Ratio r) {
            return messages.get("quality.cause.ratio", shown, formats.ratio(part, r.other()), named(r.name(), name));
        }
        if (cause instanceof MismatchCause.OtherCount c) {
            return messages.get("quality.cause.other-count", shown, formats.ratio(c.count(), whole), named(c.name(), name),
                    formats.count(part));
        }
        if (cause instanceof MismatchCause.Typo t) {
            return typo(t, name);
        }
        return messages.get(published.exact() ? "quality.cause.unexplained" : "quality.cause.unexplained-bound");
    }

    /** A total that its parts do not add up to, and the one figure a slip of one digit would make fit. */
    String typo(MismatchCause.Typo typo, UnaryOperator<String> name) {
        return messages.get(typo.confirmed() ? "quality.cause.typo-confirmed" : "quality.cause.typo",
                named(typo.item(), name), formats.count(typo.fits()), formats.count(typo.written()));
    }

    private String named(String key, UnaryOperator<String> name) {
        return KEYS.contains(key) ? messages.get("quality.cause.name." + key) : "“" + name.apply(key) + "”";
    }
}
