package vn.reviewportal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.DisciplineForms;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.QualityFinding;

/** The figures of discipline against each other (made-up figures), and no warning where a report gives only some. */
class DisciplineCheckTest {

    private static final String ROOT = TestContent.ROOT;

    private static Map<String, Long> forms(Object... idsAndCounts) {
        Map<String, Long> forms = new LinkedHashMap<>();
        for (int i = 0; i < idsAndCounts.length; i += 2) {
            forms.put((String) idsAndCounts[i], ((Number) idsAndCounts[i + 1]).longValue());
        }
        return forms;
    }

    /** The seed with the root's 2012 discipline replaced, and {@code period} changed as it says. */
    private static Content content(OptionalLong members, OptionalLong committee, Map<String, Long> forms,
                                   String reported, UnaryOperator<TestContent.PeriodSpec> period) {
        return TestContent.seed().period(2012, p -> period.apply(p).result(ROOT, r -> r.discipline(members, committee,
                forms, OptionalLong.empty(), reported))).build();
    }

    private static Discipline discipline(Content content) {
        return content.period(PeriodSpan.year(2012)).orElseThrow().resultFor(ROOT).orElseThrow().discipline().orElseThrow();
    }

    /** The diagnostics other than the seed's own published 66.3 %. */
    private static List<Diagnostic> ofDiscipline(CheckedContent checked) {
        return checked.diagnostics().stream().filter(d -> !d.message().contains("66.3")).toList();
    }

    @Test
    void everyFormGivenMustAddUpToTheMembers() {
        Content content = content(OptionalLong.of(12), OptionalLong.of(3),
                forms("khien-trach", 7, "canh-cao", 3, "cach-chuc", 1, "khai-tru", 2), null, p -> p);
        CheckedContent checked = ContentChecker.check(content);
        List<Diagnostic> found = ofDiscipline(checked);
        assertEquals(1, found.size(), found.toString());
        assertEquals("DISCIPLINE-FORMS-DO-NOT-SUM", found.get(0).code().id());
        assertEquals(discipline(content).membersAt(), found.get(0).position());
        assertEquals("12 members disciplined, but the forms (khien-trach 7, canh-cao 3, cach-chuc 1, khai-tru 2) add up "
                + "to 13", found.get(0).message());
        assertTrue(checked.findings().contains(new QualityFinding.DisciplineFormsDoNotSum(discipline(content).membersAt(),
                PeriodSpan.year(2012), ROOT, 12, 13, true, Optional.empty())), checked.findings().toString());

        assertEquals(List.of(), ofDiscipline(ContentChecker.check(content(OptionalLong.of(13), OptionalLong.of(3),
                forms("khien-trach", 7, "canh-cao", 3, "cach-chuc", 1, "khai-tru", 2), null, p -> p))));
    }

    @Test
    void someFormsGivenMayBeFewerButNotMoreThanTheMembers() {
        assertEquals(List.of(), ofDiscipline(ContentChecker.check(content(OptionalLong.of(12), OptionalLong.empty(),
                forms("khien-trach", 7, "canh-cao", 3), null, p -> p))), "two forms of four: no false alarm");
        List<Diagnostic> over = ofDiscipline(ContentChecker.check(content(OptionalLong.of(8), OptionalLong.empty(),
                forms("khien-trach", 7, "canh-cao", 3), null, p -> p)));
        assertEquals(List.of("DISCIPLINE-FORMS-DO-NOT-SUM"), over.stream().map(d -> d.code().id()).toList());
        assertEquals("8 members disciplined, but the forms given (khien-trach 7, canh-cao 3) add up to 10, more than that",
                over.get(0).message());
    }

    @Test
    void formsWithoutTheMembersAreNotCheckedAgainstAnything() {
        assertEquals(List.of(), ofDiscipline(ContentChecker.check(content(OptionalLong.empty(), OptionalLong.of(2),
                forms("khien-trach", 7, "canh-cao", 3, "cach-chuc", 1, "khai-tru", 1), null, p -> p))));
    }

    @Test
    void anUnknownFormNamesTheClosestAndThePeriodsForms() {
        Diagnostic builtIn = ofDiscipline(ContentChecker.check(content(OptionalLong.of(2), OptionalLong.empty(),
                forms("canh-cao", 1, "khai-tro", 1), null, p -> p))).get(0);
        assertEquals("UNKNOWN-DISCIPLINE-FORM", builtIn.code().id());
        assertEquals("unknown form of discipline 'khai-tro'", builtIn.message());
        assertEquals("did you mean 'khai-tru'? the forms are: khien-trach, canh-cao, cach-chuc, khai-tru; a period "
                + "with other forms declares them under 'discipline_forms'", builtIn.hint());

        Content own = content(OptionalLong.of(2), OptionalLong.empty(), forms("xoa-ten", 1, "cach-chuc", 1), null,
                p -> p.disciplineForm("khien-trach", "Khiển trách").disciplineForm("xoa-ten", "Xóa tên"));
        List<Diagnostic> found = ofDiscipline(ContentChecker.check(own));
        assertEquals(1, found.size(), found.toString());
        assertEquals(discipline(own).forms().get(1).form().at(), found.get(0).position());
        assertEquals("declared in 'discipline_forms': khien-trach, xoa-ten", found.get(0).hint(),
                "the period's own list replaces the built-in one");
    }

    @Test
    void thePublishedShareIsCheckedAgainstTheResultsMembersWhereItGivesThem() {
        Content wrong = TestContent.seed().period(2012, p -> p.result(ROOT, r -> r
                .members(OptionalLong.of(7000), OptionalLong.empty())
                .discipline(OptionalLong.of(12), OptionalLong.empty(), Map.of(), OptionalLong.empty(), "0.3"))).build();
        CheckedContent checked = ContentChecker.check(wrong);
        List<Diagnostic> found = ofDiscipline(checked);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), found.stream().map(d -> d.code().id()).toList());
        assertEquals(discipline(wrong).reportedAt(), found.get(0).position());
        assertEquals("the published 0.3 % of members disciplined does not match its counts: 12 of 7000 members is "
                + "0.17 %, which rounds to 0.2 %; nothing explains it (not truncation, another base, forced to 100 or a ratio)", found.get(0).message());
        assertTrue(checked.findings().stream().anyMatch(f -> f instanceof QualityFinding.DisciplinePercentMismatch m
                && m.disciplined() == 12 && m.members() == 7000));

        Content right = TestContent.seed().period(2012, p -> p.result(ROOT, r -> r
                .members(OptionalLong.of(7000), OptionalLong.empty())
                .discipline(OptionalLong.of(12), OptionalLong.empty(), Map.of(), OptionalLong.empty(), "0.17"))).build();
        assertEquals(List.of(), ofDiscipline(ContentChecker.check(right)), "0.17 is 12 of 7000 at two decimals");

        assertEquals(List.of(), ofDiscipline(ContentChecker.check(content(OptionalLong.of(12), OptionalLong.empty(),
                Map.of(), "0.3", p -> p))), "without the members in all it cannot be checked: no false warning");
    }

    @Test
    void committeeMembersAreCheckedOnlyWhereBothAreGiven() {
        List<Diagnostic> found = ofDiscipline(ContentChecker.check(content(OptionalLong.of(2), OptionalLong.of(3),
                Map.of(), null, p -> p)));
        assertEquals(List.of("COMMITTEE-EXCEEDS-MEMBERS"), found.stream().map(d -> d.code().id()).toList());
        assertEquals(List.of(), ofDiscipline(ContentChecker.check(content(OptionalLong.empty(), OptionalLong.of(3),
                Map.of(), null, p -> p))));
    }

    @Test
    void aFormDeclaredTwiceIsAnError() {
        // The test content keeps one label per id; the same declaration is put twice by hand.
        Content twice = TestContent.seed().period(2012, p -> p.disciplineForm("xoa-ten", "Xóa tên")).build();
        Content declaredTwice = new Content(twice.site(), twice.levels(), twice.organizations(),
                twice.periods().stream().map(period -> new Period(period.span(), period.title(),
                        period.published(), period.start(), period.end(), period.groups(), period.commentLevels(),
                        period.commentTargets(), period.ratingScales(), period.results(), period.at(),
                        new DisciplineForms(List.of(period.disciplineForms().declared().get(0),
                                period.disciplineForms().declared().get(0))))).toList(), twice.articles());
        assertEquals(List.of("DUPLICATE-ID"), ContentChecker.check(declaredTwice).diagnostics().stream()
                .filter(d -> !d.message().contains("66.3")).map(d -> d.code().id()).toList());
    }
}
