package vn.reviewportal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;

/**
 * Names the most likely cause of a published percentage that does not match its counts, trying
 * the causes in order: truncated instead of rounded, another base that fits exactly (one the
 * report states, then one it does not that makes every published share of the figure fit), shares
 * forced to add up to 100, another count of the same thing (decisions rather than people), a ratio
 * between two categories; else nothing explains it. A pure
 * function: the article check can call it with what a sentence states.
 */
public final class Causes {

    /** How far from the stated base a base the report does not state is looked for: 10 %. */
    private static final int UNSTATED_SPREAD_PERCENT = 10;

    private Causes() {
    }

    /** A count known for the same figure, with what it is ("total", "members.total", "tot"). */
    public record Named(String name, long value) {
    }

    /** Another share published for the same figure (a sibling level of the same rating). */
    public record Share(long part, PublishedPercent published) {
    }

    /**
     * What else the report gives for the same figure.
     *
     * @param bases    other denominators: all in scope, rated + exempt + not rated, a total stated elsewhere
     * @param others   other categories the part may have been divided by: sibling levels, the rest
     * @param siblings the other published shares of the same figure, for forced-100 and an unstated base
     * @param counts   other counts of the same thing the share may be of, over the same base
     */
    public record Context(List<Named> bases, List<Named> others, List<Share> siblings, List<Named> counts) {
        public Context {
            bases = List.copyOf(bases);
            others = List.copyOf(others);
            siblings = List.copyOf(siblings);
            counts = List.copyOf(counts);
        }

        /** @param counts other counts of the same thing that the share may be of: decisions rather than people */
        public Context(List<Named> bases, List<Named> others, List<Share> siblings) {
            this(bases, others, siblings, List.of());
        }

        public static Context none() {
            return new Context(List.of(), List.of(), List.of());
        }
    }

    /** The most likely cause of {@code published} not matching {@code part} of {@code whole}. */
    public static MismatchCause explain(long part, long whole, PublishedPercent published, Context context) {
        Percent computed = new Percent(part, whole);
        if (published.exact()) {
            int decimals = decimals(published.value());
            BigDecimal truncated = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.DOWN);
            if (truncated.compareTo(published.value()) == 0) {
                return new MismatchCause.Truncated(computed.rounded(decimals + 2));
            }
        }
        if (!published.exact()) {
            return new MismatchCause.Unexplained(); // a bound fits too many bases and ratios to name one
        }
        for (Named base : context.bases()) {
            if (base.value() != whole && fits(part, base.value(), published)) {
                return new MismatchCause.OtherBase(base.value(), base.name(), true);
            }
        }
        Optional<Long> unstated = unstatedBase(part, whole, published, context.siblings());
        if (unstated.isPresent()) {
            return new MismatchCause.OtherBase(unstated.get(), "unstated", false);
        }
        if (forcedTo100(part, whole, published, context.siblings())) {
            return new MismatchCause.ForcedTo100(sum(published, context.siblings()));
        }
        for (Named count : context.counts()) {
            if (count.value() != part && fits(count.value(), whole, published)) {
                return new MismatchCause.OtherCount(count.value(), count.name());
            }
        }
        for (Named other : context.others()) {
            if (fits(part, other.value(), published)) {
                return new MismatchCause.Ratio(other.value(), other.name());
            }
        }
        return new MismatchCause.Unexplained();
    }

    /**
     * The smallest base within 10 % of the stated one that makes this share and every sibling share
     * fit; looked for only where at least one sibling share is published, since one share alone fits
     * many bases.
     */
    private static Optional<Long> unstatedBase(long part, long whole, PublishedPercent published, List<Share> shares) {
        List<Share> siblings = shares.stream().filter(s -> s.published().exact()).toList();
        if (siblings.isEmpty()) {
            return Optional.empty();
        }
        long spread = Math.max(1, whole * UNSTATED_SPREAD_PERCENT / 100);
        for (long base = Math.max(1, whole - spread); base <= whole + spread; base++) {
            if (base == whole || !fits(part, base, published)) {
                continue;
            }
            long candidate = base;
            if (siblings.stream().allMatch(s -> fits(s.part(), candidate, s.published()))) {
                return Optional.of(base);
            }
        }
        return Optional.empty();
    }

    /**
     * The published shares add up to exactly 100 at their precision, and each is at most one unit
     * of its last decimal from its own rounded value.
     */
    private static boolean forcedTo100(long part, long whole, PublishedPercent published, List<Share> siblings) {
        if (siblings.isEmpty() || siblings.stream().anyMatch(s -> !s.published().exact())
                || sum(published, siblings).compareTo(BigDecimal.valueOf(100)) != 0) {
            return false;
        }
        return nudged(part, whole, published.value()) && siblings.stream().allMatch(s -> nudged(s.part(), whole, s.published().value()));
    }

    private static boolean nudged(long part, long whole, BigDecimal value) {
        int decimals = decimals(value);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        return new Percent(part, whole).rounded(decimals).subtract(value).abs().compareTo(unit) <= 0;
    }

    private static BigDecimal sum(PublishedPercent published, List<Share> siblings) {
        return siblings.stream().map(s -> s.published().value()).reduce(published.value(), BigDecimal::add);
    }

    /** Whether the share is {@code part} of {@code base}: a share is never more than the whole. */
    private static boolean fits(long part, long base, PublishedPercent published) {
        return base > 0 && part <= base && published.heldBy(new Percent(part, base));
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /**
     * Reports a share that does not hold, with its likely cause after {@code message}: as a note
     * where the cause is the source's rule (truncated, forced to 100), else as a warning of {@code code}.
     */
    static void report(Diagnostics diagnostics, Code code, Position at, String message, String hint,
                       MismatchCause cause, long part, long whole, PublishedPercent published) {
        String said = message + text(cause, part, whole, published);
        if (cause instanceof MismatchCause.Truncated) {
            diagnostics.note(Code.PERCENT_TRUNCATED, at, said, "the portal shows the share rounded from the counts; "
                    + "a truncated figure is the source's rule, not a wrong count, and is noted on the data-quality page");
        } else if (cause instanceof MismatchCause.ForcedTo100) {
            diagnostics.note(Code.PERCENTS_FORCED_TO_100, at, said, "the portal shows each share rounded from the counts; "
                    + "shares nudged to add up to 100 are the source's rule, and are noted on the data-quality page");
        } else {
            diagnostics.warning(code, at, said, hint);
        }
    }

    /**
     * The cause as the console says it, after the figures: "; truncated, not rounded: 31.25 % cut to
     * 31.2 %" or "; nothing explains it".
     */
    public static String text(MismatchCause cause, long part, long whole, PublishedPercent published) {
        String value = published.exact() ? published.value().toPlainString() + " %" : "'" + published.wording() + "'";
        if (cause instanceof MismatchCause.Truncated t) {
            return "; likely truncated, not rounded: " + t.exact().stripTrailingZeros().toPlainString() + " % cut to "
                    + value + " (less severe than a wrong figure)";
        }
        if (cause instanceof MismatchCause.OtherBase b) {
            return b.stated()
                    ? "; likely another base: " + value + " = " + part + "/" + b.base() + ", of "
                            + baseName(b.name()) + " (" + b.base() + ") instead of the " + whole + " used"
                    : "; likely a base the report does not state: " + b.base() + " instead of " + whole
                            + " makes every published share of it fit";
        }
        if (cause instanceof MismatchCause.ForcedTo100 f) {
            return "; likely adjusted to add up to 100: the published shares add up to " + f.sum().toPlainString()
                    + " % and each is within one unit of its last decimal (less severe than a wrong figure)";
        }
        if (cause instanceof MismatchCause.Typo t) {
            return text(t);
        }
        if (cause instanceof MismatchCause.OtherCount c) {
            return "; likely another count: " + value + " = " + c.count() + "/" + whole + ", " + baseName(c.name())
                    + " (" + c.count() + ") instead of the " + part + " counted";
        }
        if (cause instanceof MismatchCause.Ratio r) {
            return "; likely a ratio between two categories: " + value + " = " + part + "/" + r.other() + ", against "
                    + baseName(r.name()) + ", not a share of all";
        }
        return published.exact() ? "; nothing explains it (not truncation, another base, forced to 100 or a ratio)"
                : "; nothing explains it";
    }

    /**
     * A slip of one digit as the console says it, after a sum that does not add up: "; likely a
     * typo: 3 instead of 33 'kha' makes it add up, and the share published for it fits 3".
     */
    static String text(MismatchCause.Typo typo) {
        return "; likely a typo: " + typo.fits() + " instead of the " + typo.written() + " written for '" + typo.item()
                + "' makes it add up" + (typo.confirmed() ? ", and the share published for it fits " + typo.fits() : "");
    }

    private static String baseName(String name) {
        return switch (name) {
            case "total" -> "all in scope";
            case "rated" -> "those rated";
            case "rated+exempt+not_rated" -> "rated + exempt + not rated";
            case "rest" -> "the rest";
            case "stated" -> "another count in the text";
            case "all-groups" -> "the shortcomings of every group";
            case "not-remediated" -> "those not yet remediated";
            case "forms" -> "the decisions by form of discipline";
            default -> "'" + name + "'";
        };
    }
}
