package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.PublishedChange;

/** Half-years and terms in their files, and the changes a result publishes (made-up figures). */
class PeriodKindsReaderTest {

    private final PeriodReader reader = new PeriodReader(new YamlReader(ContentFolder.MAX_FILE_BYTES));
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Period> read(String id, String text) {
        String file = "content/periods/" + id + ".yaml";
        return PeriodReader.span(file, diagnostics).flatMap(span -> reader.read(file, span, text, diagnostics));
    }

    private List<String> codes() {
        return diagnostics.list().stream().map(d -> d.code().id()).toList();
    }

    @Test
    void aHalfYearSaysSoAndATermGivesItsYears() {
        Period half = read("2019-6-thang-dau", """
                year: 2019
                span: first-half
                title: Sơ kết 6 tháng đầu năm 2019
                groups: [{id: ca-nhan, label: Cá nhân}]
                """).orElseThrow();
        Period term = read("2015-2020", """
                term: 2015–2020
                title: Tổng kết nhiệm kỳ 2015–2020
                groups: [{id: ca-nhan, label: Cá nhân}]
                """).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        assertEquals(PeriodSpan.firstHalf(2019), half.span());
        assertEquals(PeriodSpan.term(2015, 2020), term.span(), "an en dash as printed is the term too");
    }

    @Test
    void aFileThatDoesNotSayWhatItsNameSaysIsRefused() {
        read("2019-6-thang-dau", "year: 2019\ntitle: Sao chép\ngroups: [{id: a, label: A}]\n");
        read("2019", "year: 2019\nspan: first-half\ntitle: T\ngroups: [{id: a, label: A}]\n");
        read("2015-2020", "year: 2020\nterm: 2015-2020\ntitle: T\ngroups: [{id: a, label: A}]\n");
        read("2015-2020", "term: 2016-2020\ntitle: T\ngroups: [{id: a, label: A}]\n");
        assertEquals(List.of("PERIOD-KIND-MISMATCH", "PERIOD-KIND-MISMATCH", "PERIOD-KIND-MISMATCH", "YEAR-MISMATCH"),
                codes().stream().sorted().toList());
    }

    @Test
    void changesAreReadInTheSourcesWords() {
        Period period = read("2023", """
                year: 2023
                title: Kiểm điểm 2023
                groups: [{id: ca-nhan, label: Cá nhân}]
                results:
                  - organization: huyen-ba
                    changes:
                      members.total: tăng 2,4%
                      members.admitted: giảm 12
                      ratings.organizations.hoan-thanh-tot: Tăng 3.3 điểm phần trăm
                      shortcomings.ca-nhan: giảm 0,6% so với năm 2022
                      ratings.members.hoan-thanh: không đổi
                """).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        List<PublishedChange> changes = period.results().get(0).changes();
        assertEquals(List.of("members.total", "members.admitted", "ratings.organizations.hoan-thanh-tot",
                "shortcomings.ca-nhan", "ratings.members.hoan-thanh"), changes.stream().map(PublishedChange::figure).toList());
        assertEquals(List.of(new BigDecimal("2.4"), new BigDecimal("-12"), new BigDecimal("3.3"), new BigDecimal("-0.6"),
                BigDecimal.ZERO), changes.stream().map(PublishedChange::amount).toList());
        assertEquals(List.of(PublishedChange.Unit.PERCENT, PublishedChange.Unit.COUNT, PublishedChange.Unit.POINTS,
                PublishedChange.Unit.PERCENT, PublishedChange.Unit.PERCENT),
                changes.stream().map(PublishedChange::unit).toList());
        assertEquals("giảm 0,6% so với năm 2022", changes.get(3).text(), "kept as published");
    }

    @Test
    void aChangeThatCannotBeReadSaysHowToWriteIt() {
        read("2023", """
                year: 2023
                title: Kiểm điểm 2023
                groups: [{id: ca-nhan, label: Cá nhân}]
                results:
                  - organization: huyen-ba
                    changes:
                      members.total: "+2,4%"
                      shortcomings.ca-nhan: tăng 2
                      members.admitted: tăng 1.250
                """);
        List<Diagnostic> found = diagnostics.list();
        assertEquals(List.of(Code.INVALID_CHANGE, Code.INVALID_CHANGE, Code.INVALID_CHANGE),
                found.stream().map(Diagnostic::code).toList());
        assertEquals("'+2,4%' is not a change the portal can read", found.get(0).message());
        assertEquals(7, found.get(0).position().line());
        assertEquals("'tăng 2' has no percent sign, but 'shortcomings.ca-nhan' is a share", found.get(1).message());
        assertEquals("'tăng 1.250' is a change of a count, but 1.250 is not a whole number", found.get(2).message());
    }
}
