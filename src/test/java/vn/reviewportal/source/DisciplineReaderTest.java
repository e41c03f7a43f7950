package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.DisciplineForm;
import vn.reviewportal.model.DisciplineForms;
import vn.reviewportal.model.Period;

/** Discipline as a report publishes it (made-up figures): any of its figures, the rest unknown, never 0. */
class DisciplineReaderTest {

    private static final String FILE = "content/periods/2023.yaml";
    /** A period whose first result's discipline is {@code DISCIPLINE}, on line 6. */
    private static final String PERIOD = """
            year: 2023
            title: Kiểm điểm 2023
            groups: [{id: ca-nhan, label: Cá nhân}]
            results:
              - organization: huyen-mot
                discipline: DISCIPLINE
            """;

    private final PeriodReader reader = new PeriodReader(new YamlReader(ContentFolder.MAX_FILE_BYTES));
    private final Diagnostics diagnostics = new Diagnostics();

    private Discipline read(String discipline) {
        Period period = reader.read(FILE, PeriodSpan.year(2023), PERIOD.replace("DISCIPLINE", discipline), diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        return period.results().get(0).discipline().orElseThrow();
    }

    private List<Diagnostic> problems(String text) {
        reader.read(FILE, PeriodSpan.year(2023), text, diagnostics);
        return diagnostics.list();
    }

    @Test
    void everyFigureIsReadWithTheFormsInTheOrderWritten() {
        Discipline d = read("{members: 12, committee_members: 3, forms: {khien-trach: 7, canh-cao: 3, cach-chuc: 1, "
                + "khai-tru: 1}, organizations: 2, reported_percent: 0.17}");
        assertEquals(List.of(OptionalLong.of(12), OptionalLong.of(3), OptionalLong.of(2)),
                List.of(d.members(), d.committeeMembers(), d.organizations()));
        assertEquals(List.of("khien-trach 7", "canh-cao 3", "cach-chuc 1", "khai-tru 1"),
                d.forms().stream().map(f -> f.form().id() + " " + f.count()).toList());
        assertEquals(new Position(FILE, 6, 77), d.forms().get(1).form().at(), "a form points at its key");
        assertEquals(Optional.of(PublishedPercent.exact(new BigDecimal("0.17"))), d.reportedPercent());
        assertEquals(new Position(FILE, 6, 27), d.membersAt());
    }

    @Test
    void aPublishedShareMayBeABoundKeptWithItsWording() {
        Discipline d = read("{members: 8, reported_percent: \"dưới 1%\"}");
        PublishedPercent published = d.reportedPercent().orElseThrow();
        assertEquals(PublishedPercent.Bound.BELOW, published.bound());
        assertEquals(0, BigDecimal.ONE.compareTo(published.value()));
        assertEquals("dưới 1%", published.wording());
    }

    @Test
    void aFigureLeftOutIsUnknownNotZero() {
        Discipline members = read("{members: 8}");
        assertEquals(OptionalLong.empty(), members.committeeMembers(), "committee_members left out is not 0");
        assertEquals(OptionalLong.empty(), members.organizations());
        assertEquals(List.of(), members.forms());

        Discipline formsOnly = read("{forms: {khien-trach: 4, canh-cao: 2}, organizations: 1}");
        assertEquals(OptionalLong.empty(), formsOnly.members(), "a report may give only the forms");
        assertEquals(6, formsOnly.formsTotal());
        assertEquals(OptionalLong.of(1), formsOnly.organizations());

        assertEquals(OptionalLong.of(0), read("{members: 3, committee_members: 0}").committeeMembers(),
                "0 written is a published 0");
    }

    @Test
    void aPeriodsOwnFormsReplaceTheBuiltInOnes() {
        Period builtIn = reader.read(FILE, PeriodSpan.year(2023), PERIOD.replace("DISCIPLINE", "{members: 1}"), diagnostics)
                .orElseThrow();
        assertEquals(List.of("khien-trach", "canh-cao", "cach-chuc", "khai-tru"),
                builtIn.disciplineForms().forms().stream().map(DisciplineForm::id).toList());
        Period own = reader.read(FILE, PeriodSpan.year(2023), PERIOD.replace("results:", """
                discipline_forms:
                  - {id: khien-trach, label: Khiển trách}
                  - {id: xoa-ten, label: Xóa tên}
                results:""").replace("DISCIPLINE", "{forms: {xoa-ten: 2}}"), diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        assertEquals(List.of(new DisciplineForm("khien-trach", "Khiển trách", "Khiển trách"),
                new DisciplineForm("xoa-ten", "Xóa tên", "Xóa tên")), own.disciplineForms().forms());
        assertEquals(DisciplineForms.NONE_DECLARED, builtIn.disciplineForms());
    }

    @Test
    void aDisciplineWithoutAFigureOrWithFormsNotAMappingIsAnError() {
        assertEquals(List.of(Diagnostic.error(Code.MISSING_KEY, new Position(FILE, 6, 17), "'discipline' gives no figure",
                "write the figures the source gives: members, committee_members, forms, organizations, "
                        + "reported_percent; or remove 'discipline'")), problems(PERIOD.replace("DISCIPLINE", "{}")));
    }

    @Test
    void formsThatAreNotAMappingOrNotCountsAreErrorsWhereTheyAre() {
        assertEquals(List.of(Diagnostic.error(Code.WRONG_TYPE, new Position(FILE, 6, 25),
                "'forms' must map each form of discipline to the number of members disciplined with it, but this is "
                        + "a list", "write e.g. 'forms: {khien-trach: 7, canh-cao: 3}'"),
                Diagnostic.error(Code.NOT_A_COUNT, new Position(FILE, 8, 36),
                        "'canh-cao' is the text \"3\" in quotes, not a number", "remove the quotes: 'canh-cao: 3'")),
                problems(PERIOD.replace("DISCIPLINE", "{forms: [khien-trach]}") + """
                          - organization: huyen-hai
                            discipline: {forms: {canh-cao: "3"}}
                        """));
    }
}
