package vn.reviewportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.Routes;
import vn.reviewportal.page.SearchEntry;

class SearchIndexRendererTest {

    private static final String ASSIGNMENT = "window.PORTAL_SEARCH = ";

    @Test
    void theScriptHoldsEveryEntryAsWritten() throws Exception {
        List<SearchEntry> entries = List.of(
                new SearchEntry("Khắc phục \"khuyết điểm\" sau kiểm điểm", "news/khac-phuc.html", "article",
                        "Đảng bộ khối đã khắc phục 95,6 % …", "khac phuc khuyet diem sau kiem diem dang bo"),
                new SearchEntry("Chi bộ A\\B", "organizations/a.html", "organization", "tab\there", "chi bo a\\b"));

        List<List<String>> read = parse(new SearchIndexRenderer().render(entries));

        assertEquals(entries.size(), read.size());
        for (int i = 0; i < entries.size(); i++) {
            SearchEntry entry = entries.get(i);
            assertEquals(List.of(entry.title(), entry.href(), entry.kind(), entry.snippet(), entry.folded()), read.get(i));
        }
    }

    @Test
    void noTextCanEndTheScriptOrBreakItsStrings() throws Exception {
        String hostile = "</script><script>alert(1)</script>\u2028next\u2029line";
        SiteFile file = new SearchIndexRenderer().render(List.of(
                new SearchEntry(hostile, "news/x.html", "article", hostile, hostile)));
        String script = new String(file.bytes(), StandardCharsets.UTF_8);

        assertFalse(script.contains("<"), script);
        assertFalse(script.contains("\u2028") || script.contains("\u2029"), script);
        assertEquals(hostile, parse(file).get(0).get(0));
    }

    @Test
    void anEmptySiteHasAnEmptyIndex() throws Exception {
        assertEquals(List.of(), parse(new SearchIndexRenderer().render(List.of())));
    }

    private static List<List<String>> parse(SiteFile file) throws Exception {
        assertEquals(Routes.SEARCH_INDEX, file.path());
        String script = new String(file.bytes(), StandardCharsets.UTF_8);
        int start = script.indexOf(ASSIGNMENT);
        assertTrue(start >= 0, script);
        assertTrue(script.endsWith(";\n"), script);
        String json = script.substring(start + ASSIGNMENT.length(), script.length() - 2);
        return new ObjectMapper().readValue(json, new TypeReference<List<List<String>>>() { });
    }
}
