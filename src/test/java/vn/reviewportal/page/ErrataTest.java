package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.Correction;

class ErrataTest {

    /** Today's table of the organizations of 2012: one whose figures changed, one added. */
    private static final DownloadPlan NOW = new DownloadPlan("data/2012/organizations", "Số liệu của các tổ chức",
            List.of("organization", "found", "rate_percent", "organization_id"),
            List.of("Tổ chức", "Khuyết điểm", "Tỷ lệ khắc phục", "Mã tổ chức"),
            List.of(List.of("Chi bộ 1", 750L, new BigDecimal("66.5"), "cb-1"),
                    Arrays.asList("Chi bộ 3", 10L, null, "cb-3")));

    private static Map<String, Object> row(String name, Object found, Object rate, String id) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("organization", name);
        row.put("found", found);
        row.put("rate_percent", rate);
        row.put("organization_id", id);
        return row;
    }

    private static FrozenYear frozen(int year, FrozenTable... tables) {
        return new FrozenYear(new SnapshotSummary(year, LocalDate.of(2013, 6, 1), 10, 40, "ab12"), List.of(tables));
    }

    @Test
    void everyChangedFigureAndEveryRowAddedOrRemovedIsACorrection() {
        FrozenTable published = new FrozenTable("data/2012/organizations", List.of(
                row("Chi bộ 1", new BigDecimal("747"), new BigDecimal("66.50"), "cb-1"),
                row("Chi bộ 2", new BigDecimal("5"), null, "cb-2")));
        assertEquals(List.of(
                        new Correction(2012, "Số liệu của các tổ chức", "Chi bộ 1", "Khuyết điểm", "747", "750"),
                        new Correction(2012, "Số liệu của các tổ chức", "Chi bộ 3", "", "", "+"),
                        new Correction(2012, "Số liệu của các tổ chức", "Chi bộ 2", "", "−", "")),
                Errata.of(List.of(frozen(2012, published)), List.of(NOW)));
    }

    @Test
    void aFrozenYearCorrectsOnlyTablesItPublished() {
        FrozenTable otherYear = new FrozenTable("data/2013/organizations", List.of(row("Chi bộ 1", 1, null, "cb-1")));
        assertEquals(List.of(), Errata.of(List.of(frozen(2012), frozen(2013, otherYear)), List.of(NOW)));
    }

    @Test
    void aYearsSnapshotCorrectsTheTablesOfEveryPeriodEndingInIt() {
        DownloadPlan half = new DownloadPlan("data/2012-6-thang-dau/organizations", "Số liệu của các tổ chức",
                NOW.keys(), NOW.labels(), List.of(List.of("Chi bộ 1", 750L, new BigDecimal("66.5"), "cb-1")));
        DownloadPlan term = new DownloadPlan("data/2010-2015/organizations", "Số liệu của các tổ chức",
                NOW.keys(), NOW.labels(), List.of(List.of("Chi bộ 1", 750L, new BigDecimal("66.5"), "cb-1")));
        List<Map<String, Object>> rows = List.of(row("Chi bộ 1", 747, new BigDecimal("66.5"), "cb-1"));
        assertEquals(List.of(new Correction(2012, "Số liệu của các tổ chức", "Chi bộ 1", "Khuyết điểm", "747", "750")),
                Errata.of(List.of(frozen(2012, new FrozenTable("data/2012-6-thang-dau/organizations", rows),
                        new FrozenTable("data/2010-2015/organizations", rows))), List.of(half, term)),
                "the half-year of 2012 is corrected in 2012's snapshot; a term ending in 2015 is not");
    }
}
