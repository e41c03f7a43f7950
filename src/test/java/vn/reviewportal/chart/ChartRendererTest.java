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
            "Tỷ lệ khắc phục khuyết điểm theo nhóm, năm 2012", "Tỷ lệ (%)",
            List.of("Tổ chức đảng", "Đảng viên không giữ cương vị lãnh đạo"),
            List.of(new BigDecimal("66.5"), new BigDecimal("71.3")), List.of("66,5 %", "71,3 %"), 800, 310);

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
