package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Ref;
import vn.reviewportal.stats.StatisticsCalculator;

/**
 * The list of organizations: the whole tree for a committee's few hundred, the top two levels
 * for a province's thousands (each organization's page lists those under it), saying so.
 */
class OrganizationListTest {

    private static final Position AT = Position.wholeFile("content/organizations.yaml");

    /** The bloc committee, {@code committees} grassroots committees under it, and cells under those. */
    private static Views.OrganizationList list(int committees, int cellsEach) {
        List<Organization> organizations = new ArrayList<>(List.of(SmallSite.bloc()));
        for (int c = 1; c <= committees; c++) {
            organizations.add(new Organization("co-so-" + c, "Đảng bộ cơ sở " + c, "", new Ref("dang-bo-co-so", AT),
                    Optional.of("dbk"), AT, AT));
            for (int b = 1; b <= cellsEach; b++) {
                organizations.add(new Organization("chi-bo-" + c + "-" + b, "Chi bộ " + c + "." + b, "",
                        new Ref("chi-bo", AT), Optional.of("co-so-" + c), AT, AT));
            }
        }
        Content content = SmallSite.content(organizations, List.of());
        OrganizationTree tree = SmallSite.tree(content);
        OrganizationPlanner planner = new OrganizationPlanner(content, StatisticsCalculator.compute(content),
                SmallSite.MESSAGES, SmallSite.FORMATS, tree, new ChartPlanner(SmallSite.MESSAGES, SmallSite.FORMATS, tree));
        return (Views.OrganizationList) planner.list().view();
    }

    @Test
    void aTreeOfAThousandIsListedWhole() {
        Views.OrganizationList whole = list(10, 98);
        assertEquals(1 + 10 + 980, whole.entries().size());
        assertEquals(List.of(0, 1, 2), whole.entries().stream().map(Views.TreeEntry::depth).distinct().toList());
        assertEquals("", whole.note());
    }

    @Test
    void aLargerTreeListsItsTopAndThoseDirectlyUnderItAndSaysWhereTheRestAre() {
        Views.OrganizationList top = list(10, 100);
        assertEquals(11, top.entries().size(), "the bloc committee and its ten grassroots committees");
        assertEquals("Đảng bộ cơ sở 10", top.entries().get(10).link().text());
        assertEquals("Danh sách ghi 11 trong 1.011 tổ chức: tổ chức cấp trên cùng và các tổ chức trực thuộc trực "
                + "tiếp. Trang của mỗi tổ chức ghi các tổ chức trực thuộc của nó.", top.note());
        assertTrue(top.search().href().endsWith("search.html"), top.search().href());
    }
}
