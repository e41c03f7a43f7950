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
import vn.reviewportal.model.SiteConfig;

class SiteReaderTest {

    private static final String FILE = "content/site.yaml";

    private final SiteReader reader = new SiteReader(new YamlReader(ContentFolder.MAX_FILE_BYTES));
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void theSiteIsReadWithWhereItsRootIsNamed() {
        SiteConfig site = reader.read(FILE, """
                title: Kết quả kiểm điểm
                language: vi
                root: dbk-cqt-bac-ninh
                base_url: http://intranet.example/portal
                """, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        assertEquals("Kết quả kiểm điểm", site.title());
        assertEquals("", site.description());
        assertEquals(Language.VI, site.language());
        assertEquals("dbk-cqt-bac-ninh", site.root());
        assertEquals(new Position(FILE, 3, 7), site.rootAt());
        assertEquals(Optional.of("http://intranet.example/portal/"), site.baseUrl(), "the address ends in '/'");
    }

    @Test
    void aLanguageThePortalDoesNotSpeakIsAnErrorAtItsValue() {
        Optional<SiteConfig> site = reader.read(FILE, """
                title: Kết quả kiểm điểm
                language: fr
                root: dbk-cqt-bac-ninh
                """, diagnostics);
        assertEquals(Optional.empty(), site);
        assertEquals(List.of(Diagnostic.error(Code.UNKNOWN_LANGUAGE, new Position(FILE, 2, 11),
                "the site language 'fr' is not available", "write 'language: vi' or 'language: en'")), diagnostics.list());
    }

    @Test
    void aMissingTitleAndAnAddressThatIsNotOneAreBothReported() {
        reader.read(FILE, """
                language: vi
                root: dbk-cqt-bac-ninh
                base_url: intranet/portal
                """, diagnostics);
        assertEquals(List.of(Code.MISSING_KEY, Code.INVALID_URL), diagnostics.list().stream().map(Diagnostic::code).toList());
        Diagnostic url = diagnostics.list().get(1);
        assertEquals(new Position(FILE, 3, 11), url.position());
        assertEquals("'intranet/portal' is not a web address", url.message());
    }
}
