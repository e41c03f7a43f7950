package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Level;
import vn.reviewportal.model.Levels;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Ref;

class OrganizationsReaderTest {

    private static final String FILE = "content/organizations.yaml";

    private final OrganizationsReader reader = new OrganizationsReader(new YamlReader(ContentFolder.MAX_FILE_BYTES));
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void theTreeIsReadInFileOrderWithEachParent() {
        OrganizationsReader.OrganizationsFile file = reader.read(FILE, """
                organizations:
                  - id: khoi
                    name: Đảng bộ khối Các cơ quan tỉnh
                    short_name: Đảng bộ khối
                    kind: dang-bo-khoi
                  - {id: cb-1, name: Chi bộ 1, kind: chi-bo, parent: khoi}
                """, diagnostics);
        assertEquals(List.of(), diagnostics.list());
        List<Organization> organizations = file.organizations();
        assertEquals(List.of("khoi", "cb-1"), organizations.stream().map(Organization::id).toList());
        Organization top = organizations.get(0);
        assertEquals("Đảng bộ khối", top.displayShortName());
        assertEquals(new Ref("dang-bo-khoi", new Position(FILE, 5, 11)), top.kind());
        assertEquals(Optional.empty(), top.parentId());
        Organization branch = organizations.get(1);
        assertEquals("Chi bộ 1", branch.displayShortName(), "without a short name, the name");
        assertEquals(Optional.of("khoi"), branch.parentId());
        assertEquals(new Position(FILE, 6, 54), branch.parentAt());
        assertEquals(Levels.NONE_DECLARED, file.levels(), "a file without 'levels' declares none");
    }

    @Test
    void aKindIsKeptAsWrittenForTheCheckToFindItsLevel() {
        OrganizationsReader.OrganizationsFile file = reader.read(FILE, """
                organizations:
                  - {id: khoi, name: Đảng bộ khối, kind: dang-bo-khoi}
                  - {id: cb-1, name: Chi bộ 1, kind: chi-bo-khac, parent: khoi}
                """, diagnostics);
        assertEquals(List.of(), diagnostics.list());
        assertEquals(new Ref("chi-bo-khac", new Position(FILE, 3, 38)), file.organizations().get(1).kind());
    }

    @Test
    void levelsAddLevelsAndRelabelBuiltInOnes() {
        OrganizationsReader.OrganizationsFile file = reader.read(FILE, """
                levels:
                  - {id: dang-bo-xa, label: Đảng bộ xã, grassroots: true}
                  - {id: ban-can-su, label: Ban cán sự đảng, grassroots: false}
                  - id: dang-bo-khoi
                    label: Đảng bộ Khối các cơ quan
                organizations:
                  - {id: khoi, name: Đảng bộ khối, kind: dang-bo-khoi}
                """, diagnostics);
        assertEquals(List.of(), diagnostics.list());
        assertEquals(List.of(
                        new Levels.Declared(new Level("dang-bo-xa", "Đảng bộ xã", "Đảng bộ xã", true),
                                new Position(FILE, 2, 10)),
                        new Levels.Declared(new Level("ban-can-su", "Ban cán sự đảng", "Ban cán sự đảng", false),
                                new Position(FILE, 3, 10)),
                        new Levels.Declared(new Level("dang-bo-khoi", "Đảng bộ Khối các cơ quan",
                                "Đảng bộ Khối các cơ quan", false), new Position(FILE, 4, 9))),
                file.levels().declared(), "a relabelled built-in level keeps its place; its label is shown in every language");
        assertEquals("Đảng bộ Khối các cơ quan", file.levels().get("dang-bo-khoi").orElseThrow().label(Language.EN));
        assertEquals("Chi bộ", file.levels().get("chi-bo").orElseThrow().label(Language.VI), "built in, not declared");
    }

    @Test
    void aLevelInErrorIsReportedWhereItIsAndLeftOut() {
        OrganizationsReader.OrganizationsFile file = reader.read(FILE, """
                levels:
                  - {id: dang-bo-xa, label: Đảng bộ xã}
                  - {id: dang-bo-phuong, label: Đảng bộ phường, grassroots: có}
                  - {id: Chi bộ thôn, label: Chi bộ thôn, grassroots: true}
                  - {id: chi-bo-ap, grassroots: true}
                  - {id: dang-bo-tinh, lable: Đảng bộ tỉnh}
                  - {id: dang-bo-thi-tran, label: Đảng bộ thị trấn, grasroots: true}
                  - dang-bo-xa
                  - {id: chi-bo, label: Chi bộ trực thuộc}
                  - {id: chi-bo-thon, label: Chi bộ thôn, grassroots: yes}
                organizations:
                  - {id: khoi, name: Đảng bộ khối, kind: dang-bo-khoi}
                """, diagnostics);
        assertEquals(List.of(
                Diagnostic.error(Code.MISSING_KEY, new Position(FILE, 2, 10),
                        "the level 'dang-bo-xa' is not built in, and has no 'grassroots' to say where it stands",
                        "write 'grassroots: true' for a grassroots organization or a part of one (cơ sở), "
                                + "'grassroots: false' for a committee above them"),
                Diagnostic.error(Code.WRONG_TYPE, new Position(FILE, 3, 61),
                        "'grassroots' must be true or false, but this is text 'có'",
                        "write 'grassroots: true' for a grassroots organization or a part of one (cơ sở), "
                                + "'grassroots: false' for a committee above them"),
                Diagnostic.error(Code.INVALID_ID, new Position(FILE, 4, 10), "'Chi bộ thôn' is not a valid id",
                        "ids use lowercase letters a-z, digits and single hyphens, e.g. 'chi-bo-thon'"),
                Diagnostic.error(Code.MISSING_KEY, new Position(FILE, 5, 5), "the level 'chi-bo-ap' has no 'label'",
                        "'label' is required here; see docs/content-format.md"),
                Diagnostic.error(Code.UNKNOWN_KEY, new Position(FILE, 6, 24), "unknown key 'lable' in the level 'dang-bo-tinh'",
                        "did you mean 'label'?"),
                Diagnostic.error(Code.UNKNOWN_KEY, new Position(FILE, 7, 53),
                        "unknown key 'grasroots' in the level 'dang-bo-thi-tran'", "did you mean 'grassroots'?"),
                Diagnostic.error(Code.WRONG_TYPE, new Position(FILE, 8, 5),
                        "an item of 'levels' must be a set of keys, but this is text 'dang-bo-xa'",
                        "write it as 'key: value' lines; expected keys: id, label, grassroots"),
                Diagnostic.error(Code.WRONG_TYPE, new Position(FILE, 10, 55),
                        "'grassroots' must be true or false, but this is the word yes",
                        "write 'grassroots: true' for a grassroots organization or a part of one (cơ sở), "
                                + "'grassroots: false' for a committee above them")), diagnostics.list(),
                "yes, no, on and off are YAML's words for true and false, but not the portal's");
        assertEquals(List.of("chi-bo"), file.levels().declared().stream().map(d -> d.level().id()).toList());
        assertEquals(List.of("khoi"), file.organizations().stream().map(Organization::id).toList());
    }

    @Test
    void levelsMustBeAList() {
        reader.read(FILE, """
                levels: dang-bo-xa
                organizations:
                  - {id: khoi, name: Đảng bộ khối, kind: dang-bo-khoi}
                """, diagnostics);
        assertEquals(List.of(Diagnostic.error(Code.WRONG_TYPE, new Position(FILE, 1, 9),
                "'levels' must be a list, but this is text 'dang-bo-xa'",
                "write one item per line, each starting with '- ', or [a, b] on one line")), diagnostics.list());
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
