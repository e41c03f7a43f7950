package vn.reviewportal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.stats.OrganizationFigures.Count;
import vn.reviewportal.stats.OrganizationFigures.DisciplineFigures;

/** Discipline added up the tree (made-up figures): per figure and per form, partial where a subordinate does not give it. */
class DisciplineRollUpTest {

    private static final OptionalLong NONE = OptionalLong.empty();

    /** 'khoi' over a and b; a gives every figure, b the members and two forms; {@code root} may add khoi's own. */
    private static Statistics statistics(Consumer<TestContent.PeriodSpec> root) {
        return StatisticsCalculator.compute(TestContent.withRoot("khoi", "Đảng bộ khối", "dang-bo-khoi")
                .organization("a", "Đảng bộ A", "dang-bo-co-so", "khoi")
                .organization("b", "Đảng bộ B", "dang-bo-co-so", "khoi")
                .period(2020, p -> {
                    p.result("a", r -> r.discipline(OptionalLong.of(5), OptionalLong.of(1),
                            Map.of("khien-trach", 3L, "canh-cao", 1L, "cach-chuc", 1L, "khai-tru", 0L),
                            OptionalLong.of(1), "0.5"));
                    p.result("b", r -> r.discipline(OptionalLong.of(4), NONE,
                            Map.of("khien-trach", 3L, "canh-cao", 1L), NONE, null));
                    root.accept(p);
                })
                .build());
    }

    private static Count count(long value, boolean partial) {
        return new Count(OptionalLong.of(value), partial);
    }

    @Test
    void eachFigureIsSummedOverTheSubordinatesThatGiveItAndMarkedPartialWhereSomeDoNot() {
        DisciplineFigures root = statistics(p -> { }).of("khoi", PeriodSpan.year(2020)).orElseThrow().discipline().orElseThrow();
        assertEquals(count(9, false), root.members(), "both give the members");
        assertEquals(count(1, true), root.committeeMembers(), "only a gives the committee members");
        assertEquals(count(1, true), root.organizations());
        assertEquals(List.of("Khiển trách 6", "Cảnh cáo 2", "Cách chức 1*", "Khai trừ 0*"), root.forms().stream()
                .map(f -> f.label() + " " + f.count().value().getAsLong() + (f.count().partial() ? "*" : "")).toList());
        assertEquals(java.util.Optional.empty(), root.reported(), "a published share is not added up");
    }

    @Test
    void aFormNoSubordinateGivesIsUnknownNotZero() {
        DisciplineFigures b = statistics(p -> { }).of("b", PeriodSpan.year(2020)).orElseThrow().discipline().orElseThrow();
        assertEquals(List.of(count(3, false), count(1, false), Count.UNKNOWN, Count.UNKNOWN),
                b.forms().stream().map(DisciplineFigures.Form::count).toList());
        assertEquals(Count.UNKNOWN, b.committeeMembers());
    }

    @Test
    void statedFiguresAreComparedFormByFormWhereEverySubordinateGivesThem() {
        Statistics statistics = statistics(p -> p.result("khoi", r -> r.discipline(OptionalLong.of(10), OptionalLong.of(7),
                Map.of("khien-trach", 5L, "canh-cao", 2L, "cach-chuc", 2L), NONE, null)));
        List<String> messages = statistics.diagnostics().stream().map(Diagnostic::message).toList();
        // In the order of their positions: the test content writes the forms before the members.
        assertEquals(List.of("'forms' (Khiển trách) of 'khoi' is 5, but its 2 subordinate organizations add up to 6",
                "'members' (discipline) of 'khoi' is 10, but its 2 subordinate organizations add up to 9"), messages,
                "committee members and Cách chức are not compared: b does not give them");
        QualityFinding.ChildrenDoNotSum form = (QualityFinding.ChildrenDoNotSum) statistics.findings().stream()
                .filter(f -> ((QualityFinding.ChildrenDoNotSum) f).key().equals("forms")).findFirst().orElseThrow();
        assertEquals(List.of("forms", "Khiển trách", "5", "6"),
                List.of(form.key(), form.subject(), Long.toString(form.stated()), Long.toString(form.sum())));
    }
}
