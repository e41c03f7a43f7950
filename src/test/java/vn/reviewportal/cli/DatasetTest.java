package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tidy dataset of the 60-organization sample, read as a reader would load it: every figure a
 * row of its period's file, the same figures as the period's tables, sums that add up, and no row
 * for a figure no report gives.
 */
class DatasetTest {

    @TempDir
    static Path work;
    private static Path out;

    @BeforeAll
    static void build() {
        assertEquals(0, Cli.run(work, "sample", "--orgs", "60", "--periods", "3", "--seed", "1", "--out", "sample")
                .status());
        Cli.Run build = Cli.run(work, "build", "--content", "sample", "--out", "out");
        assertEquals(0, build.status(), build.err());
        out = work.resolve("out");
    }

    /** The CSV's rows below its header, as Excel would read them (the byte-order mark dropped). */
    private static List<List<String>> csv(String path) throws IOException {
        String text = Files.readString(out.resolve(path));
        assertTrue(text.startsWith("\uFEFF"), path + " starts with a byte-order mark");
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(List.class).readValues(text.substring(1))) {
            lines.forEachRemaining(rows::add);
        }
        return rows.subList(1, rows.size());
    }

    @Test
    void thePeriodsPageLinksTheListOfOrganizationsAndEachPeriodsFile() throws IOException {
        String page = Files.readString(out.resolve("periods/index.html"));
        assertTrue(page.contains("<h2 id=\"dataset\">Bộ dữ liệu đầy đủ</h2>"), "the section has its heading");
        for (String file : List.of("organizations", "2022", "2023", "2024")) {
            for (String format : List.of("csv", "json")) {
                String path = "data/dataset/" + file + "." + format;
                assertTrue(page.contains("href=\"../" + path + "\""), path + " is linked");
                assertTrue(Files.isRegularFile(out.resolve(path)), path + " is written");
            }
        }
    }

    @Test
    void everyOrganizationIsListedWithItsParentAndLevel() throws IOException {
        List<List<String>> organizations = csv("data/dataset/organizations.csv");
        assertEquals(60, organizations.size());
        Set<String> ids = new java.util.HashSet<>();
        organizations.forEach(row -> ids.add(row.get(0)));
        for (List<String> row : organizations) {
            assertTrue(row.get(3).isEmpty() ? row.get(0).equals("dbk-minh-hoa") : ids.contains(row.get(3)),
                    "the parent of " + row.get(0) + " is an organization of the list, or it is the root");
        }
        assertEquals(List.of("chi-bo-0001-01", "Chi bộ 1.1", "", "co-so-0001", "chi-bo", "Chi bộ"),
                organizations.stream().filter(r -> r.get(0).equals("chi-bo-0001-01")).findFirst().orElseThrow());
    }

    @Test
    void eachGroupsCountsAreThoseOfThePeriodsTableAndAnUnknownCountHasNoRow() throws IOException {
        Map<String, List<String>> found = new HashMap<>();
        for (List<String> row : csv("data/dataset/2024.csv")) {
            assertEquals("2024", row.get(3));
            assertFalse(row.get(5).isEmpty(), "a row has a value: " + row);
            assertTrue(Set.of("reported", "sum", "partial_sum", "published").contains(row.get(6)), row.toString());
            if (row.get(4).startsWith("shortcomings.") && row.get(4).endsWith(".found")) {
                found.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(5));
            }
        }
        // The period's table of shortcomings: a row per group, then the total; an unknown count is empty.
        Map<String, List<String>> table = new HashMap<>();
        for (List<String> row : csv("data/2024/shortcomings.csv")) {
            if (!row.get(2).equals("Tổng cộng") && !row.get(3).isEmpty()) {
                table.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(3));
            }
        }
        assertEquals(table, found, "the same counts for every organization and group, and none where the table has none");
        assertTrue(table.size() > 50, "most organizations have shortcomings in 2024: " + table.size());
    }

    @Test
    void aSumOverTheSubordinatesAddsUpTheirRows() throws IOException {
        Map<String, String> parent = new HashMap<>();
        csv("data/dataset/organizations.csv").forEach(row -> parent.put(row.get(0), row.get(3)));
        Map<String, Long> childrenTotal = new HashMap<>();
        Map<String, Long> summed = new HashMap<>();
        for (List<String> row : csv("data/dataset/2024.csv")) {
            if (row.get(6).equals("published")) {
                continue;
            }
            String figure = row.get(4);
            childrenTotal.merge(parent.get(row.get(0)) + " " + figure, Long.parseLong(row.get(5)), Long::sum);
            if (row.get(6).equals("sum")) {
                summed.put(row.get(0) + " " + figure, Long.parseLong(row.get(5)));
            }
        }
        assertFalse(summed.isEmpty(), "the sample has organizations whose figures are their subordinates' sum");
        summed.forEach((figure, value) -> assertEquals(value, childrenTotal.get(figure), figure));
    }

    @Test
    void theJsonHoldsTheSameRowsAsTheCsv() throws IOException {
        JsonNode json = new ObjectMapper().readTree(out.resolve("data/dataset/2023.json").toFile());
        List<List<String>> csv = csv("data/dataset/2023.csv");
        assertEquals("Bộ dữ liệu đầy đủ, Năm 2023", json.get("title").asText());
        assertEquals(List.of("organization_id", "parent_id", "level", "period", "figure", "value", "source"),
                json.get("columns").findValuesAsText("key"));
        assertEquals(csv.size(), json.get("rows").size());
        for (int i = 0; i < csv.size(); i++) {
            List<String> fromJson = new ArrayList<>();
            json.get("rows").get(i).forEach(v -> fromJson.add(v.asText()));
            assertEquals(csv.get(i), fromJson);
        }
    }
}
