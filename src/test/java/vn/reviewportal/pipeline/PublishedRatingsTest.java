package vn.reviewportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.SiteFile;

/**
 * Ratings as reports publish them (made-up figures): a part of a level, a cumulative level,
 * those exempt and not rated, cells as a population of their own, and percentages printed as
 * bounds; each shown on the page, in the downloads and on the data-quality page.
 */
class PublishedRatingsTest {

    private static final String SCALE = """
            rating_scales:
              organizations:
                - {id: hoan-thanh-xuat-sac, label: Hoàn thành xuất sắc nhiệm vụ}
                - {id: hoan-thanh-tot, label: Hoàn thành tốt nhiệm vụ}
                - {id: hoan-thanh, label: Hoàn thành nhiệm vụ}
                - {id: khong-hoan-thanh, label: Không hoàn thành nhiệm vụ}
                - {id: tieu-bieu, label: "Trong đó: tiêu biểu", part_of: hoan-thanh-xuat-sac}
                - {id: tot-tro-len, label: Hoàn thành tốt nhiệm vụ trở lên, sum_of: [hoan-thanh-xuat-sac, hoan-thanh-tot]}
              members:
                - {id: hoan-thanh-xuat-sac, label: Hoàn thành xuất sắc nhiệm vụ}
                - {id: hoan-thanh-tot, label: Hoàn thành tốt nhiệm vụ}
                - {id: hoan-thanh, label: Hoàn thành nhiệm vụ}
                - {id: khong-hoan-thanh, label: Không hoàn thành nhiệm vụ}

            """;

    @TempDir
    Path work;

    private BuildReport build(String ratings) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work);
        Path period = work.resolve("periods/2012.yaml");
        Files.writeString(period, Files.readString(period).replace("results:\n", SCALE + "results:\n") + ratings);
        BuildReport report = new Pipeline(new BuildOptions(work, "content", Optional.empty(), "templates",
                Optional.empty(), "", Optional.empty(), "")).run();
        assertTrue(report.succeeded(), report.diagnostics().toString());
        return report;
    }

    private static String file(BuildReport report, String path) {
        return report.files().stream().filter(f -> f.path().equals(path)).map(SiteFile::bytes)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).findFirst().orElseThrow(() ->
                        new AssertionError(path + " is not in the site"));
    }

    private static List<String> codes(BuildReport report) {
        return report.diagnostics().stream().map(Diagnostic::code).map(c -> c.id()).toList();
    }

    private static String row(String label, String... cells) {
        StringBuilder row = new StringBuilder("<th scope=\"row\">" + label + "</th>");
        for (String cell : cells) {
            row.append("\n<td>").append(cell).append("</td>");
        }
        return row.toString();
    }

    @Test
    void aPartOfALevelIsARowUnderItsLevelAndNotInTheSumOrTheChart() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 40
                        counts: {hoan-thanh-xuat-sac: 6, tieu-bieu: 2, hoan-thanh-tot: 30, hoan-thanh: 3, khong-hoan-thanh: 1}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(report), "the part is not added to the levels");
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains(row("Hoàn thành xuất sắc nhiệm vụ", "6", "15,0\u00a0%") + "\n</tr>\n    <tr>"
                + row("\u00a0\u00a0\u00a0\u00a0trong đó: tiêu biểu", "2", "5,0\u00a0%")), page);
        String csv = file(report, "data/2012/dbk-cqt-bac-ninh-ratings-organizations.csv");
        assertTrue(csv.contains("\"Hoàn thành xuất sắc nhiệm vụ\",6,15.0\n\"trong đó: tiêu biểu\",2,5.0\n"), csv);
        String chart = file(report, "data/charts/2012/dbk-cqt-bac-ninh-ratings-organizations.csv");
        assertFalse(chart.contains("tiêu biểu") || chart.contains("trở lên"), "the chart draws the levels only: " + chart);
    }

    @Test
    void aPartThatCountsMoreThanItsLevelIsMarkedAtThePart() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 40
                        counts: {hoan-thanh-xuat-sac: 6, tieu-bieu: 9}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "SUBLEVEL-EXCEEDS-LEVEL"), codes(report));
        assertTrue(file(report, "periods/2012.html").contains("<td class=\"differs\">9 <span class=\"flag\">"
                + "(lớn hơn số của mức chứa nó)</span></td>"));
        assertTrue(file(report, "data-quality.html").contains("xếp loại chất lượng tổ chức, “Trong đó: tiêu biểu” "
                + "(một phần của mức “Hoàn thành xuất sắc nhiệm vụ”) là 9, lớn hơn số của mức đó (6)."),
                file(report, "data-quality.html"));
    }

    @Test
    void aCumulativeLevelIsComputedFromItsPartsOrUnknownAndNeverDerivedBack() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 40
                        counts: {hoan-thanh-xuat-sac: 6, hoan-thanh-tot: 30}
                      members:
                        rated: 200
                        counts: {hoan-thanh-xuat-sac: 30}
                """);
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains(row("Hoàn thành tốt nhiệm vụ trở lên", "36", "90,0\u00a0%")), page);
        assertTrue(page.contains("“Hoàn thành tốt nhiệm vụ trở lên” là số cộng dồn của các mức: Hoàn thành xuất sắc "
                + "nhiệm vụ + Hoàn thành tốt nhiệm vụ."), page);
        BuildReport partsMissing = build("""
                    ratings:
                      organizations:
                        rated: 40
                        counts: {hoan-thanh-xuat-sac: 6, tot-tro-len: 36}
                """);
        String shown = file(partsMissing, "periods/2012.html");
        assertTrue(shown.contains(row("Hoàn thành tốt nhiệm vụ", "—", "—")), "30 is not derived from 36 − 6: " + shown);
        assertTrue(shown.contains(row("Hoàn thành tốt nhiệm vụ trở lên", "36", "90,0\u00a0%")), shown);
    }

    @Test
    void aPublishedCumulativeFigureIsKeptAndCheckedAgainstItsParts() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 40
                        counts: {hoan-thanh-xuat-sac: 6, hoan-thanh-tot: 30, tot-tro-len: 38}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "CUMULATIVE-MISMATCH"), codes(report));
        assertEquals("the published 38 'tot-tro-len' is not the sum of its parts: 6 'hoan-thanh-xuat-sac' + "
                + "30 'hoan-thanh-tot' = 36", report.diagnostics().get(1).message());
        assertTrue(file(report, "periods/2012.html").contains("<th scope=\"row\">Hoàn thành tốt nhiệm vụ trở lên</th>\n"
                + "<td class=\"differs\">38 <span class=\"flag\">(không bằng tổng các mức cộng dồn)</span></td>"));
        assertTrue(file(report, "data-quality.html").contains("mức cộng dồn “Hoàn thành tốt nhiệm vụ trở lên” công bố "
                + "38, nhưng cộng các mức “Hoàn thành xuất sắc nhiệm vụ” + “Hoàn thành tốt nhiệm vụ” được 36."));
    }

    @Test
    void thoseExemptAndNotRatedAreRowsAndAPercentOfTheTotalIsCheckedAgainstIt() throws IOException {
        BuildReport report = build("""
                    ratings:
                      members:
                        total: 210
                        rated: 200
                        exempt: 6
                        not_rated: 4
                        not_rated_reason: đang điều trị bệnh dài ngày
                        percent_of: total
                        counts: {hoan-thanh-xuat-sac: 30, hoan-thanh-tot: 150, hoan-thanh: 18, khong-hoan-thanh: 2}
                        reported_percent: {hoan-thanh-xuat-sac: 14.3, hoan-thanh-tot: 75}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "REPORTED-PERCENT-MISMATCH"), codes(report),
                "14.3 is 30 of 210; 75 is 150 of those rated, not of the total");
        assertEquals("the published 75 % of 'hoan-thanh-tot' does not match its count: 150 of 210 in all is 71.43 %, "
                + "which rounds to 71 %; likely another base: 75 % = 150/200, of those rated (200) instead of the 210 "
                + "used", report.diagnostics().get(1).message());
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains(row("Miễn đánh giá", "6", "", "")), page);
        assertTrue(page.contains(row("Chưa đánh giá (lý do: đang điều trị bệnh dài ngày)", "4", "", "")), page);
        assertTrue(page.contains(row("Tổng số (kể cả miễn, chưa đánh giá)", "210", "", "")), page);
        assertTrue(page.contains(row("Hoàn thành tốt nhiệm vụ", "150", "75,0\u00a0%")), "shares are of those rated");
        assertTrue(page.contains("Tỷ lệ công bố được nguồn tính trên tổng số (kể cả miễn, chưa đánh giá); tỷ lệ của "
                + "cổng tính trên số được xếp loại."), page);
        String json = file(report, "data/2012/dbk-cqt-bac-ninh-ratings-members.json").replaceAll("\\s", "");
        assertTrue(json.contains("[\"Miễnđánhgiá\",6,null,null]"), json);
    }

    @Test
    void thoseRatedExemptAndNotRatedThatDoNotMakeUpTheTotalAreMarkedAtTheTotal() throws IOException {
        BuildReport report = build("""
                    ratings:
                      members:
                        total: 120
                        rated: 100
                        exempt: 5
                        counts: {hoan-thanh-xuat-sac: 20, hoan-thanh-tot: 80}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(report), "not_rated unknown: 105 of 120 may be right");
        BuildReport over = build("""
                    ratings:
                      members:
                        total: 100
                        rated: 100
                        exempt: 5
                        counts: {hoan-thanh-xuat-sac: 20, hoan-thanh-tot: 80}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "RATING-BASE-DOES-NOT-ADD-UP"), codes(over));
        assertEquals("100 members in all ('total'), but 100 rated + 5 exempt already add up to 105",
                over.diagnostics().get(1).message());
        assertTrue(file(over, "periods/2012.html").contains("<td class=\"differs\">100 <span class=\"flag\">"
                + "(không khớp với số được xếp loại, miễn và chưa đánh giá)</span></td>"));
        assertTrue(file(over, "data-quality.html").contains("xếp loại chất lượng đảng viên có tổng số 100, nhưng "
                + "được xếp loại 100 + miễn đánh giá 5 cộng lại được 105."), file(over, "data-quality.html"));
    }

    @Test
    void cellsAreAPopulationOfTheirOwnOnTheOrganizationsScale() throws IOException {
        BuildReport report = build("""
                    ratings:
                      cells:
                        rated: 12
                        counts: {hoan-thanh-xuat-sac: 3, hoan-thanh-tot: 7, hoan-thanh: 2, khong-hoan-thanh: 0}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(report));
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains("<caption>Xếp loại chất lượng chi bộ trực thuộc đảng ủy cơ sở</caption>"), page);
        assertTrue(page.contains(row("Hoàn thành tốt nhiệm vụ trở lên", "10", "83,3\u00a0%")), page);
        file(report, "data/2012/dbk-cqt-bac-ninh-ratings-cells.csv");
        file(report, "charts/2012/dbk-cqt-bac-ninh-ratings-cells.svg");
    }

    @Test
    void aBoundKeepsItsWordingOnThePageAndInTheDownloadsAndIsCheckedAsABound() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 200
                        counts: {hoan-thanh-xuat-sac: 180, hoan-thanh-tot: 20}
                        reported_percent: {hoan-thanh-xuat-sac: "trên 95%", hoan-thanh-tot: "gần 10,5%"}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "REPORTED-PERCENT-MISMATCH"), codes(report));
        assertEquals("the published 'trên 95%' of 'hoan-thanh-xuat-sac' does not hold: 180 of 200 rated is 90 %; nothing explains it",
                report.diagnostics().get(1).message());
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains("<td class=\"differs\">trên 95\u00a0% <span class=\"flag\">(không khớp với số liệu)"
                + "</span></td>"), page);
        assertTrue(page.contains("<td>gần 10,5\u00a0%</td>"), "10 % is nearly 10.5 %: " + page);
        String csv = file(report, "data/2012/dbk-cqt-bac-ninh-ratings-organizations.csv");
        assertTrue(csv.contains("\"Hoàn thành xuất sắc nhiệm vụ\",180,90.0,\"trên 95%\"\n"), csv);
        String quality = file(report, "data-quality.html");
        assertTrue(quality.contains("mức “Hoàn thành xuất sắc nhiệm vụ”: tỷ lệ công bố “trên 95\u00a0%” không đúng với "
                + "số liệu 180/200 (tính lại được 90,0\u00a0%)."), quality);
    }
}
