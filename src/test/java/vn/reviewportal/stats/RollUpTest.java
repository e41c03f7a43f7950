package vn.reviewportal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.QualityFinding;

class RollUpTest {

    /** Organizations under 'khoi', a 2020 period with two groups, and results from a and b1, one level below b. */
    private static Content content(Consumer<TestContent.PeriodSpec> rootResult) {
        return TestContent.withRoot("khoi", "Đảng bộ khối", "dang-bo-khoi")
                .organization("a", "Đảng bộ A", "dang-bo-co-so", "khoi")
                .organization("b", "Đảng bộ B", "dang-bo-co-so", "khoi")
                .organization("b1", "Chi bộ B1", "chi-bo", "b")
                .period(2020, p -> p
                        .group("to-chuc", "Tổ chức đảng")
                        .group("dang-vien", "Đảng viên")
                        .commentLevel("chi-bo", "Chi bộ")
                        .commentTarget("tap-the", "Tập thể")
                        .result("a", r -> r
                                .shortcoming("to-chuc", 10, 7)
                                .shortcoming("dang-vien", 40, 30)
                                .comment("chi-bo", "tap-the", 5)
                                .discipline(1, 0))
                        .result("b1", r -> r
                                .shortcoming("to-chuc", 5, 5)
                                .comment("chi-bo", "tap-the", 3)))
                .period(2020, rootResult)
                .build();
    }

    @Test
    void organizationsWithoutTheirOwnResultAddUpTheirSubordinates() {
        Statistics statistics = StatisticsCalculator.compute(content(p -> { }));
        OrganizationFigures b = statistics.of("b", PeriodSpan.year(2020)).orElseThrow();
        assertEquals(OrganizationFigures.Basis.ROLLED_UP, b.basis());
        assertEquals(5, b.total().found());
        OrganizationFigures root = statistics.of("khoi", PeriodSpan.year(2020)).orElseThrow();
        assertEquals(OrganizationFigures.Basis.ROLLED_UP, root.basis());
        assertEquals(List.of(15L, 40L), root.groups().stream().map(GroupFigures::found).toList());
        assertEquals(List.of(12L, 30L), root.groups().stream().map(GroupFigures::remediated).toList());
        assertEquals(8, root.commentsTotal());
        assertEquals(new OrganizationFigures.Count(OptionalLong.of(1), true), root.discipline().orElseThrow().members(),
                "b gives no discipline: the sum is a partial one");
        assertEquals(2, root.childrenReporting());
        assertEquals(List.of(), statistics.diagnostics());
    }

    @Test
    void statedTotalsThatAgreeWithTheSubordinatesAreQuiet() {
        Statistics statistics = StatisticsCalculator.compute(content(p -> p
                .result("khoi", r -> r.shortcoming("to-chuc", 15, 12))));
        assertEquals(OrganizationFigures.Basis.REPORTED, statistics.of("khoi", PeriodSpan.year(2020)).orElseThrow().basis());
        assertEquals(List.of(), statistics.diagnostics());
    }

    @Test
    void statedTotalsThatDisagreeAreAWarningNamingBothPlaces() {
        Content content = content(p -> p.result("khoi", r -> r.shortcoming("to-chuc", 16, 12)));
        Statistics statistics = StatisticsCalculator.compute(content);
        List<Diagnostic> warnings = statistics.diagnostics();
        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic warning = warnings.get(0);
        assertEquals(Code.CHILDREN_DO_NOT_SUM, warning.code());
        Period period = content.period(PeriodSpan.year(2020)).orElseThrow();
        assertEquals(period.resultFor("khoi").orElseThrow().shortcomings().get(0).foundAt(), warning.position());
        assertTrue(warning.message().contains("16") && warning.message().contains("15"), warning.message());
        String subordinatesAt = period.resultFor("a").orElseThrow().organization().at().toString();
        assertTrue(warning.hint().contains(subordinatesAt), warning.hint() + " names " + subordinatesAt);
        QualityFinding.ChildrenDoNotSum finding = (QualityFinding.ChildrenDoNotSum) statistics.findings().get(0);
        assertEquals(List.of(16L, 15L), List.of(finding.stated(), finding.sum()));
    }

    @Test
    void theLargestCountsAddUpExactly() {
        Statistics statistics = StatisticsCalculator.compute(TestContent.withRoot("khoi", "Đảng bộ khối",
                        "dang-bo-khoi")
                .organization("a", "Đảng bộ A", "dang-bo-co-so", "khoi")
                .organization("b", "Đảng bộ B", "dang-bo-co-so", "khoi")
                .period(2020, p -> p
                        .group("dang-vien", "Đảng viên")
                        .result("a", r -> r.shortcoming("dang-vien", 999_999_999_999L, 999_999_999_998L))
                        .result("b", r -> r.shortcoming("dang-vien", 999_999_999_999L, 999_999_999_999L)))
                .build());
        OrganizationFigures root = statistics.of("khoi", PeriodSpan.year(2020)).orElseThrow();
        assertEquals(1_999_999_999_998L, root.total().found(), "a total a long holds exactly, not one that wrapped round");
        assertEquals(1_999_999_999_997L, root.total().remediated());
    }

    @Test
    void membersAreSummedOverTheSubordinatesThatGiveThemAndUnknownWhereNoneDoes() {
        Statistics statistics = StatisticsCalculator.compute(TestContent.withRoot("khoi", "Đảng bộ khối", "dang-bo-khoi")
                .organization("a", "Đảng bộ A", "dang-bo-co-so", "khoi")
                .organization("b", "Đảng bộ B", "dang-bo-co-so", "khoi")
                .period(2020, p -> p
                        .result("a", r -> r.members(OptionalLong.of(120), OptionalLong.of(4)))
                        .result("b", r -> r.members(OptionalLong.of(80), OptionalLong.empty())))
                .build());
        OrganizationFigures.MemberFigures root = statistics.of("khoi", PeriodSpan.year(2020)).orElseThrow().members();
        assertEquals(new OrganizationFigures.MemberFigures(OptionalLong.of(200), false, OptionalLong.of(4), true), root,
                "every subordinate gives the total; only one gives the admissions, so that sum is partial");

        Statistics none = StatisticsCalculator.compute(TestContent.withRoot("khoi", "Đảng bộ khối", "dang-bo-khoi")
                .organization("a", "Đảng bộ A", "dang-bo-co-so", "khoi")
                .period(2020, p -> p.result("a", r -> r.discipline(1, 0)))
                .build());
        assertEquals(OrganizationFigures.MemberFigures.NONE, none.of("khoi", PeriodSpan.year(2020)).orElseThrow().members(),
                "no subordinate gives members: unknown, not 0");
    }
}
