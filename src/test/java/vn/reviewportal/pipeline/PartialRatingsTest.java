package vn.reviewportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A report that publishes only some levels of a rating scale (made-up figures): the levels it
 * does not give are unknown, shown as a dash and never as 0, and no sum is checked that the
 * source never stated.
 */
class PartialRatingsTest {

    @TempDir
    Path work;

    private BuildReport build(String ratings) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work);
        Path period = work.resolve("periods/2012.yaml");
        String text = Files.readString(period)
                .replace("results:\n", """
                        rating_scales:
                          organizations:
                            - {id: trong-sach-vung-manh, label: "Trong sạch, vững mạnh"}
                            - {id: hoan-thanh-tot, label: Hoàn thành tốt nhiệm vụ}
                            - {id: hoan-thanh, label: Hoàn thành nhiệm vụ}
                            - {id: yeu-kem, label: Yếu kém}

                        results:
                        """)
                + ratings;
        Files.writeString(period, text);
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

    private static final String TWO_OF_FOUR = """
                ratings:
                  organizations:
                    rated: 55
                    counts: {trong-sach-vung-manh: 30, hoan-thanh-tot: 20}
            """;

    @Test
    void twoLevelsOfFourAreNotASumThatFails() throws IOException {
        BuildReport report = build(TWO_OF_FOUR);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(report), "only the seed's own 66.3 %");
    }

    @Test
    void aLevelTheSourceDoesNotGiveIsADashOnThePageAndEmptyInTheDownloads() throws IOException {
        BuildReport report = build(TWO_OF_FOUR);
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains("<th scope=\"row\">Yếu kém</th>\n<td>—</td>\n<td>—</td>"),
                page);
        assertTrue(page.contains("— chưa có số liệu: nguồn không công bố số này."), page);
        assertTrue(!page.contains("<th scope=\"row\">Yếu kém</th>\n<td>0</td>"), page);
        String csv = file(report, "data/2012/dbk-cqt-bac-ninh-ratings-organizations.csv");
        assertTrue(csv.contains("\"Yếu kém\",,\n"), csv);
        assertTrue(csv.contains("\"Trong sạch, vững mạnh\",30,54.5\n"), csv);
        String json = file(report, "data/2012/dbk-cqt-bac-ninh-ratings-organizations.json");
        assertTrue(json.replaceAll("\\s", "").contains("[\"Yếukém\",null,null]"),
                json);
        String chartData = file(report, "data/charts/2012/dbk-cqt-bac-ninh-ratings-organizations.csv");
        assertTrue(chartData.contains("\"Hoàn thành nhiệm vụ\",,\n"), chartData);
    }

    @Test
    void levelsGivenThatAddUpToMoreThanWereRatedAreStillWrong() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 40
                        counts: {trong-sach-vung-manh: 30, hoan-thanh-tot: 20}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "RATINGS-DO-NOT-SUM"), codes(report));
        // Marked on the page too, where the reader sees the figures, not only in the console.
        assertTrue(file(report, "periods/2012.html").contains("<td class=\"differs\">40 <span class=\"flag\">"
                + "(không khớp với tổng các mức)</span></td>"), file(report, "periods/2012.html"));
        assertTrue(report.diagnostics().get(1).message().equals(
                "40 organizations rated, but the counts of the levels given add up to 50"),
                report.diagnostics().get(1).message());
    }

    @Test
    void aLevelThatAloneCountsMoreThanWereRatedIsMarkedAtTheLevel() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 55
                        counts: {trong-sach-vung-manh: 530, hoan-thanh-tot: 20}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "RATINGS-DO-NOT-SUM"), codes(report));
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains("<th scope=\"row\">Trong sạch, vững mạnh</th>\n<td class=\"differs\">530 "
                + "<span class=\"flag\">(lớn hơn tổng số được xếp loại)</span></td>"), page);
        assertTrue(page.contains("<th scope=\"row\">Hoàn thành tốt nhiệm vụ</th>\n<td>20</td>"), page);
    }

    @Test
    void aReportThatDoesNotSayHowManyWereRatedHasNoTotalAndNoComputedShares() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        counts: {trong-sach-vung-manh: 30}
                        reported_percent: {trong-sach-vung-manh: 54.5}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(report), "nothing to check the 54.5 % against");
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains("<th scope=\"row\">Trong sạch, vững mạnh</th>\n<td>30</td>\n"
                + "<td>—</td>\n<td>54,5\u00a0%</td>"), page);
        assertTrue(page.contains("<th scope=\"row\">Tổng số được xếp loại</th>\n<td>—</td>"), page);
    }

    @Test
    void aReportThatGivesOnlyPercentagesIsShownAsPublished() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 55
                        reported_percent: {trong-sach-vung-manh: 54.5, hoan-thanh-tot: 36.4}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH"), codes(report), "only the seed's own 66.3 %");
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains("<th scope=\"row\">Trong sạch, vững mạnh</th>\n<td>—</td>\n"
                + "<td>—</td>\n<td>54,5\u00a0%</td>"), page);
        String csv = file(report, "data/2012/dbk-cqt-bac-ninh-ratings-organizations.csv");
        assertTrue(csv.contains("\"Trong sạch, vững mạnh\",,,54.5\n"), csv);
        // The chart draws what the source published, and says so; nothing for the levels it does not give.
        String chart = file(report, "charts/2012/dbk-cqt-bac-ninh-ratings-organizations.svg");
        assertTrue(chart.contains("54,5\u00a0% (tỷ lệ công bố)"), chart);
        assertTrue(page.contains("Trong sạch, vững mạnh: 54,5\u00a0% (tỷ lệ công bố); Hoàn thành tốt nhiệm vụ: 36,4\u00a0% "
                + "(tỷ lệ công bố); Hoàn thành nhiệm vụ: chưa có số liệu; Yếu kém: chưa có số liệu."), page);
    }

    @Test
    void aPublishedPercentageThatItsCountDoesNotGiveIsFlaggedWhereReadersLook() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 55
                        counts: {trong-sach-vung-manh: 30, hoan-thanh-tot: 20}
                        reported_percent: {trong-sach-vung-manh: 60, hoan-thanh-tot: 36.4}
                """);
        assertEquals(List.of("REPORTED-PERCENT-MISMATCH", "REPORTED-PERCENT-MISMATCH"), codes(report));
        assertEquals("the published 60 % of 'trong-sach-vung-manh' does not match its count: 30 of 55 rated is "
                + "54.55 %, which rounds to 55 %; nothing explains it (not truncation, another base, forced to 100 or a ratio)", report.diagnostics().get(1).message());
        String page = file(report, "periods/2012.html");
        assertTrue(page.contains("<td class=\"differs\">60\u00a0% <span class=\"flag\">(không khớp với số liệu)"
                + "</span></td>"), page);
        String quality = file(report, "data-quality.html");
        assertTrue(quality.contains("xếp loại chất lượng tổ chức, mức “Trong sạch, vững mạnh”: tỷ lệ công bố 60\u00a0% "
                + "không khớp với số liệu 30/55 (tính lại được 54,5\u00a0%)."), quality);
    }
}
