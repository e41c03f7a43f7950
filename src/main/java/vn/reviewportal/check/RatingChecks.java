package vn.reviewportal.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Typos;

/**
 * The checks of one rating against its scale: the levels it names, a published percentage
 * against its count and base, the levels proper against those rated, a part of a level against
 * its level, a cumulative level against its parts, and who was rated, exempt and not rated
 * against all in scope.
 */
final class RatingChecks {

    private static final String SHOWN_COMPUTED = "the portal shows the percentage computed from the counts and notes "
            + "the difference on the data-quality page; if a count was copied wrongly, correct it";

    private RatingChecks() {
    }

    /**
     * A part of a level names a level proper of the same scale, and a cumulative level names
     * levels proper: a part of a part, a part of a sum or a sum of a sum would count some twice.
     *
     * @param ids the ids the scale declares
     */
    static void checkScale(List<RatingLevel> scale, Set<String> ids, String key, Diagnostics diagnostics) {
        Map<String, RatingLevel> byId = new HashMap<>();
        scale.forEach(l -> byId.putIfAbsent(l.id(), l));
        for (RatingLevel level : scale) {
            level.partOf().ifPresent(ref -> properLevel(level, ref, "part_of", byId, ids, key, diagnostics));
            for (Ref part : level.sumOf()) {
                properLevel(level, part, "sum_of", byId, ids, key, diagnostics);
            }
        }
    }

    private static void properLevel(RatingLevel level, Ref ref, String what, Map<String, RatingLevel> byId,
                                    Set<String> ids, String key, Diagnostics diagnostics) {
        if (!ContentChecker.known(ref, ids, Code.UNKNOWN_RATING_LEVEL, "rating level", key, diagnostics)) {
            return;
        }
        RatingLevel named = byId.get(ref.id());
        String proper = byId.values().stream().filter(l -> l.kind() == RatingLevel.Kind.LEVEL).map(RatingLevel::id)
                .sorted().collect(Collectors.joining(", "));
        String problem = named.id().equals(level.id()) ? "names the level itself"
                : named.kind() == RatingLevel.Kind.PART ? "names '" + named.id() + "', which is itself a part of a level"
                : named.kind() == RatingLevel.Kind.SUM ? "names '" + named.id() + "', which is a cumulative level"
                : null;
        if (problem != null) {
            diagnostics.error(Code.INVALID_RATING_PART, ref.at(), "'" + what + "' of the rating level '" + level.id()
                            + "' " + problem, ("part_of".equals(what)
                            ? "a part of a level ('trong đó …') names the level it is counted in"
                            : "a cumulative level ('… trở lên') lists the levels it adds up")
                            + "; the levels proper in '" + key + "' are: " + proper);
        }
    }

    /** @param levels the ids of the scale the rating is on; the scale itself is the period's */
    static void check(Period period, String organizationId, RatingCounts counts, Set<String> levels,
                      Diagnostics diagnostics, List<QualityFinding> findings) {
        String subject = counts.population().key();
        String scaleKey = period.ratingScales().keyOf(counts.population());
        boolean allKnown = true;
        for (RatingCounts.LevelCount c : counts.counts()) {
            allKnown &= ContentChecker.known(c.level(), levels, Code.UNKNOWN_RATING_LEVEL, "rating level", scaleKey,
                    diagnostics);
        }
        for (RatingCounts.LevelPercent p : counts.reported()) {
            allKnown &= ContentChecker.known(p.level(), levels, Code.UNKNOWN_RATING_LEVEL, "rating level", scaleKey,
                    diagnostics);
        }
        checkScope(period, organizationId, counts, diagnostics, findings);
        if (!allKnown) {
            return;
        }
        List<RatingLevel> scale = period.ratingScales().of(counts.population());
        checkParts(period, organizationId, counts, scale, diagnostics, findings);
        checkSums(period, organizationId, counts, scale, diagnostics, findings);
        // The one count a slip of one digit explains, looked for once: both the sum and a share name it.
        Optional<MismatchCause.Typo> slip = slip(counts, scale);
        checkPublished(period, organizationId, counts, scale, slip, diagnostics, findings);
        checkSum(period, organizationId, counts, scale, slip, diagnostics, findings);
    }

    /** Those rated, exempt and not rated make up all in scope; where some are not given, the rest do not exceed it. */
    private static void checkScope(Period period, String organizationId, RatingCounts counts, Diagnostics diagnostics,
                                   List<QualityFinding> findings) {
        RatingCounts.Scope scope = counts.scope();
        if (scope.total().isEmpty()) {
            return;
        }
        long total = scope.total().getAsLong();
        List<String> parts = new ArrayList<>();
        long sum = 0;
        int given = 0;
        OptionalLong[] figures = {counts.rated(), scope.exempt(), scope.notRated()};
        String[] names = {"rated", "exempt", "not rated"};
        for (int i = 0; i < figures.length; i++) {
            if (figures[i].isPresent()) {
                sum += figures[i].getAsLong();
                given++;
                parts.add(figures[i].getAsLong() + " " + names[i]);
            }
        }
        boolean every = given == figures.length;
        if (given == 0 || (every ? sum == total : sum <= total)) {
            return;
        }
        String subject = counts.population().key();
        diagnostics.warning(Code.RATING_BASE_DOES_NOT_ADD_UP, scope.totalAt(), total + " " + subject + " in all ('total'), "
                        + "but " + String.join(" + ", parts) + (every ? " add up to " + sum
                        : given == 1 ? " is already more" : " already add up to " + sum),
                "'total' counts everyone the rating is about: those rated, those exempt (miễn đánh giá) and those not "
                        + "rated (chưa đánh giá); check the figures against the source");
        findings.add(new QualityFinding.RatingBaseDoesNotAddUp(scope.totalAt(), period.span(), organizationId, subject,
                total, counts.rated(), scope.exempt(), scope.notRated()));
    }

    /** A part of a level ("trong đó … tiêu biểu") counts no more than its level. */
    private static void checkParts(Period period, String organizationId, RatingCounts counts, List<RatingLevel> scale,
                                   Diagnostics diagnostics, List<QualityFinding> findings) {
        for (RatingLevel level : scale) {
            if (level.kind() != RatingLevel.Kind.PART) {
                continue;
            }
            String of = level.partOf().orElseThrow().id();
            counts.count(level.id()).ifPresent(part -> counts.count(of).filter(whole -> part.count() > whole.count())
                    .ifPresent(whole -> {
                        diagnostics.warning(Code.SUBLEVEL_EXCEEDS_LEVEL, part.at(), part.count() + " "
                                        + counts.population().key() + " rated '" + level.id() + "', a part of '" + of
                                        + "', but only " + whole.count() + " rated '" + of + "'",
                                "a part of a level ('trong đó …') counts some of those at that level; check both "
                                        + "counts against the source");
                        findings.add(new QualityFinding.SublevelExceedsLevel(part.at(), period.span(), organizationId,
                                counts.population().key(), level.id(), part.count(), of, whole.count()));
                    }));
        }
    }

    /** A cumulative level published as a count is the sum of its parts' counts, where they are given. */
    private static void checkSums(Period period, String organizationId, RatingCounts counts, List<RatingLevel> scale,
                                  Diagnostics diagnostics, List<QualityFinding> findings) {
        for (RatingLevel level : scale) {
            if (level.kind() != RatingLevel.Kind.SUM) {
                continue;
            }
            Parts parts = parts(level, counts);
            counts.count(level.id()).ifPresent(published -> {
                if (parts.every() ? parts.sum() != published.count() : parts.sum() > published.count()) {
                    diagnostics.warning(Code.CUMULATIVE_MISMATCH, published.at(), "the published " + published.count()
                                    + " '" + level.id() + "' is not the sum of its parts: " + parts.written()
                                    + (parts.every() ? " = " : " already add up to ") + parts.sum(),
                            "a cumulative level ('… trở lên') is the sum of the levels in its 'sum_of'; the portal "
                                    + "shows the figure as published and notes the difference on the data-quality page");
                    findings.add(new QualityFinding.CumulativeMismatch(published.at(), period.span(), organizationId,
                            counts.population().key(), level.id(), OptionalLong.of(published.count()),
                            Optional.empty(), parts.ids(), parts.sum(), Optional.empty()));
                }
            });
        }
    }

    /**
     * A published percentage holds for its level's count of its base (those rated, or all in
     * scope); for a cumulative level without a count, for the sum of its parts.
     */
    private static void checkPublished(Period period, String organizationId, RatingCounts counts,
                                       List<RatingLevel> scale, Optional<MismatchCause.Typo> slip,
                                       Diagnostics diagnostics, List<QualityFinding> findings) {
        boolean ofTotal = counts.scope().percentOf() == RatingCounts.PercentBase.TOTAL;
        OptionalLong base = ofTotal ? counts.scope().total() : counts.rated();
        if (base.isEmpty()) {
            return; // a percentage is checked against its base, when the source gives it
        }
        String of = ofTotal ? " in all" : " rated";
        for (RatingCounts.LevelPercent published : counts.reported()) {
            Optional<RatingCounts.LevelCount> count = counts.count(published.level().id());
            if (count.isPresent()) {
                long part = count.get().count();
                long whole = base.getAsLong();
                Percent.of(part, whole)
                        .filter(rate -> !published.percent().heldBy(rate))
                        .ifPresent(rate -> {
                            // A count whose slip of one digit breaks the sum, and whose share fits once corrected.
                            MismatchCause cause = slip
                                    .filter(t -> t.confirmed() && t.item().equals(published.level().id()))
                                    .map(MismatchCause.class::cast)
                                    .orElseGet(() -> Causes.explain(part, whole, published.percent(),
                                            context(counts, scale, published.level().id(), ofTotal)));
                            Causes.report(diagnostics, Code.REPORTED_PERCENT_MISMATCH, published.at(), published.percent().exact()
                                    ? "the published " + published.percent().value().toPlainString() + " % of '"
                                            + published.level().id() + "' does not match its count: "
                                            + part + " of " + whole + of + " is "
                                            + rate.rounded(2).toPlainString() + " %, which rounds to "
                                            + rate.rounded(published.percent().decimals()).toPlainString() + " %"
                                    : "the published '" + published.percent().wording() + "' of '"
                                            + published.level().id() + "' does not hold: " + part + " of "
                                            + whole + of + " is " + shown(rate), SHOWN_COMPUTED,
                                    cause, part, whole, published.percent());
                            findings.add(new QualityFinding.RatingPercentMismatch(published.at(), period.span(),
                                    organizationId, counts.population().key(), published.level().id(),
                                    part, whole, published.percent(), rate, ofTotal, cause));
                        });
                continue;
            }
            scale.stream().filter(l -> l.id().equals(published.level().id()) && l.kind() == RatingLevel.Kind.SUM)
                    .findFirst().ifPresent(level -> {
                        Parts parts = parts(level, counts);
                        if (!parts.every()) {
                            return; // an unpublished part is unknown: the cumulative percentage cannot be checked
                        }
                        Percent.of(parts.sum(), base.getAsLong()).filter(rate -> !published.percent().heldBy(rate))
                                .ifPresent(rate -> {
                                    diagnostics.warning(Code.CUMULATIVE_MISMATCH, published.at(), "the published '"
                                                    + published.percent().wording() + "' of '" + level.id()
                                                    + "' does not match its parts: " + parts.written() + " = "
                                                    + parts.sum() + ", and " + parts.sum() + " of " + base.getAsLong()
                                                    + of + " is " + shown(rate),
                                            "a cumulative level ('… trở lên') is the sum of the levels in its "
                                                    + "'sum_of'; " + SHOWN_COMPUTED);
                                    findings.add(new QualityFinding.CumulativeMismatch(published.at(), period.span(),
                                            organizationId, counts.population().key(), level.id(), OptionalLong.empty(),
                                            Optional.of(published.percent()), parts.ids(), parts.sum(),
                                            Optional.of(rate)));
                                });
                    });
        }
    }

    /**
     * The levels proper add up to those rated only when every one is given: a report often
     * publishes two of four; some levels only can still not add up to more than were rated.
     * Parts of levels and cumulative levels are not levels proper.
     */
    private static void checkSum(Period period, String organizationId, RatingCounts counts, List<RatingLevel> scale,
                                 Optional<MismatchCause.Typo> slip, Diagnostics diagnostics,
                                 List<QualityFinding> findings) {
        if (counts.rated().isEmpty()) {
            return;
        }
        long rated = counts.rated().getAsLong();
        Set<String> proper = new HashSet<>();
        scale.stream().filter(l -> l.kind() == RatingLevel.Kind.LEVEL).forEach(l -> proper.add(l.id()));
        Set<String> given = new HashSet<>();
        long total = 0;
        List<String> overRated = new ArrayList<>();
        for (RatingCounts.LevelCount c : counts.counts()) {
            if (proper.contains(c.level().id())) {
                given.add(c.level().id());
                total += c.count();
                if (c.count() > rated) {
                    overRated.add(c.level().id());
                }
            }
        }
        boolean every = given.containsAll(proper);
        String subject = counts.population().key();
        if (every ? total != rated : total > rated) {
            diagnostics.warning(Code.RATINGS_DO_NOT_SUM, counts.ratedAt(), rated + " " + subject
                            + " rated, but the counts " + (every ? "per level" : "of the levels given") + " add up to "
                            + total + slip.map(Causes::text).orElse(""),
                    "check the counts; the difference is noted on the data-quality page");
            findings.add(new QualityFinding.RatingsDoNotSum(counts.ratedAt(), period.span(), organizationId, subject,
                    rated, total, overRated, slip));
        }
    }

    /**
     * What else a rating gives for the share of {@code levelId}: the other bases (all in scope, or
     * those rated, and rated + exempt + not rated), the other levels' counts and the rest, and the
     * other levels proper with a published share of the same base.
     */
    private static Causes.Context context(RatingCounts counts, List<RatingLevel> scale, String levelId, boolean ofTotal) {
        RatingCounts.Scope scope = counts.scope();
        List<Causes.Named> bases = new ArrayList<>();
        (ofTotal ? counts.rated() : scope.total()).ifPresent(n -> bases.add(new Causes.Named(ofTotal ? "rated" : "total", n)));
        counts.rated().ifPresent(rated -> {
            long all = rated + scope.exempt().orElse(0) + scope.notRated().orElse(0);
            if (scope.exempt().isPresent() || scope.notRated().isPresent()) {
                bases.add(new Causes.Named("rated+exempt+not_rated", all));
            }
        });
        Set<String> proper = new HashSet<>();
        scale.stream().filter(l -> l.kind() == RatingLevel.Kind.LEVEL).forEach(l -> proper.add(l.id()));
        List<Causes.Named> others = new ArrayList<>();
        List<Causes.Share> siblings = new ArrayList<>();
        long part = counts.count(levelId).map(RatingCounts.LevelCount::count).orElse(0L);
        for (RatingCounts.LevelCount other : counts.counts()) {
            if (other.level().id().equals(levelId)) {
                continue;
            }
            others.add(new Causes.Named(other.level().id(), other.count()));
            if (proper.contains(levelId) && proper.contains(other.level().id())) {
                counts.reported(other.level().id()).ifPresent(p -> siblings.add(new Causes.Share(other.count(), p.percent())));
            }
        }
        OptionalLong base = ofTotal ? scope.total() : counts.rated();
        base.ifPresent(whole -> {
            if (whole > part) {
                others.add(new Causes.Named("rest", whole - part));
            }
        });
        return new Causes.Context(bases, others, siblings);
    }

    /**
     * The one count per level, or the number rated, that a slip of one digit would make add up; a
     * level's published share is evidence for its count, and the shares of those rated for the
     * number rated.
     */
    private static Optional<MismatchCause.Typo> slip(RatingCounts counts, List<RatingLevel> scale) {
        if (counts.rated().isEmpty()) {
            return Optional.empty();
        }
        Set<String> proper = new HashSet<>();
        scale.stream().filter(l -> l.kind() == RatingLevel.Kind.LEVEL).forEach(l -> proper.add(l.id()));
        Set<String> given = new HashSet<>();
        counts.counts().forEach(c -> given.add(c.level().id()));
        return given.containsAll(proper) ? typo(counts, proper) : Optional.empty();
    }

    private static Optional<MismatchCause.Typo> typo(RatingCounts counts, Set<String> proper) {
        boolean ofTotal = counts.scope().percentOf() == RatingCounts.PercentBase.TOTAL;
        OptionalLong base = ofTotal ? counts.scope().total() : counts.rated();
        List<Typos.Figure> parts = new ArrayList<>();
        List<RatingCounts.LevelPercent> shares = new ArrayList<>();
        for (RatingCounts.LevelCount c : counts.counts()) {
            if (!proper.contains(c.level().id())) {
                continue;
            }
            Optional<RatingCounts.LevelPercent> share = counts.reported(c.level().id());
            share.ifPresent(shares::add);
            Optional<LongPredicate> evidence = share.filter(x -> base.isPresent())
                    .map(x -> fits -> x.percent().heldBy(new Percent(fits, base.getAsLong())));
            parts.add(new Typos.Figure(c.level().id(), c.count(), evidence));
        }
        Optional<LongPredicate> ratedEvidence = ofTotal || shares.isEmpty() ? Optional.empty()
                : Optional.of(fits -> fits > 0 && shares.stream().allMatch(x -> counts.count(x.level().id())
                        .map(c -> x.percent().heldBy(new Percent(c.count(), fits))).orElse(true)));
        return Typos.find(parts, new Typos.Figure("rated", counts.rated().getAsLong(), ratedEvidence));
    }

    /** The parts of a cumulative level that a rating gives a count for. */
    private record Parts(List<String> ids, List<String> terms, long sum, boolean every) {
        String written() {
            return String.join(" + ", terms);
        }
    }

    private static Parts parts(RatingLevel level, RatingCounts counts) {
        List<String> ids = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        long sum = 0;
        boolean every = true;
        for (Ref part : level.sumOf()) {
            ids.add(part.id());
            Optional<RatingCounts.LevelCount> count = counts.count(part.id());
            if (count.isPresent()) {
                sum += count.get().count();
                terms.add(count.get().count() + " '" + part.id() + "'");
            } else {
                every = false;
            }
        }
        return new Parts(ids, terms, sum, every);
    }

    /** The start of a message about a bound that does not hold: "the published 'trên 95' does not hold: ". */
    static String notHeld(PublishedPercent published) {
        return "the published '" + published.wording() + "' does not hold: ";
    }

    /** A computed share as a message gives it: to two decimals, without trailing zeros (90 %, 14.29 %). */
    static String shown(Percent rate) {
        BigDecimal rounded = rate.rounded(2).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString() + " %";
    }
}
