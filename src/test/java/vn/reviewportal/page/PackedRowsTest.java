package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A period file's rows packed as they are gathered read back as the same values: texts, whole
 * numbers of either kind, decimals as written, nothing where a figure is unknown, and an empty
 * cell where a table lacks a column another one has.
 */
class PackedRowsTest {

    private static final List<String> LEAD = List.of("organization_id", "organization");

    private static List<Object> values(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @Test
    void rowsReadBackAsTheyWereAddedWithEveryColumnOfTheFile() {
        PackedRows.Builder builder = new PackedRows.Builder();
        builder.add(LEAD, List.of("co-so-1", "Đảng bộ cơ sở 1"), List.of("group", "found", "rate_percent"),
                values("Tổ chức đảng", 747L, new BigDecimal("66.5")));
        builder.add(LEAD, List.of("co-so-1", "Đảng bộ cơ sở 1"), List.of("group", "found", "rate_percent"),
                values("Đảng viên", -3L, null));
        // A later table has a column the first lacked, and the year as an int.
        builder.add(LEAD, List.of("co-so-2", "Chi bộ “Số 2”"), List.of("group", "published_change", "found", "year"),
                values("Tổ chức đảng", "tăng 2,1 điểm", Long.MAX_VALUE, 2012));
        builder.add(LEAD, List.of("co-so-3", "x"), List.of("rate_percent"),
                values(new BigDecimal("123456789012345678901234567890.5")));
        List<String> columns = List.of("organization_id", "organization", "group", "found", "rate_percent",
                "published_change", "year");
        PackedRows rows = builder.build(columns);

        List<List<Object>> expected = List.of(
                values("co-so-1", "Đảng bộ cơ sở 1", "Tổ chức đảng", 747L, new BigDecimal("66.5"), null, null),
                values("co-so-1", "Đảng bộ cơ sở 1", "Đảng viên", -3L, null, null, null),
                values("co-so-2", "Chi bộ “Số 2”", "Tổ chức đảng", Long.MAX_VALUE, null, "tăng 2,1 điểm", 2012),
                values("co-so-3", "x", null, null, new BigDecimal("123456789012345678901234567890.5"), null, null));
        assertEquals(expected, rows);
        assertEquals(rows, expected, "equal either way round");
        assertEquals(expected.hashCode(), rows.hashCode(), "hashed as any list of those rows");
        assertEquals(Integer.class, rows.get(2).get(6).getClass(), "an int stays an int");
        assertEquals("66.5", ((BigDecimal) rows.get(0).get(4)).toPlainString(), "a decimal keeps its scale");
        assertThrows(UnsupportedOperationException.class, () -> rows.get(0).set(0, "changed"));
    }

    @Test
    void aChangedFigureMakesADifferentList() {
        PackedRows.Builder one = new PackedRows.Builder();
        PackedRows.Builder two = new PackedRows.Builder();
        one.add(LEAD, List.of("a", "A"), List.of("found"), values(10L));
        two.add(LEAD, List.of("a", "A"), List.of("found"), values(11L));
        List<String> columns = List.of("organization_id", "organization", "found");
        assertNotEquals(one.build(columns), two.build(columns));
        PackedRows.Builder three = new PackedRows.Builder();
        three.add(LEAD, List.of("a", "A"), List.of("found"), values(10L));
        assertEquals(one.build(columns), three.build(columns));
    }

    @Test
    void aColumnTheFileLacksIsRefused() {
        PackedRows.Builder builder = new PackedRows.Builder();
        builder.add(LEAD, List.of("a", "A"), List.of("found"), values(1L));
        assertThrows(IllegalArgumentException.class, () -> builder.build(List.of("organization_id", "organization")));
    }
}
