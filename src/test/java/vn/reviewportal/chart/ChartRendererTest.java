package vn.reviewportal.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.ChartPlan;

class ChartRendererTest {

    private static final ChartPlan PLAN = new ChartPlan("charts/2012-x-remediation.svg", "2012-x-remediation",
            "Tỷ lệ khắc phục khuyết điểm theo nhóm, năm 2012", ChartPlan.Kind.BARS, "Tỷ lệ (%)", true,
            List.of("Tổ chức đảng", "Đảng viên không giữ cương vị lãnh đạo"),
            List.of(new ChartPlan.Series("Tỷ lệ", List.of(new BigDecimal("66.5"), new BigDecimal("71.3")),
                    List.of("66,5 %", "71,3 %"))), 800, 310);

    private static final ChartPlan STACKED = new ChartPlan("charts/p.svg", "p", "Khuyết điểm", ChartPlan.Kind.STACKED_BARS,
            "Số khuyết điểm", false, List.of("Tổ chức đảng"),
            List.of(new ChartPlan.Series("Đã khắc phục xong", List.of(new BigDecimal(497)), List.of("497")),
                    new ChartPlan.Series("Đang khắc phục", List.of(new BigDecimal(250)), List.of("250"))), 800, 220);

    private static final ChartPlan LINES = new ChartPlan("charts/t.svg", "t", "Qua các năm", ChartPlan.Kind.LINES,
            "Tỷ lệ (%)", true, List.of("2022", "2023", "2024"),
            List.of(new ChartPlan.Series("Tổng cộng", java.util.Arrays.asList(new BigDecimal("60.0"), null,
                    new BigDecimal("75.5")), List.of("60,0 %", "—", "75,5 %")),
                    new ChartPlan.Series("Tổ chức đảng", List.of(new BigDecimal("50.0"), new BigDecimal("55.0"),
                            new BigDecimal("70.0")), List.of("50,0 %", "55,0 %", "70,0 %"))), 800, 440);

    @Test
    void everyKindOfChartIsDeterministicAndNamesItsSeries() {
        for (ChartPlan plan : List.of(STACKED, LINES)) {
            byte[] first = new ChartRenderer().render(plan).bytes();
            assertArrayEquals(first, new ChartRenderer().render(plan).bytes(), plan.id());
            String svg = new String(first, StandardCharsets.UTF_8);
            assertTrue(svg.contains(plan.series().get(0).name()), "legend or label names the series: " + plan.id());
        }
        String stacked = new String(new ChartRenderer().render(STACKED).bytes(), StandardCharsets.UTF_8);
        assertTrue(stacked.contains(">497<") && stacked.contains(">250<"), "both parts of the bar are labelled");
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        SiteFile first = new ChartRenderer().render(PLAN);
        SiteFile second = new ChartRenderer().render(PLAN);
        assertEquals("charts/2012-x-remediation.svg", first.path());
        assertArrayEquals(first.bytes(), second.bytes());
    }

    @Test
    void vietnameseLabelsAndValuesAreTextInAWellFormedSvg() throws Exception {
        byte[] bytes = new ChartRenderer().render(PLAN).bytes();
        String svg = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(svg.contains("Tổ chức đảng"), "category label as text");
        assertTrue(svg.contains("71,3 %"), "value label as text");
        assertTrue(svg.contains("<title>Tỷ lệ khắc phục khuyết điểm theo nhóm, năm 2012</title>"));
        assertTrue(svg.contains("viewBox='0.0 0.0 800.0 310.0'"), "scales with the page");
        assertTrue(svg.contains("id='chart-2012-x-remediation'"));
        assertFalse(svg.matches("(?s).*_\\d{10,}.*"), "no clock-based ids");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
    }
}
