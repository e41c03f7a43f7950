package vn.reviewportal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.diag.Severity;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Level;
import vn.reviewportal.model.Levels;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.ShortcomingCount;
import vn.reviewportal.model.SiteConfig;

class ContentCheckerTest {

    private static final String ROOT = TestContent.ROOT;

    private static List<String> codes(CheckedContent checked) {
        return checked.diagnostics().stream().map(d -> d.code().id()).toList();
    }

    /** The counts of one group in the root's 2012 result. */
    private static ShortcomingCount shortcoming(Content content, String group) {
        return content.period(PeriodSpan.year(2012)).orElseThrow().resultFor(ROOT).orElseThrow().shortcomings().stream()
                .filter(s -> s.group().id().equals(group)).findFirst().orElseThrow();
    }

    @Test
    void thePublished663IsAWarningAndAFinding() {
        Content content = TestContent.seed().build();
        CheckedContent checked = ContentChecker.check(content);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(checked));
        Diagnostic warning = checked.diagnostics().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(shortcoming(content, "to-chuc-dang").reportedAt(), warning.position());
        assertTrue(warning.message().contains("66.3") && warning.message().contains("66.5"), warning.message());
        QualityFinding.PercentMismatch finding = (QualityFinding.PercentMismatch) checked.findings().get(0);
        assertEquals(List.of(497L, 747L), List.of(finding.remediated(), finding.found()));
        assertTrue(!checked.hasErrors());
    }

    @Test
    void remediatedCannotExceedFound() {
        Content content = TestContent.seed()
                .period(2012, p -> p.result(ROOT, r -> r.shortcoming("lanh-dao", 2005, 2006, "66.5")))
                .build();
        CheckedContent checked = ContentChecker.check(content);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "REMEDIATED-EXCEEDS-TOTAL"), codes(checked));
        assertEquals(shortcoming(content, "lanh-dao").remediatedAt(), checked.diagnostics().get(1).position());
        assertTrue(checked.hasErrors());
    }

    @Test
    void unknownGroupLevelAndTargetAreNamedWithTheDeclaredOnes() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .period(2012, p -> p.result(ROOT, r -> r
                        .comment("ban-thuong-vu-dang-uy-khoi", "ca-nhn", 64)
                        .shortcoming("lanh-dao-quan-ly", 2005, 1334, "66.5")))
                .build());
        assertEquals(List.of("UNKNOWN-COMMENT-TARGET", "REPORTED-PERCENT-MISMATCH", "UNKNOWN-SHORTCOMING-GROUP"),
                codes(checked));
        assertTrue(checked.diagnostics().get(0).hint().contains("did you mean 'ca-nhan'"));
        assertTrue(checked.diagnostics().get(2).hint().contains("lanh-dao"));
    }

    /** The error the check gives for {@code code}, the only one of it. */
    private static Diagnostic only(CheckedContent checked, String code) {
        List<Diagnostic> found = checked.diagnostics().stream().filter(d -> d.code().id().equals(code)).toList();
        assertEquals(1, found.size(), checked.diagnostics().toString());
        return found.get(0);
    }

    @Test
    void aKindThatNamesNoLevelIsAnErrorNamingTheBuiltInOnes() {
        Content content = TestContent.seed().organization("a", "Đảng bộ Sở A", "đảng bộ cơ sở", ROOT).build();
        Diagnostic unknown = only(ContentChecker.check(content), "UNKNOWN-KIND");
        assertEquals(content.organization("a").orElseThrow().kind().at(), unknown.position());
        assertEquals("unknown kind 'đảng bộ cơ sở'", unknown.message());
        assertEquals("did you mean 'dang-bo-co-so'? the built-in levels are: dang-bo-tinh, "
                + "dang-bo-thanh-pho-truc-thuoc-trung-uong, dang-bo-huyen, dang-bo-quan, dang-bo-thi-xa, "
                + "dang-bo-thanh-pho-thuoc-tinh, dang-bo-khoi, dang-bo-co-so, dang-bo-bo-phan, chi-bo-co-so, chi-bo; "
                + "a level of the site's own is declared under 'levels'", unknown.hint());
    }

    @Test
    void aKindMayNameADeclaredLevelAndAnUnknownOneIsToldTheDeclaredOnesFirst() {
        TestContent tree = TestContent.seed()
                .level("dang-bo-xa", "Đảng bộ xã", true)
                .level("dang-bo-phuong", "Đảng bộ phường", true)
                .organization("xa", "Đảng bộ xã A", "dang-bo-xa", ROOT);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(ContentChecker.check(tree.build())));
        Diagnostic unknown = only(ContentChecker.check(tree.organization("phuong", "Đảng bộ phường B", "dang-bo-phuon",
                ROOT).build()), "UNKNOWN-KIND");
        assertEquals("did you mean 'dang-bo-phuong'? declared under 'levels': dang-bo-xa, dang-bo-phuong; built in: "
                + "dang-bo-tinh, dang-bo-thanh-pho-truc-thuoc-trung-uong, dang-bo-huyen, dang-bo-quan, dang-bo-thi-xa, "
                + "dang-bo-thanh-pho-thuoc-tinh, dang-bo-khoi, dang-bo-co-so, dang-bo-bo-phan, chi-bo-co-so, chi-bo",
                unknown.hint());
    }

    @Test
    void aLevelDeclaredTwiceIsAnErrorAtTheSecond() {
        Content content = TestContent.seed()
                .level("dang-bo-xa", "Đảng bộ xã", true)
                .level("chi-bo", "Chi bộ trực thuộc", true)
                .build();
        Content twice = new Content(content.site(), new Levels(List.of(content.levels().declared().get(0),
                content.levels().declared().get(1), new Levels.Declared(new Level("dang-bo-xa", "Đảng bộ xã khác",
                "Đảng bộ xã khác", true), new Position("content/organizations.yaml", 9, 9)))),
                content.organizations(), content.periods(), content.articles());
        Diagnostic duplicate = only(ContentChecker.check(twice), "DUPLICATE-ID");
        assertEquals(new Position("content/organizations.yaml", 9, 9), duplicate.position());
        assertEquals("the level 'dang-bo-xa' is declared twice", duplicate.message());
        assertEquals("it was first declared at line " + content.levels().declared().get(0).at().line() + "; keep one",
                duplicate.hint());
    }

    @Test
    void aCycleInTheTreeIsAnError() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .parent(ROOT, "a")
                .organization("a", "A", "chi-bo", ROOT)
                .build());
        assertTrue(codes(checked).contains("ORGANIZATION-CYCLE"), codes(checked).toString());
    }

    @Test
    void doneCannotExceedRequiredNorCommitteeMembersTheMembers() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .period(2012, p -> p.result(ROOT, r -> r.reviewed(55, 56).discipline(8, 9)))
                .build());
        assertEquals(List.of("DONE-EXCEEDS-REQUIRED", "REPORTED-PERCENT-MISMATCH", "COMMITTEE-EXCEEDS-MEMBERS"),
                codes(checked));
    }

    @Test
    void admittedCannotExceedTheMembersButEitherAloneIsFine() {
        CheckedContent exceeding = ContentChecker.check(TestContent.seed()
                .period(2012, p -> p.result(ROOT, r -> r.members(OptionalLong.of(312), OptionalLong.of(6930))))
                .build());
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "ADMITTED-EXCEEDS-MEMBERS"), codes(exceeding));
        assertEquals("6930 members admitted in the year, but only 312 members in all",
                exceeding.diagnostics().get(1).message());
        for (OptionalLong total : List.of(OptionalLong.empty(), OptionalLong.of(6930))) {
            CheckedContent checked = ContentChecker.check(TestContent.seed()
                    .period(2012, p -> p.result(ROOT, r -> r.members(total, OptionalLong.of(312))))
                    .build());
            assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(checked), "total " + total);
        }
    }

    @Test
    void articlesMustNameKnownOrganizationsAndPeriods() {
        CheckedContent checked = ContentChecker.check(TestContent.seed()
                .article(TestContent.ARTICLE, a -> a.period(2019).organizations("dbk-cqt"))
                .build());
        assertTrue(codes(checked).containsAll(List.of("UNKNOWN-ORGANIZATION", "UNKNOWN-PERIOD")), codes(checked).toString());
    }
}
