package vn.reviewportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.DownloadPlan;

class DownloadRendererTest {

    private static final DownloadPlan PLAN = new DownloadPlan("data/2012/x-shortcomings", "Khắc phục khuyết điểm",
            List.of("group", "found", "rate_percent"), List.of("Nhóm", "Khuyết điểm", "Tỷ lệ khắc phục"),
            List.of(Arrays.asList("Tổ chức đảng, \"cơ sở\"", 747L, new BigDecimal("66.5")),
                    Arrays.asList("=HYPERLINK(\"http://x\")", 0L, null),
                    Arrays.asList("-1+2", 5L, new BigDecimal("-2.1"))));

    @Test
    void csvStartsWithAByteOrderMarkAndReadsBackAsWritten() throws Exception {
        SiteFile csv = new DownloadRenderer().render(PLAN).get(0);
        assertEquals("data/2012/x-shortcomings.csv", csv.path());
        byte[] bytes = csv.bytes();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(text);
        assertEquals(List.of(
                List.of("Nhóm", "Khuyết điểm", "Tỷ lệ khắc phục"),
                List.of("Tổ chức đảng, \"cơ sở\"", "747", "66.5"),
                List.of("'=HYPERLINK(\"http://x\")", "0", ""),
                List.of("'-1+2", "5", "-2.1")), rows.readAll());
    }

    @Test
    void jsonHasTheColumnsAndOneArrayPerRowInTheirOrder() throws Exception {
        SiteFile json = new DownloadRenderer().render(PLAN).get(1);
        assertEquals("data/2012/x-shortcomings.json", json.path());
        JsonNode root = new ObjectMapper().readTree(json.bytes());
        assertEquals("found", root.get("columns").get(1).get("key").asText());
        assertEquals("Khuyết điểm", root.get("columns").get(1).get("label").asText());
        JsonNode first = root.get("rows").get(0);
        assertEquals(3, first.size(), "a value for each column, no more");
        assertEquals(747, first.get(1).asLong());
        assertEquals(new BigDecimal("66.5"), first.get(2).decimalValue());
        assertEquals(true, root.get("rows").get(1).get(2).isNull());
        assertEquals("=HYPERLINK(\"http://x\")", root.get("rows").get(1).get(0).asText(),
                "JSON keeps text as it is: no spreadsheet runs it");
    }
}
