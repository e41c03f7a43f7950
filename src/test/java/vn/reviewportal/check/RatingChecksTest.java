package vn.reviewportal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.model.RatingScales;
import vn.reviewportal.model.Ref;

/** The checks of a rating against its scale (made-up figures), each at the figure it is about. */
class RatingChecksTest {

    private static final String ROOT = TestContent.ROOT;
    private static final String FILE = "content/periods/2012.yaml";

    private static Position at(int line) {
        return new Position(FILE, line, 9);
    }

    private static Ref ref(String id) {
        return new Ref(id, at(1));
    }

    private static final List<RatingLevel> SCALE = List.of(
            RatingLevel.of("xuat-sac", "Hoàn thành xuất sắc nhiệm vụ", at(2)),
            RatingLevel.of("tot", "Hoàn thành tốt nhiệm vụ", at(3)),
            RatingLevel.of("hoan-thanh", "Hoàn thành nhiệm vụ", at(4)),
            new RatingLevel("tieu-bieu", "Trong đó: tiêu biểu", at(5), Optional.of(ref("xuat-sac")), List.of()),
            new RatingLevel("tot-tro-len", "Hoàn thành tốt nhiệm vụ trở lên", at(6), Optional.empty(),
                    List.of(ref("xuat-sac"), ref("tot"))));

    /** A rating's figures, each count written on a line of its own from line 20 on, in the order given. */
    private static final class Rating {
        private final Population population;
        private OptionalLong rated = OptionalLong.empty();
        private final List<RatingCounts.LevelCount> counts = new ArrayList<>();
        private final List<RatingCounts.LevelPercent> percents = new ArrayList<>();
        private OptionalLong total = OptionalLong.empty();
        private OptionalLong exempt = OptionalLong.empty();
        private OptionalLong notRated = OptionalLong.empty();
        private RatingCounts.PercentBase base = RatingCounts.PercentBase.RATED;
        private int line = 20;

        Rating(Population population) {
            this.population = population;
        }

        Rating rated(long n) {
            rated = OptionalLong.of(n);
            return this;
        }

        Rating count(String level, long n) {
            counts.add(new RatingCounts.LevelCount(ref(level), n, at(line++)));
            return this;
        }

        Rating percent(String level, PublishedPercent p) {
            percents.add(new RatingCounts.LevelPercent(ref(level), p, at(line++)));
            return this;
        }

        Rating scope(Long total, Long exempt, Long notRated, RatingCounts.PercentBase base) {
            this.total = total == null ? OptionalLong.empty() : OptionalLong.of(total);
            this.exempt = exempt == null ? OptionalLong.empty() : OptionalLong.of(exempt);
            this.notRated = notRated == null ? OptionalLong.empty() : OptionalLong.of(notRated);
            this.base = base;
            return this;
        }

        RatingCounts build() {
            return new RatingCounts(population, rated, at(10), counts, percents, new RatingCounts.Scope(total, exempt,
                    notRated, Optional.empty(), base, at(11), at(12), at(13)));
        }
    }

    private static CheckedContent check(RatingScales scales, Rating... ratings) {
        return ContentChecker.check(TestContent.seed().period(2012, p -> p.ratingScales(scales)
                .result(ROOT, r -> r.ratings(Arrays.stream(ratings).map(Rating::build)
                        .toArray(RatingCounts[]::new)))).build());
    }

    private static CheckedContent check(Rating... ratings) {
        return check(new RatingScales(SCALE, List.of(), SCALE), ratings);
    }

    /** The diagnostics but the seed's own 66.3 % warning. */
    private static List<Diagnostic> rating(CheckedContent checked) {
        return checked.diagnostics().stream().filter(d -> !d.message().startsWith("the published 66.3 %")).toList();
    }

    private static PublishedPercent worded(String value, PublishedPercent.Bound bound, String wording) {
        return new PublishedPercent(new BigDecimal(value), bound, wording);
    }

    @Test
    void aPartOfALevelIsNotALevelOfItsOwnInTheSum() {
        CheckedContent checked = check(new Rating(Population.ORGANIZATIONS).rated(40).count("xuat-sac", 6)
                .count("tieu-bieu", 2).count("tot", 30).count("hoan-thanh", 4));
        assertEquals(List.of(), rating(checked), "6 + 30 + 4 = 40; the 2 are among the 6");
    }

    @Test
    void aPartThatCountsMoreThanItsLevelIsAWarningAtThePartsCount() {
        CheckedContent checked = check(new Rating(Population.MEMBERS).count("xuat-sac", 6).count("tieu-bieu", 7));
        assertEquals(List.of(Diagnostic.warning(Code.SUBLEVEL_EXCEEDS_LEVEL, at(21),
                "7 members rated 'tieu-bieu', a part of 'xuat-sac', but only 6 rated 'xuat-sac'",
                "a part of a level ('trong đó …') counts some of those at that level; check both counts against "
                        + "the source")), rating(checked), "checked even where the number rated is unknown");
        assertEquals(new QualityFinding.SublevelExceedsLevel(at(21), PeriodSpan.year(2012), ROOT, "members", "tieu-bieu", 7, "xuat-sac",
                6), checked.findings().stream().filter(f -> f instanceof QualityFinding.SublevelExceedsLevel).findFirst()
                .orElseThrow());
    }

    @Test
    void aPartOfALevelNotGivenCannotBeChecked() {
        assertEquals(List.of(), rating(check(new Rating(Population.MEMBERS).count("tieu-bieu", 7))));
    }

    @Test
    void aCumulativeCountIsTheSumOfItsPartsAndNotLessThanThePartsGiven() {
        assertEquals(List.of(), rating(check(new Rating(Population.ORGANIZATIONS).count("xuat-sac", 6).count("tot", 30)
                .count("tot-tro-len", 36))));
        assertEquals(List.of(), rating(check(new Rating(Population.ORGANIZATIONS).count("xuat-sac", 6)
                .count("tot-tro-len", 36))), "the other part is unknown, not 30");
        CheckedContent less = check(new Rating(Population.ORGANIZATIONS).count("xuat-sac", 40).count("tot-tro-len", 36));
        assertEquals(List.of("the published 36 'tot-tro-len' is not the sum of its parts: 40 'xuat-sac' already add "
                + "up to 40"), rating(less).stream().map(Diagnostic::message).toList());
    }

    @Test
    void aCumulativePercentageWithoutACountIsCheckedAgainstItsPartsOnlyWhenAllAreGiven() {
        Rating all = new Rating(Population.ORGANIZATIONS).rated(50).count("xuat-sac", 10).count("tot", 30)
                .percent("tot-tro-len", worded("90", PublishedPercent.Bound.ABOVE, "trên 90%"));
        assertEquals(List.of(Code.CUMULATIVE_MISMATCH),
                rating(check(all)).stream().map(Diagnostic::code).toList());
        Rating some = new Rating(Population.ORGANIZATIONS).rated(50).count("xuat-sac", 10)
                .percent("tot-tro-len", worded("90", PublishedPercent.Bound.ABOVE, "trên 90%"));
        assertEquals(List.of(), rating(check(some)));
    }

    @Test
    void theCumulativeAndThePartAreLeftOutOfTheSumOfTheLevels() {
        CheckedContent checked = check(new Rating(Population.ORGANIZATIONS).rated(40).count("xuat-sac", 6)
                .count("tieu-bieu", 2).count("tot", 30).count("hoan-thanh", 4).count("tot-tro-len", 36));
        assertEquals(List.of(), rating(checked));
        CheckedContent over = check(new Rating(Population.ORGANIZATIONS).rated(40).count("xuat-sac", 6)
                .count("tot", 30).count("hoan-thanh", 5));
        assertEquals(List.of("40 organizations rated, but the counts per level add up to 41"),
                rating(over).stream().map(Diagnostic::message).toList());
    }

    @Test
    void ratedExemptAndNotRatedMakeUpTheTotal() {
        assertEquals(List.of(), rating(check(new Rating(Population.MEMBERS).rated(200)
                .scope(210L, 6L, 4L, RatingCounts.PercentBase.RATED))));
        assertEquals(List.of("210 members in all ('total'), but 200 rated + 6 exempt + 3 not rated add up to 209"),
                rating(check(new Rating(Population.MEMBERS).rated(200).scope(210L, 6L, 3L,
                        RatingCounts.PercentBase.RATED))).stream().map(Diagnostic::message).toList());
        assertEquals(List.of(), rating(check(new Rating(Population.MEMBERS).rated(200)
                .scope(210L, null, 4L, RatingCounts.PercentBase.RATED))), "those exempt are unknown: 204 of 210 fits");
        assertEquals(List.of("210 members in all ('total'), but 211 rated is already more"),
                rating(check(new Rating(Population.MEMBERS).rated(211).scope(210L, null, null,
                        RatingCounts.PercentBase.RATED))).stream().map(Diagnostic::message).toList());
        assertEquals(at(11), rating(check(new Rating(Population.MEMBERS).rated(211).scope(210L, null, null,
                RatingCounts.PercentBase.RATED))).get(0).position(), "at the total");
    }

    @Test
    void aPercentageOfTheTotalIsCheckedAgainstTheTotal() {
        Rating ofTotal = new Rating(Population.MEMBERS).rated(200).count("tot", 150)
                .percent("tot", PublishedPercent.exact(new BigDecimal("71.4")))
                .scope(210L, null, null, RatingCounts.PercentBase.TOTAL);
        assertEquals(List.of(), rating(check(ofTotal)));
        Rating ofRated = new Rating(Population.MEMBERS).rated(200).count("tot", 150)
                .percent("tot", PublishedPercent.exact(new BigDecimal("71.4")))
                .scope(210L, null, null, RatingCounts.PercentBase.RATED);
        assertEquals(List.of("the published 71.4 % of 'tot' does not match its count: 150 of 200 rated is 75.00 %, "
                + "which rounds to 75.0 %; likely another base: 71.4 % = 150/210, of all in scope (210) instead of the 200 "
                + "used"), rating(check(ofRated)).stream().map(Diagnostic::message).toList());
    }

    @Test
    void aBoundThatDoesNotHoldQuotesItsWording() {
        Rating rating = new Rating(Population.ORGANIZATIONS).rated(200).count("xuat-sac", 180)
                .percent("xuat-sac", worded("95", PublishedPercent.Bound.ABOVE, "trên 95%"));
        assertEquals(List.of("the published 'trên 95%' of 'xuat-sac' does not hold: 180 of 200 rated is 90 %; nothing explains it"),
                rating(check(rating)).stream().map(Diagnostic::message).toList());
    }

    @Test
    void cellsWithoutAScaleOfTheirOwnAreRatedOnTheOrganizationsScale() {
        CheckedContent checked = check(new Rating(Population.CELLS).rated(12).count("xuat-sac", 3).count("yeu-kem", 1));
        assertEquals(List.of("unknown rating level 'yeu-kem'"), rating(checked).stream().map(Diagnostic::message).toList());
        assertEquals(true, rating(checked).get(0).hint().contains("declared in 'rating_scales.organizations'"),
                rating(checked).get(0).hint());
        CheckedContent own = check(new RatingScales(SCALE, List.of(RatingLevel.of("yeu-kem", "Yếu kém", at(7))), SCALE),
                new Rating(Population.CELLS).rated(1).count("yeu-kem", 1));
        assertEquals(List.of(), rating(own));
    }

    @Test
    void aPartOfAPartOrOfASumIsAnErrorAtItsPartOf() {
        List<RatingLevel> scale = new ArrayList<>(SCALE);
        scale.add(new RatingLevel("dac-biet", "Trong đó: đặc biệt", at(8), Optional.of(new Ref("tieu-bieu", at(8))),
                List.of()));
        scale.add(new RatingLevel("tong", "Tổng", at(9), Optional.empty(), List.of(new Ref("tot-tro-len", at(9)))));
        CheckedContent checked = check(new RatingScales(scale, List.of(), List.of()));
        assertEquals(List.of("'part_of' of the rating level 'dac-biet' names 'tieu-bieu', which is itself a part of a level",
                "'sum_of' of the rating level 'tong' names 'tot-tro-len', which is a cumulative level"),
                checked.diagnostics().stream().filter(d -> d.code() == Code.INVALID_RATING_PART)
                        .map(Diagnostic::message).toList());
    }
}
