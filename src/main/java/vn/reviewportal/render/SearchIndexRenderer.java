package vn.reviewportal.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.SearchEntry;

/**
 * Writes the offline search index as a script that sets {@code window.PORTAL_SEARCH}: loaded
 * with a script tag, not fetched, so search works from file:// and under any path. Text is
 * JSON-escaped, with {@code <} escaped too, so no content can close the script.
 */
public final class SearchIndexRenderer {

    public static final String PATH = "assets/search-index.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    public SiteFile render(List<SearchEntry> entries) {
        List<List<String>> rows = entries.stream()
                .map(e -> List.of(e.title(), e.href(), e.kind(), e.snippet(), e.folded()))
                .toList();
        try {
            String json = JSON.writeValueAsString(rows).replace("<", "\\u003c");
            String script = "// Search index of the portal: [title, address, kind, snippet, folded text].\n"
                    + "window.PORTAL_SEARCH = " + json + ";\n";
            return new SiteFile(PATH, script.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
