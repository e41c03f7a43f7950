package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Membership;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.ShortcomingCount;

class PeriodReaderTest {

    private static final String FILE = "content/periods/2012.yaml";
    private static final String PERIOD = """
            year: 2012
            title: Kiểm điểm 2012
            published: 2013-05-03
            groups:
              - {id: to-chuc-dang, label: Tổ chức đảng}
              - {id: dang-vien, label: Đảng viên}
            comment_levels: [{id: chi-bo, label: Chi bộ}]
            comment_targets: [{id: tap-the, label: Tập thể}]
            results:
              - organization: khoi
                reviewed: {required: 55, done: 54}
                comments: [{level: chi-bo, target: tap-the, count: 16}]
                shortcomings:
                  to-chuc-dang: {found: 747, remediated: 497, reported_percent: 66.3}
                discipline: {members: 8, committee_members: 1}
              - organization: cb-1
            """;

    private final PeriodReader reader = new PeriodReader(new YamlReader(ContentFolder.MAX_FILE_BYTES));
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void thePeriodIsReadWithItsVocabularyAndEveryResult() {
        Period period = reader.read(FILE, PeriodSpan.year(2012), PERIOD, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        assertEquals(PeriodSpan.year(2012), period.span());
        assertEquals(Optional.of(LocalDate.of(2013, 5, 3)), period.published());
        assertEquals(List.of("to-chuc-dang", "dang-vien"), period.groups().stream().map(Label::id).toList());
        assertEquals(List.of("khoi", "cb-1"), period.results().stream().map(r -> r.organization().id()).toList());
        Result result = period.results().get(0);
        assertEquals(54, result.reviewed().orElseThrow().done());
        assertEquals(16, result.comments().get(0).count());
        ShortcomingCount organizations = result.shortcomings().get(0);
        assertEquals(List.of(747L, 497L), List.of(organizations.found(), organizations.remediated()));
        assertEquals(Optional.of(PublishedPercent.exact(new BigDecimal("66.3"))), organizations.reportedPercent());
        assertEquals(new Position(FILE, 14, 69), organizations.reportedAt());
        assertEquals(OptionalLong.of(1), result.discipline().orElseThrow().committeeMembers());
    }

    @Test
    void aYearOtherThanTheFileNamesIsAnErrorAtTheYear() {
        Optional<Period> period = reader.read("content/periods/2013.yaml", PeriodSpan.year(2013), PERIOD, diagnostics);
        assertEquals(List.of(Diagnostic.error(Code.YEAR_MISMATCH, new Position("content/periods/2013.yaml", 1, 7),
                "the year 2012 does not match the file name 2013.yaml", "make the two the same")), diagnostics.list());
        assertEquals(PeriodSpan.year(2013), period.orElseThrow().span(), "named by its file; not used, since there is an error");
    }

    @Test
    void aResultsKeyBesideThePeriodsKeysSaysWhereItBelongs() {
        reader.read(FILE, PeriodSpan.year(2012), PERIOD.replace("published: 2013-05-03", "suggested_contents: 161"), diagnostics);
        assertEquals(List.of(Diagnostic.error(Code.UNKNOWN_KEY, new Position(FILE, 3, 1),
                "'suggested_contents' does not belong in a period",
                "'suggested_contents' belongs inside each item of 'results', beside 'organization'")), diagnostics.list());
    }

    @Test
    void whatIsWrongInAResultIsReportedWhereItIs() {
        reader.read(FILE, PeriodSpan.year(2012), PERIOD.replace("found: 747", "found: 7.470"), diagnostics);
        assertEquals(List.of(Diagnostic.error(Code.NOT_A_COUNT, new Position(FILE, 14, 29),
                "'found' must be a whole number, but this is the decimal number 7.470",
                "write counts without a thousands separator: 7470")), diagnostics.list());
    }

    @Test
    void aCountWithLeadingZerosIsItsDecimalValueAsNewspapersPrintIt() {
        Period period = reader.read(FILE, PeriodSpan.year(2012), """
                year: 2012
                title: Kiểm điểm 2012
                groups:
                  - {id: to-chuc-dang, label: Tổ chức đảng}
                  - {id: dang-vien, label: Đảng viên}
                comment_levels: [{id: chi-bo, label: Chi bộ}]
                comment_targets: [{id: tap-the, label: Tập thể}]
                results:
                  - organization: khoi
                    reviewed: {required: 09, done: 08}
                    suggested_contents: 010
                    comments: [{level: chi-bo, target: tap-the, count: 06}]
                    shortcomings:
                      to-chuc-dang: {found: 010, remediated: 08}
                      dang-vien:
                        found: 09
                        remediated: 0
                    discipline: {members: 06, committee_members: 00}
                """, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        Result result = period.results().get(0);
        assertEquals(List.of(9L, 8L), List.of(result.reviewed().orElseThrow().required(), result.reviewed().orElseThrow().done()));
        assertEquals(OptionalLong.of(10), result.suggestedContents(), "010 is ten, not octal eight");
        assertEquals(6, result.comments().get(0).count());
        assertEquals(List.of(10L, 8L, 9L, 0L), result.shortcomings().stream()
                .flatMap(s -> Stream.of(s.found(), s.remediated())).toList());
        assertEquals(List.of(OptionalLong.of(6), OptionalLong.of(0)), List.of(result.discipline().orElseThrow().members(),
                result.discipline().orElseThrow().committeeMembers()));
    }

    @Test
    void aLeadingZeroDoesNotMakeAQuotedSignedOrTooLargeCountAcceptable() {
        reader.read(FILE, PeriodSpan.year(2012), PERIOD.replace("found: 747", "found: \"08\"")
                .replace("members: 8", "members: 01000000000000").replace("count: 16", "count: +08"), diagnostics);
        assertEquals(List.of(
                Diagnostic.error(Code.NOT_A_COUNT, new Position(FILE, 12, 56),
                        "'count' must be a whole number in plain digits, but '+08' is a number with a '+' sign",
                        "write 'count: 08'"),
                Diagnostic.error(Code.NOT_A_COUNT, new Position(FILE, 14, 29),
                        "'found' is the text \"08\" in quotes, not a number", "remove the quotes: 'found: 08'"),
                Diagnostic.error(Code.NOT_A_COUNT, new Position(FILE, 15, 27),
                        "'members' is 01000000000000, which is too large for a count of a review",
                        "a count is at most 999999999999; check for extra digits")), diagnostics.list());
    }

    @Test
    void aFileThatIsNotNamedAfterAYearIsNotRead() {
        assertEquals(Optional.of(PeriodSpan.year(2012)), PeriodReader.span(FILE, diagnostics));
        assertEquals(Optional.empty(), PeriodReader.span("content/periods/2012-ban-sao.yaml", diagnostics));
        assertEquals(List.of(Diagnostic.error(Code.INVALID_FILE_NAME, Position.wholeFile("content/periods/2012-ban-sao.yaml"),
                "the file name '2012-ban-sao.yaml' is not a year, a half-year or a term",
                "a period file is named after the period it holds: a year, e.g. periods/2013.yaml; the first half of "
                        + "a year, periods/2013-6-thang-dau.yaml; a term, periods/2010-2015.yaml")), diagnostics.list());
    }

    /** The period with {@code members} written on the line after the first result's discipline, line 16. */
    private static String withMembers(String members) {
        return PERIOD.replace("discipline: {members: 8, committee_members: 1}\n",
                "discipline: {members: 8, committee_members: 1}\n    members: " + members + "\n");
    }

    @Test
    void membersAreReadWithEitherCountLeftOutAsUnknown() {
        Period period = reader.read(FILE, PeriodSpan.year(2012), withMembers("{total: 6930, admitted: 312}"), diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        Membership both = period.results().get(0).members().orElseThrow();
        assertEquals(List.of(OptionalLong.of(6930), OptionalLong.of(312)), List.of(both.total(), both.admitted()));
        assertEquals(new Position(FILE, 16, 38), both.admittedAt());
        assertEquals(Optional.empty(), period.results().get(1).members(), "a result without the block has none");

        Membership admittedOnly = reader.read(FILE, PeriodSpan.year(2012), withMembers("{admitted: 312}"), diagnostics).orElseThrow()
                .results().get(0).members().orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        assertEquals(List.of(OptionalLong.empty(), OptionalLong.of(312)),
                List.of(admittedOnly.total(), admittedOnly.admitted()));
    }

    @Test
    void membersCountsAreCheckedLikeEveryOtherCount() {
        assertEquals(List.of(
                Diagnostic.error(Code.NOT_A_COUNT, new Position(FILE, 16, 22),
                        "'total' is the text \"6930\" in quotes, not a number", "remove the quotes: 'total: 6930'"),
                Diagnostic.error(Code.UNKNOWN_KEY, new Position(FILE, 16, 30), "unknown key 'admited' in 'members'",
                        "did you mean 'admitted'?")), problems("{total: \"6930\", admited: 312}"));
        assertEquals(List.of(Diagnostic.error(Code.NEGATIVE_COUNT, new Position(FILE, 16, 22),
                "'total' is -5, but a count cannot be negative", "write the number of items, 0 or more")),
                problems("{total: -5}"));
        assertEquals(List.of(Diagnostic.error(Code.WRONG_TYPE, new Position(FILE, 16, 14),
                "'members' must be a set of keys, but this is the whole number 6930",
                "write it as 'key: value' lines; expected keys: total, admitted")), problems("6930"));
    }

    private List<Diagnostic> problems(String members) {
        Diagnostics found = new Diagnostics();
        reader.read(FILE, PeriodSpan.year(2012), withMembers(members), found);
        return found.list();
    }

    private static final String RATED = """
            year: 2023
            title: Xếp loại 2023 (giả định)
            groups: [{id: ca-nhan, label: Cá nhân}]
            rating_scales:
              organizations:
                - {id: xuat-sac, label: Hoàn thành xuất sắc nhiệm vụ}
                - {id: tot, label: Hoàn thành tốt nhiệm vụ}
                - {id: tieu-bieu, label: "Trong đó: tiêu biểu", part_of: xuat-sac}
                - {id: tot-tro-len, label: Hoàn thành tốt nhiệm vụ trở lên, sum_of: [xuat-sac, tot]}
              members:
                - {id: tot, label: Hoàn thành tốt nhiệm vụ}
            results:
              - organization: xa
                shortcomings:
                  ca-nhan: {found: 50, remediated: 48, reported_percent: "Trên 95,5 %"}
                ratings:
                  cells:
                    rated: 12
                    counts: {xuat-sac: 3, tieu-bieu: 1}
                    reported_percent: {tot-tro-len: "hơn 80%", tot: "xấp xỉ 58", xuat-sac: 25}
                  members:
                    total: 210
                    rated: 200
                    exempt: 6
                    not_rated: 4
                    not_rated_reason: đang điều trị bệnh
                    percent_of: total
                    counts: {tot: 150}
            """;

    @Test
    void aScaleDeclaresPartsOfLevelsAndSumsOfLevelsAndCellsTakeTheOrganizationsScale() {
        Period period = reader.read("content/periods/2023.yaml", PeriodSpan.year(2023), RATED, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        List<RatingLevel> scale = period.ratingScales().organizations();
        assertEquals(List.of(RatingLevel.Kind.LEVEL, RatingLevel.Kind.LEVEL, RatingLevel.Kind.PART, RatingLevel.Kind.SUM),
                scale.stream().map(RatingLevel::kind).toList());
        assertEquals("xuat-sac", scale.get(2).partOf().orElseThrow().id());
        assertEquals(List.of("xuat-sac", "tot"), scale.get(3).sumOf().stream().map(Ref::id).toList());
        assertEquals(scale, period.ratingScales().of(Population.CELLS), "no cells scale: the organizations' one");
        assertEquals("rating_scales.organizations", period.ratingScales().keyOf(Population.CELLS));
        assertEquals(List.of("tot"), period.ratingScales().of(Population.MEMBERS).stream().map(RatingLevel::id).toList());
    }

    @Test
    void publishedPercentagesKeepTheirWordingAndTheirBound() {
        Result result = reader.read("content/periods/2023.yaml", PeriodSpan.year(2023), RATED, diagnostics).orElseThrow().results().get(0);
        assertEquals(List.of(), diagnostics.list());
        assertEquals(Optional.of(new PublishedPercent(new BigDecimal("95.5"), PublishedPercent.Bound.ABOVE,
                "Trên 95,5 %")), result.shortcomings().get(0).reportedPercent());
        RatingCounts cells = result.ratings().orElseThrow().of(Population.CELLS).orElseThrow();
        assertEquals(List.of(new PublishedPercent(new BigDecimal("80"), PublishedPercent.Bound.ABOVE, "hơn 80%"),
                new PublishedPercent(new BigDecimal("58"), PublishedPercent.Bound.ABOUT, "xấp xỉ 58"),
                PublishedPercent.exact(new BigDecimal("25"))),
                cells.reported().stream().map(RatingCounts.LevelPercent::percent).toList());
        assertEquals(new Position("content/periods/2023.yaml", 19, 42), cells.count("tieu-bieu").orElseThrow().at());
    }

    @Test
    void whoWasNotRatedAndTheBaseOfThePercentagesAreRead() {
        Result result = reader.read("content/periods/2023.yaml", PeriodSpan.year(2023), RATED, diagnostics).orElseThrow().results().get(0);
        assertEquals(List.of(), diagnostics.list());
        assertEquals(Optional.empty(), result.ratings().orElseThrow().of(Population.ORGANIZATIONS));
        RatingCounts.Scope scope = result.ratings().orElseThrow().of(Population.MEMBERS).orElseThrow().scope();
        assertEquals(List.of(OptionalLong.of(210), OptionalLong.of(6), OptionalLong.of(4)),
                List.of(scope.total(), scope.exempt(), scope.notRated()));
        assertEquals(Optional.of("đang điều trị bệnh"), scope.notRatedReason());
        assertEquals(RatingCounts.PercentBase.TOTAL, scope.percentOf());
        assertEquals(new Position("content/periods/2023.yaml", 22, 16), scope.totalAt());
    }

    @Test
    void aWordThePortalDoesNotReadBeforeAPercentageIsAnErrorThatListsTheWordsItReads() {
        Diagnostics found = new Diagnostics();
        reader.read("content/periods/2023.yaml", PeriodSpan.year(2023), RATED.replace("\"hơn 80%\"", "\"tới 80%\""), found);
        assertEquals(List.of(Diagnostic.error(Code.INVALID_PERCENT, new Position("content/periods/2023.yaml", 20, 41),
                "'tot-tro-len' is the text 'tới 80%', but 'tới' is not a word the portal reads before a percentage",
                "write the number as published (66.3), or one of these words before it, in quotes: \"trên 95\", "
                        + "\"hơn 95\", \"gần 95\", \"dưới 95\", \"khoảng 95\", \"xấp xỉ 95\"")), found.list());
    }

    @Test
    void aPercentOfTheTotalNeedsTheTotalAndABaseIsRatedOrTotal() {
        Diagnostics found = new Diagnostics();
        reader.read("content/periods/2023.yaml", PeriodSpan.year(2023), RATED.replace("        total: 210\n", "")
                .replace("percent_of: total", "percent_of: total\n        "), found);
        assertEquals(List.of(Code.MISSING_KEY), found.list().stream().map(Diagnostic::code).toList());
        Diagnostics wrong = new Diagnostics();
        reader.read("content/periods/2023.yaml", PeriodSpan.year(2023), RATED.replace("percent_of: total", "percent_of: all"), wrong);
        assertEquals(List.of(Code.WRONG_TYPE), wrong.list().stream().map(Diagnostic::code).toList());
    }
}
