package vn.reviewportal.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestFiles;

/**
 * The code a user sees in {@code error[CODE]} is what they look up in section 7 of
 * {@code docs/content-format.md}: every code of {@link Code} has its row there, and no row
 * names a code that no longer exists.
 */
class CodeDocumentationTest {

    private static final String SECTION = "## 7. Every error and warning";
    /** A row of the table: its first column is the code in backticks. */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9-]+)` \\|");

    @Test
    void sectionSevenListsEveryCodeOnce() throws IOException {
        List<String> documented = documentedCodes();
        Set<String> codes = new TreeSet<>(Arrays.stream(Code.values()).map(Code::id).toList());

        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(documented);
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(codes);
        List<String> twice = new ArrayList<>(documented);
        new TreeSet<>(documented).forEach(twice::remove);

        assertEquals(Set.of(), missing, "codes of Code without a row in docs/content-format.md section 7");
        assertEquals(Set.of(), stale, "rows of docs/content-format.md section 7 for codes Code no longer has");
        assertEquals(List.of(), twice, "codes with more than one row in docs/content-format.md section 7");
    }

    /** The first column of every row of section 7's table, in the order written. */
    private static List<String> documentedCodes() throws IOException {
        List<String> lines = Files.readAllLines(TestFiles.project().resolve("docs/content-format.md"));
        int start = lines.indexOf(SECTION);
        assertTrue(start >= 0, "docs/content-format.md has no line '" + SECTION + "'");
        List<String> codes = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                codes.add(row.group(1));
            }
        }
        assertTrue(!codes.isEmpty(), "section 7 of docs/content-format.md holds no table of codes");
        return codes;
    }
}
