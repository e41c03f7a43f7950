package vn.reviewportal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PublishedTableTest {

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Snapshot snapshot(Map<String, byte[]> files) {
        return new Snapshot(new Manifest(2012, "2013-06-01", "review-portal test", "", List.of()), "ab12", files);
    }

    @Test
    void theYearsTablesAreReadBackWithTheirValues() {
        Snapshot snapshot = snapshot(Map.of(
                "data/2012/organizations.json", text("""
                        {"title": "Số liệu", "rows": [
                          {"organization": "Chi bộ 1", "found": 747, "rate_percent": 66.50, "note": null}
                        ]}
                        """),
                "data/2012/organizations.csv", text("organization,found\n"),
                "data/charts/2012/dbk-rate.json", text("{\"rows\": []}"),
                "data/2013/organizations.json", text("{\"rows\": []}"),
                "index.html", text("<!DOCTYPE html>")));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("organization", "Chi bộ 1");
        row.put("found", new BigDecimal("747"));
        row.put("rate_percent", new BigDecimal("66.5"));
        row.put("note", null);
        assertEquals(List.of(new PublishedTable("data/2012/organizations", List.of(row))), snapshot.tables());
    }

    @Test
    void rowsWrittenAsArraysAreReadByTheirColumnsKeys() {
        Snapshot snapshot = snapshot(Map.of("data/2012/organizations.json", text("""
                {"title": "Số liệu", "columns": [{"key": "organization", "label": "Tổ chức"}, {"key": "found", "label": "Khuyết điểm"}],
                 "rows": [["Chi bộ 1", 747], ["Chi bộ 2", null]]}
                """)));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("organization", "Chi bộ 2");
        second.put("found", null);
        assertEquals(List.of(new PublishedTable("data/2012/organizations",
                List.of(Map.of("organization", "Chi bộ 1", "found", new BigDecimal("747")), second))), snapshot.tables());
    }

    @Test
    void aFileThatIsNoLongerATableHasNothingToCompare() {
        Snapshot snapshot = snapshot(Map.of(
                "data/2012/broken.json", text("{\"rows\": [ {\"found\": "),
                "data/2012/empty.json", text(""),
                "data/2012/list.json", text("[1, 2]")));
        assertEquals(Arrays.asList(new PublishedTable("data/2012/empty", List.of()),
                new PublishedTable("data/2012/list", List.of())), snapshot.tables());
    }

    @Test
    void aTablePublishedCompressedIsReadFromItsGzipAndABrokenOneHasNothingToCompare() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(text("""
                    {"title": "Số liệu", "columns": [{"key": "organization_id", "label": "Mã"}, {"key": "found", "label": "Khuyết điểm"}],
                     "rows": [["chi-bo-1", 747]]}
                    """));
        }
        Snapshot snapshot = snapshot(Map.of(
                "data/2012/shortcomings.json.gz", packed.toByteArray(),
                "data/2012/shortcomings.csv", text("organization_id,found\nchi-bo-1,747\n"),
                "data/2012/cut.json.gz", Arrays.copyOf(packed.toByteArray(), 12),
                "data/2012/plain.json.gz", text("{\"rows\": []}")));
        assertEquals(List.of(new PublishedTable("data/2012/shortcomings",
                List.of(Map.of("organization_id", "chi-bo-1", "found", new BigDecimal("747"))))), snapshot.tables());
    }
}
