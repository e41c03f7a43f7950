package vn.reviewportal.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The most likely reason a published percentage does not match its counts, with the evidence
 * for it: what the person who keeps the portal reads to decide whether the source is wrong, the
 * transcription is wrong, or the source used another rule.
 */
public sealed interface MismatchCause {

    /** The share cut off at the published precision instead of rounded (5 of 16 = 31.25 %, printed 31.2). */
    record Truncated(BigDecimal exact) implements MismatchCause {
        public Truncated {
            Objects.requireNonNull(exact);
        }
    }

    /**
     * The published share fits another base exactly: all in scope instead of those rated, a total
     * the report states elsewhere, or (when {@code stated} is false) a base the report does not state
     * that makes every published share of the same figure fit.
     *
     * @param name what the base is, as a key ("total", "members.total", "unstated")
     */
    record OtherBase(long base, String name, boolean stated) implements MismatchCause {
        public OtherBase {
            Objects.requireNonNull(name);
        }
    }

    /**
     * The published share fits another count of the same thing over the same base: the
     * disciplinary decisions by form (10) rather than the members disciplined (8), a number of
     * violations rather than of people.
     *
     * @param name what the count is, as a key ("forms")
     */
    record OtherCount(long count, String name) implements MismatchCause {
        public OtherCount {
            Objects.requireNonNull(name);
        }
    }

    /** The shares of one rating nudged so that they add up to 100 (three of 12 of 36: 33.34, 33.33, 33.33). */
    record ForcedTo100(BigDecimal sum) implements MismatchCause {
        public ForcedTo100 {
            Objects.requireNonNull(sum);
        }
    }

    /** The share is of one category against another (remediated against not remediated; level A against level B). */
    record Ratio(long other, String name) implements MismatchCause {
        public Ratio {
            Objects.requireNonNull(name);
        }
    }

    /**
     * A total that its parts do not add up to, where one figure written with one digit changed,
     * dropped, doubled or two digits swapped makes them add up (31 + 12 + 33 against 46: 3 instead
     * of 33).
     *
     * @param item      what the figure is: a part's id ("kha"), or the total's key ("rated")
     * @param written   the figure as written
     * @param fits      the figure that makes the parts add up
     * @param confirmed whether a share published for that figure holds for {@code fits} too, and
     *                  {@code fits} is the only such figure (the published 6.5 % is 3 of 46)
     */
    record Typo(String item, long written, long fits, boolean confirmed) implements MismatchCause {
        public Typo {
            Objects.requireNonNull(item);
        }
    }

    /** Nothing explains it: a plain error in the published figure or in a count. */
    record Unexplained() implements MismatchCause {
    }
}
