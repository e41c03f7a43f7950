package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.OrganizationKind;

class OrganizationsReaderTest {

    private static final String FILE = "content/organizations.yaml";

    private final OrganizationsReader reader = new OrganizationsReader(new YamlReader(ContentFolder.MAX_FILE_BYTES));
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void theTreeIsReadInFileOrderWithEachParent() {
        List<Organization> organizations = reader.read(FILE, """
                organizations:
                  - id: khoi
                    name: Đảng bộ khối Các cơ quan tỉnh
                    short_name: Đảng bộ khối
                    kind: dang-bo-khoi
                  - {id: cb-1, name: Chi bộ 1, kind: chi-bo, parent: khoi}
                """, diagnostics);
        assertEquals(List.of(), diagnostics.list());
        assertEquals(List.of("khoi", "cb-1"), organizations.stream().map(Organization::id).toList());
        Organization top = organizations.get(0);
        assertEquals("Đảng bộ khối", top.displayShortName());
        assertEquals(OrganizationKind.DANG_BO_KHOI, top.kind());
        assertEquals(Optional.empty(), top.parentId());
        Organization branch = organizations.get(1);
        assertEquals("Chi bộ 1", branch.displayShortName(), "without a short name, the name");
        assertEquals(Optional.of("khoi"), branch.parentId());
        assertEquals(new Position(FILE, 6, 54), branch.parentAt());
    }

    @Test
    void anUnknownKindIsAnErrorNamingTheKindsAndTheOthersAreStillRead() {
        List<Organization> organizations = reader.read(FILE, """
                organizations:
                  - {id: khoi, name: Đảng bộ khối, kind: dang-bo-khoi}
                  - {id: cb-1, name: Chi bộ 1, kind: chi-bo-khac, parent: khoi}
                """, diagnostics);
        assertEquals(List.of("khoi"), organizations.stream().map(Organization::id).toList());
        Diagnostic unknown = diagnostics.list().get(0);
        assertEquals(1, diagnostics.list().size(), diagnostics.list().toString());
        assertEquals(Code.UNKNOWN_KIND, unknown.code());
        assertEquals(new Position(FILE, 3, 38), unknown.position());
        assertEquals("unknown kind 'chi-bo-khac'", unknown.message());
        assertEquals("use one of: dang-bo-khoi, dang-bo-co-so, dang-bo-bo-phan, chi-bo-co-so, chi-bo", unknown.hint());
    }

    @Test
    void anIdThatNamesAListPageIsRefused() {
        reader.read(FILE, """
                organizations:
                  - {id: index, name: Đảng bộ khối, kind: dang-bo-khoi}
                """, diagnostics);
        assertEquals(List.of(Diagnostic.error(Code.RESERVED_NAME, new Position(FILE, 2, 10),
                "the id 'index' cannot be used for an organization: 'index' is the name of the list page of each "
                        + "folder of the site", "choose another id, e.g. from the organization's name")), diagnostics.list());
    }
}
