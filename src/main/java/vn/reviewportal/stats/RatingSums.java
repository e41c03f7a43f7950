package vn.reviewportal.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.model.Ref;

/**
 * Quality ratings' figures: as one result gives them (a cumulative level computed from its parts
 * where it is not published), and added up over subordinates.
 */
final class RatingSums {

    private RatingSums() {
    }

    /**
     * The ratings of the parts added up, population by population: each level over the parts that
     * give it (unknown if none does, partial if some do not); none for a population no part rates.
     */
    static List<RatingFigures> added(Period period, List<OrganizationFigures> parts) {
        List<RatingFigures> ratings = new ArrayList<>();
        for (Population subject : Population.values()) {
            List<RatingFigures> same = new ArrayList<>();
            long rated = 0;
            boolean ratedKnown = true;
            for (OrganizationFigures part : parts) {
                for (RatingFigures r : part.ratings()) {
                    if (r.subject() == subject) {
                        same.add(r);
                        rated += r.rated().orElse(0);
                        ratedKnown &= r.rated().isPresent();
                    }
                }
            }
            if (!same.isEmpty()) {
                List<RatingLevel> scale = period.ratingScales().of(subject);
                List<RatingFigures.Level> levels = new ArrayList<>();
                for (RatingLevel l : scale) {
                    // A level summed over the parts that give it: unknown if none does, partial if some do not.
                    long count = 0;
                    int giving = 0;
                    boolean partial = false;
                    for (RatingFigures r : same) {
                        for (RatingFigures.Level x : r.levels()) {
                            if (x.id().equals(l.id()) && x.count().isPresent()) {
                                count += x.count().getAsLong();
                                giving++;
                                partial |= x.partial();
                            }
                        }
                    }
                    levels.add(level(l, giving == 0 ? OptionalLong.empty() : OptionalLong.of(count),
                            partial || giving < same.size(), Optional.empty()));
                }
                // The number rated is a sum only when every part gives it; otherwise it is unknown.
                ratings.add(new RatingFigures(subject, ratedKnown ? OptionalLong.of(rated) : OptionalLong.empty(),
                        List.copyOf(levels), scope(same)));
            }
        }
        return ratings;
    }

    static RatingFigures of(List<RatingLevel> scale, RatingCounts counts) {
        List<RatingFigures.Level> levels = new ArrayList<>();
        for (RatingLevel l : scale) {
            OptionalLong count = OptionalLong.empty(); // a level the source does not give is unknown
            for (RatingCounts.LevelCount c : counts.counts()) {
                if (c.level().id().equals(l.id())) {
                    count = OptionalLong.of(count.orElse(0) + c.count());
                }
            }
            Optional<PublishedPercent> reported = Optional.empty();
            for (RatingCounts.LevelPercent p : counts.reported()) {
                if (p.level().id().equals(l.id())) {
                    reported = Optional.of(p.percent());
                }
            }
            levels.add(level(l, count, false, reported));
        }
        // A cumulative level the source does not publish is the sum of its parts, when it gives them all.
        for (int i = 0; i < levels.size(); i++) {
            RatingFigures.Level sum = levels.get(i);
            if (sum.kind() != RatingLevel.Kind.SUM || sum.count().isPresent()) {
                continue;
            }
            long total = 0;
            boolean every = true;
            for (String part : sum.sumOf()) {
                OptionalLong count = OptionalLong.empty();
                for (RatingFigures.Level l : levels) {
                    if (l.id().equals(part)) {
                        count = l.count();
                    }
                }
                every &= count.isPresent();
                total += count.orElse(0);
            }
            if (every) {
                levels.set(i, new RatingFigures.Level(sum.id(), sum.label(), OptionalLong.of(total), false,
                        sum.reported(), sum.kind(), sum.partOf(), sum.sumOf()));
            }
        }
        RatingCounts.Scope scope = counts.scope();
        return new RatingFigures(counts.population(), counts.rated(), List.copyOf(levels), new RatingFigures.Scope(
                scope.total(), scope.exempt(), scope.notRated(), scope.notRatedReason(), scope.percentOf()));
    }

    private static RatingFigures.Level level(RatingLevel l, OptionalLong count, boolean partial,
                                             Optional<PublishedPercent> reported) {
        return new RatingFigures.Level(l.id(), l.label(), count, partial, reported, l.kind(),
                l.partOf().map(Ref::id), l.sumOf().stream().map(Ref::id).toList());
    }

    /**
     * All in scope, exempt and not rated over the parts: each a sum when every part gives it,
     * otherwise unknown; the published bases and reasons are each part's own.
     */
    private static RatingFigures.Scope scope(List<RatingFigures> parts) {
        List<Function<RatingFigures.Scope, OptionalLong>> figures = List.of(
                RatingFigures.Scope::total, RatingFigures.Scope::exempt, RatingFigures.Scope::notRated);
        List<OptionalLong> sums = new ArrayList<>();
        for (Function<RatingFigures.Scope, OptionalLong> figure : figures) {
            long sum = 0;
            boolean every = true;
            for (RatingFigures part : parts) {
                OptionalLong value = figure.apply(part.scope());
                every &= value.isPresent();
                sum += value.orElse(0);
            }
            sums.add(every ? OptionalLong.of(sum) : OptionalLong.empty());
        }
        return new RatingFigures.Scope(sums.get(0), sums.get(1), sums.get(2), Optional.empty(),
                RatingCounts.PercentBase.RATED);
    }
}
