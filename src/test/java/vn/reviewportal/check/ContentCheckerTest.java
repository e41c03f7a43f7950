package vn.reviewportal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.diag.Severity;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.SiteConfig;
import vn.reviewportal.source.ContentLoader;

class ContentCheckerTest {

    @TempDir
    Path dir;

    private CheckedContent check(String file, UnaryOperator<String> edit) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        Path path = dir.resolve(file);
        Files.writeString(path, edit.apply(Files.readString(path)));
        var loaded = new ContentLoader(dir, "content").load();
        assertEquals(List.of(), loaded.diagnostics(), "the edit must still load");
        return ContentChecker.check(loaded.content().orElseThrow());
    }

    private static List<String> codes(CheckedContent checked) {
        return checked.diagnostics().stream().map(d -> d.code().id()).toList();
    }

    @Test
    void thePublished663IsAWarningAndAFinding() throws IOException {
        CheckedContent checked = check("site.yaml", s -> s);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(checked));
        Diagnostic warning = checked.diagnostics().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(new Position("content/periods/2012.yaml", 44, 69), warning.position());
        assertTrue(warning.message().contains("66.3") && warning.message().contains("66.5"), warning.message());
        QualityFinding.PercentMismatch finding = (QualityFinding.PercentMismatch) checked.findings().get(0);
        assertEquals(List.of(497L, 747L), List.of(finding.remediated(), finding.found()));
        assertTrue(!checked.hasErrors());
    }

    @Test
    void remediatedCannotExceedFound() throws IOException {
        CheckedContent checked = check("periods/2012.yaml", s -> s.replace("remediated: 1334", "remediated: 2006"));
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "REMEDIATED-EXCEEDS-TOTAL"), codes(checked));
        assertEquals(45, checked.diagnostics().get(1).position().line());
        assertTrue(checked.hasErrors());
    }

    @Test
    void unknownGroupLevelAndTargetAreNamedWithTheDeclaredOnes() throws IOException {
        CheckedContent checked = check("periods/2012.yaml", s -> s
                .replace("lanh-dao: {found", "lanh-dao-quan-ly: {found")
                .replace("target: ca-nhan", "target: ca-nhn"));
        assertEquals(List.of("UNKNOWN-COMMENT-TARGET", "REPORTED-PERCENT-MISMATCH", "UNKNOWN-SHORTCOMING-GROUP"),
                codes(checked));
        assertTrue(checked.diagnostics().get(0).hint().contains("did you mean 'ca-nhan'"));
        assertTrue(checked.diagnostics().get(2).hint().contains("lanh-dao"));
    }

    @Test
    void aCycleInTheTreeIsAnError() throws IOException {
        CheckedContent checked = check("organizations.yaml", s -> s
                .replace("    kind: dang-bo-khoi\n", "    kind: dang-bo-khoi\n    parent: a\n")
                + "  - {id: a, name: A, kind: chi-bo, parent: dbk-cqt-bac-ninh}\n");
        assertTrue(codes(checked).contains("ORGANIZATION-CYCLE"), codes(checked).toString());
    }

    @Test
    void doneCannotExceedRequiredNorCommitteeMembersTheMembers() throws IOException {
        CheckedContent checked = check("periods/2012.yaml", s -> s
                .replace("done: 55", "done: 56")
                .replace("committee_members: 1", "committee_members: 9"));
        assertEquals(List.of("DONE-EXCEEDS-REQUIRED", "REPORTED-PERCENT-MISMATCH", "COMMITTEE-EXCEEDS-MEMBERS"),
                codes(checked));
    }

    @Test
    void articlesMustNameKnownOrganizationsAndPeriods() throws IOException {
        CheckedContent checked = check("articles/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.md", s -> s
                .replace("period: 2012", "period: 2019")
                .replace("organizations: [dbk-cqt-bac-ninh]", "organizations: [dbk-cqt]"));
        assertTrue(codes(checked).containsAll(List.of("UNKNOWN-ORGANIZATION", "UNKNOWN-PERIOD")), codes(checked).toString());
    }
}
