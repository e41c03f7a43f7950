package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The illustrative content of {@code portal sample}, built the way a user would: every page,
 * chart and download is there, every link leads somewhere, and the checks say exactly what is
 * wrong once figures are spoilt on purpose.
 */
class SampleSiteTest {

    @TempDir
    Path work;

    private Cli.Run portal(String... args) {
        return Cli.run(work, args);
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }

    @Test
    void everyOrganizationPeriodRankingChartAndDownloadIsBuiltAndLinked() throws IOException {
        assertEquals(0, portal("sample", "--orgs", "60", "--periods", "3", "--articles", "20", "--seed", "1",
                "--out", "sample").status());
        Cli.Run build = portal("build", "--content", "sample", "--out", "out");
        assertEquals(0, build.status(), build.err());
        assertEquals("", build.err(), "the sample has no warnings");
        Path out = work.resolve("out");
        assertEquals(61, files(out.resolve("organizations"), ".html").size(), "60 organizations and the index");
        for (int year = 2022; year <= 2024; year++) {
            assertTrue(Files.isRegularFile(out.resolve("periods/" + year + ".html")));
            assertTrue(Files.isRegularFile(out.resolve("rankings/" + year + ".html")));
            assertTrue(Files.isRegularFile(out.resolve("charts/" + year + "/ranking-level-1.svg")));
        }
        assertTrue(Files.isRegularFile(out.resolve("comparison.html")));
        // The root's charts are files, shown on the period and home pages too; below the root they are
        // drawn inside the organization's page, with no file for each organization and period.
        for (String chart : List.of("rate", "progress")) {
            assertTrue(Files.isRegularFile(out.resolve("charts/2024/dbk-minh-hoa-" + chart + ".svg")), chart);
        }
        for (String chart : List.of("rate", "progress", "comments", "ratings-organizations", "ratings-members")) {
            assertFalse(Files.exists(out.resolve("charts/2024/co-so-0001-" + chart + ".svg")), chart);
        }
        String organization = Files.readString(out.resolve("organizations/co-so-0001.html"));
        assertEquals(5 + 1, count(organization, "<figure class=\"chart inline-chart\">"),
                "five charts of the latest period, and the trend");
        assertEquals(1, count(organization, "<caption>Khắc phục khuyết điểm theo nhóm</caption>"),
                "the latest period's tables in full");
        assertEquals(3, count(between(organization, "<caption>Số liệu các kỳ</caption>", "</table>"), "<tr><th scope=\"row\">"),
                "every period a row of the table of every period");
        assertTrue(organization.contains("<a href=\"../periods/2022.html\">2022</a>"), "an earlier period links to its page");
        assertFalse(Files.exists(out.resolve("data/charts/2024/co-so-0001-rate.csv")), "their figures are on the page");
        assertTrue(organization.contains("../data/2024/shortcomings.csv")
                && organization.contains("các dòng của tổ chức này có mã tổ chức “co-so-0001”"),
                "its tables link to the period's file of every organization and say which rows are its own");
        // The period page lists the root and those directly under it; its file holds every organization.
        String period = Files.readString(out.resolve("periods/2024.html"));
        long listed = Files.readAllLines(out.resolve("data/2024/organizations.csv")).size() - 1;
        assertEquals(60, listed, "every organization in the file");
        assertTrue(period.contains("tệp có mọi tổ chức của kỳ") && period.contains(">co-so-0001<")
                && !period.contains(">chi-bo-0001-01<"), "those under the root's subordinates are on their pages");
        // So does the comparison: the page compares the root and those directly under it, its file every organization.
        String comparison = Files.readString(out.resolve("comparison.html"));
        assertTrue(comparison.contains(">co-so-0001<") && !comparison.contains(">chi-bo-0001-01<")
                && comparison.contains("bảng này ghi tổ chức cấp trên cùng và các tổ chức trực thuộc trực tiếp"), "comparison");
        assertTrue(Files.readAllLines(out.resolve("data/comparison-organizations.csv")).stream()
                        .anyMatch(line -> line.endsWith(",chi-bo-0001-01")),
                "every organization in the comparison's file");
        assertFalse(Files.exists(out.resolve("charts/organizations/co-so-0001-trend.svg")), "the trend is drawn in the page");
        assertTrue(organization.contains("<figcaption>Tỷ lệ khắc phục khuyết điểm qua các năm</figcaption>"), "its trend");

        Pattern link = Pattern.compile("(?:href|src)=\"([^\"#]+)(#[^\"]*)?\"");
        List<String> broken = new ArrayList<>();
        int tables = 0;
        int downloadLinks = 0;
        for (Path page : files(out, ".html")) {
            String html = Files.readString(page);
            assertTrue(html.contains("Dữ liệu minh họa"), "every page says the data is illustrative: " + page);
            tables += count(html, "<table");
            downloadLinks += count(html, "class=\"downloads\"");
            Matcher m = link.matcher(html);
            while (m.find()) {
                String target = m.group(1);
                if (!target.startsWith("http") && !target.startsWith("mailto:")
                        && !Files.isRegularFile(page.getParent().resolve(target).normalize())) {
                    broken.add(out.relativize(page) + " → " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertEquals(tables, downloadLinks, "every table links its CSV and JSON");
        assertEquals(files(out.resolve("data"), ".csv").size(), files(out.resolve("data"), ".json").size());
    }

    @Test
    void anEnglishSiteShowsNoVietnameseInterfaceText() throws IOException {
        assertEquals(0, portal("sample", "--orgs", "14", "--periods", "2", "--articles", "3", "--language", "en",
                "--out", "sample").status());
        Cli.Run build = portal("build", "--content", "sample", "--out", "out");
        assertEquals(0, build.status(), build.err());
        // Names, labels and articles are content, and stay as written; the interface must not be Vietnamese.
        StringBuilder content = new StringBuilder();
        for (Path file : files(work.resolve("sample"), "")) {
            if (Files.isRegularFile(file)) {
                content.append(Files.readString(file));
            }
        }
        String contentText = content.toString().replaceAll("\\s+", " "); // a summary joins the lines of a paragraph
        List<String> vietnamese = uiFragments().stream().filter(f -> !contentText.contains(f)).toList();
        assertTrue(vietnamese.size() > 100, "the Vietnamese UI texts are many: " + vietnamese.size());
        List<String> found = new ArrayList<>();
        for (Path page : files(work.resolve("out"), ".html")) {
            String html = Files.readString(page);
            assertTrue(html.contains("<html lang=\"en\">"), page.toString());
            vietnamese.stream().filter(html::contains).forEach(f -> found.add(page.getFileName() + ": " + f));
        }
        assertEquals(List.of(), found);
    }

    /** Every Vietnamese UI text, cut at its placeholders, in pieces long enough to be unambiguous. */
    private static List<String> uiFragments() throws IOException {
        Properties vi = new Properties();
        try (var in = Main.class.getResourceAsStream("/messages/vi.properties")) {
            vi.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> fragments = new ArrayList<>();
        for (String key : vi.stringPropertyNames()) {
            for (String piece : vi.getProperty(key).split("\\{\\d\\}")) {
                String text = piece.strip();
                if (text.length() >= 8 && !text.chars().allMatch(c -> c < 128)) {
                    fragments.add(text);
                }
            }
        }
        return fragments;
    }

    @Test
    void spoiltFiguresGetOneWarningEachWithPositionsAndNothingElse() throws IOException {
        assertEquals(0, portal("sample", "--orgs", "13", "--periods", "1", "--articles", "0", "--out", "c").status());
        Path period = work.resolve("c/periods/2024.yaml");
        String yaml = Files.readString(period);
        // A cell's count no longer adds up to what the bloc committee states.
        Matcher found = Pattern.compile("(  - organization: chi-bo-0001-01\\n(?:.*\\n){2}      to-chuc-dang: \\{found: )(\\d+)")
                .matcher(yaml);
        assertTrue(found.find());
        yaml = found.replaceFirst("$1" + (Long.parseLong(found.group(2)) + 5));
        // A cell's members rated no longer match the levels.
        Matcher rated = Pattern.compile("(members: \\{rated: )(\\d+)").matcher(yaml);
        assertTrue(rated.find());
        yaml = rated.replaceFirst("$1" + (Long.parseLong(rated.group(2)) + 1));
        Files.writeString(period, yaml);
        Files.writeString(work.resolve("c/articles/2025-01-02-so-ket.md"), """
                ---
                title: Sơ kết
                date: 2025-01-02T09:00:00+07:00
                ---

                Các chi bộ đã khắc phục 1.356/1.468 khuyết điểm, đạt 97,8%.
                """);
        Cli.Run build = portal("build", "--content", "c", "--out", "out");
        assertEquals(0, build.status(), build.err());
        List<String> warnings = build.err().lines().filter(l -> l.contains(": warning[")).toList();
        assertEquals(3, warnings.size(), build.err());
        assertTrue(warnings.get(0).startsWith("c/articles/2025-01-02-so-ket.md:6:54: warning[ARTICLE-PERCENT-MISMATCH]"),
                warnings.get(0));
        assertTrue(warnings.get(1).matches("c/periods/2024\\.yaml:\\d+:\\d+: warning\\[CHILDREN-DO-NOT-SUM\\].*"),
                warnings.get(1));
        assertTrue(warnings.get(2).matches("c/periods/2024\\.yaml:\\d+:\\d+: warning\\[RATINGS-DO-NOT-SUM\\].*"),
                warnings.get(2));
        assertTrue(build.out().contains("3 warnings"), build.out());
        String quality = Files.readString(work.resolve("out/data-quality.html"));
        assertEquals(3, count(quality, "<tr><th scope=\"row\">"), "one line each on the data-quality page");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theSampleWithSheetsBuildsTheSameSiteAndTheSameFilesEveryTime() throws IOException {
        String[] options = {"--orgs", "20", "--periods", "2", "--articles", "3", "--seed", "7"};
        assertEquals(0, portal(concat("sample", options, "--out", "yaml")).status());
        assertEquals(0, portal(concat("sample", options, "--sheets", "--out", "sheets")).status());
        assertEquals(0, portal(concat("sample", options, "--sheets", "--out", "again")).status());
        assertTrue(Files.exists(work.resolve("sheets/periods/2024.xlsx")));
        assertTrue(Files.readString(work.resolve("yaml/periods/2024.yaml")).length()
                > 2 * Files.readString(work.resolve("sheets/periods/2024.yaml")).length(), "the results left the YAML");
        assertEquals("", vn.reviewportal.TestFiles.differences(work.resolve("sheets"), work.resolve("again")));
        for (String content : List.of("yaml", "sheets")) {
            Cli.Run build = portal("build", "--content", content, "--out", "site-" + content);
            assertEquals(0, build.status(), build.err());
            assertEquals("", build.err(), "the sample has no warnings");
            // The digest of what was read differs, since the files differ; it is all that may.
            Path info = work.resolve("site-" + content + "/build-info.properties");
            Files.writeString(info, Files.readString(info).replaceAll("content_digest=\\w+", "content_digest="));
        }
        assertEquals("", vn.reviewportal.TestFiles.differences(work.resolve("site-yaml"), work.resolve("site-sheets")));
    }

    @Test
    void aSampleOfNationalSizeKeepsItsResultsInSheetsUnlessToldNotTo() {
        String[] options = {"--orgs", "10000", "--periods", "1", "--articles", "0"};
        assertEquals(0, portal(concat("sample", options, "--out", "national")).status());
        assertEquals(0, portal(concat("sample", options, "--no-sheets", "--out", "national-yaml")).status());
        assertEquals(0, portal("sample", "--orgs", "9999", "--periods", "1", "--articles", "0", "--out", "province")
                .status());
        assertTrue(Files.exists(work.resolve("national/periods/2024.xlsx")), "sheets by default at 10,000");
        assertFalse(Files.exists(work.resolve("national-yaml/periods/2024.xlsx")), "--no-sheets keeps the YAML");
        assertFalse(Files.exists(work.resolve("province/periods/2024.xlsx")), "YAML below 10,000");
    }

    private static String[] concat(String command, String[] options, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(options));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The text from {@code start} to the next {@code end}, both included; fails when either is missing. */
    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "missing: " + start);
        int to = text.indexOf(end, from);
        assertTrue(to >= 0, "missing after " + start + ": " + end);
        return text.substring(from, to + end.length());
    }
}
