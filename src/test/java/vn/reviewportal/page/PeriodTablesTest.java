package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.PeriodSpan;

class PeriodTablesTest {

    @Test
    void anOrganizationsTableIsPublishedInThePeriodsFileOfItsKind() {
        assertEquals("data/2012/shortcomings", PeriodTables.sharedPath(PeriodSpan.year(2012), "xa-an",
                Routes.download("2012/xa-an-shortcomings")));
        assertEquals("data/2012/ratings-members", PeriodTables.sharedPath(PeriodSpan.year(2012), "xa-an",
                Routes.download("2012/xa-an-ratings-members")));
        assertThrows(IllegalArgumentException.class, () -> PeriodTables.sharedPath(PeriodSpan.year(2012), "xa-an",
                Routes.download("2012/xa-binh-shortcomings")));
    }

    @Test
    void everyOrganizationsRowsAreLedByItsIdAndAColumnOneLacksIsEmpty() {
        PlannedTable an = table("2012/xa-an-shortcomings", List.of("group", "found"), List.of("Tập thể", 8L))
                .sharedIn(Routes.download("2012/shortcomings"), "", "xa-an", "Xã An");
        PlannedTable binh = table("2012/xa-binh-shortcomings", List.of("group", "found", "published_change"),
                List.of("Tập thể", 3L, "tăng 2%")).sharedIn(Routes.download("2012/shortcomings"), "", "xa-binh", "Xã Bình");
        Organization first = SmallSite.cell(1);
        Organization second = SmallSite.cell(2);
        Map<Organization, List<PlannedResults>> history = Map.of(first, List.of(results("xa-an", "Xã An", an)),
                second, List.of(results("xa-binh", "Xã Bình", binh)));
        PeriodTables.Gathered gathered = PeriodTables.gather(List.of(first, second), history::get,
                o -> List.of(), Set.of(),
                SmallSite.MESSAGES, Packing.PLAIN);
        assertEquals(1, gathered.files().size());
        assertEquals(List.of(), gathered.frozenRows(), "no year is frozen");
        DownloadPlan file = gathered.files().get(0);
        assertEquals("data/2012/shortcomings", file.path());
        assertEquals(List.of("organization_id", "organization", "group", "found", "published_change"), file.keys());
        assertEquals(List.of(Arrays.asList("xa-an", "Xã An", "Tập thể", 8L, null),
                List.of("xa-binh", "Xã Bình", "Tập thể", 3L, "tăng 2%")), file.rows());
    }

    private static PlannedTable table(String path, List<String> keys, List<Object> row) {
        return new PlannedTable("Khắc phục", List.of(), List.of(), null,
                new DownloadPlan(Routes.download(path), "Khắc phục", keys, keys, List.of(row)), List.of());
    }

    private static PlannedResults results(String id, String name, PlannedTable groups) {
        return new PlannedResults(PeriodSpan.year(2012), id, name, "Năm 2012", "", "", "", "", List.of(), groups,
                List.of(), List.of(), null, List.of(), List.of(), null, null);
    }
}
