package vn.reviewportal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.source.ContentLoader;

class RollUpTest {

    @TempDir
    Path dir;

    /** The statistics of a content folder with these organizations (under 'khoi') and this 2020 period. */
    private Statistics compute(String organizations, String period) throws IOException {
        Files.createDirectories(dir.resolve("periods"));
        Files.writeString(dir.resolve("site.yaml"), "title: T\nlanguage: vi\nroot: khoi\n");
        Files.writeString(dir.resolve("organizations.yaml"), organizations);
        Files.writeString(dir.resolve("periods/2020.yaml"), period);
        var loaded = new ContentLoader(dir, "content").load();
        assertEquals(List.of(), loaded.diagnostics());
        return StatisticsCalculator.compute(loaded.content().orElseThrow());
    }

    private Statistics compute(String rootResult) throws IOException {
        return compute("""
                organizations:
                  - {id: khoi, name: Đảng bộ khối, kind: dang-bo-khoi}
                  - {id: a, name: Đảng bộ A, kind: dang-bo-co-so, parent: khoi}
                  - {id: b, name: Đảng bộ B, kind: dang-bo-co-so, parent: khoi}
                  - {id: b1, name: Chi bộ B1, kind: chi-bo, parent: b}
                """, """
                year: 2020
                title: Kiểm điểm 2020
                groups:
                  - {id: to-chuc, label: Tổ chức đảng}
                  - {id: dang-vien, label: Đảng viên}
                comment_levels: [{id: chi-bo, label: Chi bộ}]
                comment_targets: [{id: tap-the, label: Tập thể}]
                results:
                  - organization: a
                    shortcomings:
                      to-chuc: {found: 10, remediated: 7}
                      dang-vien: {found: 40, remediated: 30}
                    comments: [{level: chi-bo, target: tap-the, count: 5}]
                    discipline: {members: 1}
                  - organization: b1
                    shortcomings:
                      to-chuc: {found: 5, remediated: 5}
                    comments: [{level: chi-bo, target: tap-the, count: 3}]
                """ + rootResult);
    }

    @Test
    void organizationsWithoutTheirOwnResultAddUpTheirSubordinates() throws IOException {
        Statistics statistics = compute("");
        OrganizationFigures b = statistics.of("b", 2020).orElseThrow();
        assertEquals(OrganizationFigures.Basis.ROLLED_UP, b.basis());
        assertEquals(5, b.total().found());
        OrganizationFigures root = statistics.of("khoi", 2020).orElseThrow();
        assertEquals(OrganizationFigures.Basis.ROLLED_UP, root.basis());
        assertEquals(List.of(15L, 40L), root.groups().stream().map(GroupFigures::found).toList());
        assertEquals(List.of(12L, 30L), root.groups().stream().map(GroupFigures::remediated).toList());
        assertEquals(8, root.commentsTotal());
        assertEquals(1, root.discipline().orElseThrow().members());
        assertEquals(2, root.childrenReporting());
        assertEquals(List.of(), statistics.diagnostics());
    }

    @Test
    void statedTotalsThatAgreeWithTheSubordinatesAreQuiet() throws IOException {
        Statistics statistics = compute("""
                  - organization: khoi
                    shortcomings:
                      to-chuc: {found: 15, remediated: 12}
                """);
        assertEquals(OrganizationFigures.Basis.REPORTED, statistics.of("khoi", 2020).orElseThrow().basis());
        assertEquals(List.of(), statistics.diagnostics());
    }

    @Test
    void statedTotalsThatDisagreeAreAWarningNamingBothPlaces() throws IOException {
        Statistics statistics = compute("""
                  - organization: khoi
                    shortcomings:
                      to-chuc: {found: 16, remediated: 12}
                """);
        List<Diagnostic> warnings = statistics.diagnostics();
        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic warning = warnings.get(0);
        assertEquals(Code.CHILDREN_DO_NOT_SUM, warning.code());
        assertEquals(new Position("content/periods/2020.yaml", 21, 24), warning.position());
        assertTrue(warning.message().contains("16") && warning.message().contains("15"), warning.message());
        assertTrue(warning.hint().contains("content/periods/2020.yaml:9:19"), warning.hint());
        QualityFinding.ChildrenDoNotSum finding = (QualityFinding.ChildrenDoNotSum) statistics.findings().get(0);
        assertEquals(List.of(16L, 15L), List.of(finding.stated(), finding.sum()));
    }

    @Test
    void theLargestCountsAddUpExactly() throws IOException {
        Statistics statistics = compute("""
                organizations:
                  - {id: khoi, name: Đảng bộ khối, kind: dang-bo-khoi}
                  - {id: a, name: Đảng bộ A, kind: dang-bo-co-so, parent: khoi}
                  - {id: b, name: Đảng bộ B, kind: dang-bo-co-so, parent: khoi}
                """, """
                year: 2020
                title: Kiểm điểm 2020
                groups: [{id: dang-vien, label: Đảng viên}]
                results:
                  - organization: a
                    shortcomings: {dang-vien: {found: 999999999999, remediated: 999999999998}}
                  - organization: b
                    shortcomings: {dang-vien: {found: 999999999999, remediated: 999999999999}}
                """);
        OrganizationFigures root = statistics.of("khoi", 2020).orElseThrow();
        assertEquals(1_999_999_999_998L, root.total().found(), "a total a long holds exactly, not one that wrapped round");
        assertEquals(1_999_999_999_997L, root.total().remediated());
    }
}
