package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.TestSheets;

/**
 * The same figures given in a period file's {@code results}, in an Excel sheet beside it and in a
 * CSV file beside it build the same site, byte for byte: a sheet is another way of writing the
 * results, not another kind of data. The figures agree with each other, so that no finding (whose
 * position names the file and the line or cell) reaches the pages.
 */
class SheetSiteTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    private static final String VOCABULARY = """
            year: 2013
            title: Kiểm điểm năm 2013 (số liệu giả định của kiểm thử)
            groups:
              - {id: to-chuc-dang, label: Tổ chức đảng}
              - {id: dang-vien, label: Đảng viên}
            comment_levels:
              - {id: to-chuc-co-so-dang, label: Các tổ chức cơ sở đảng}
            comment_targets:
              - {id: tap-the, label: Tập thể}
              - {id: ca-nhan, label: Cá nhân}
            rating_scales:
              members:
                - {id: hoan-thanh-xuat-sac, label: Hoàn thành xuất sắc nhiệm vụ}
                - {id: hoan-thanh-tot, label: Hoàn thành tốt nhiệm vụ}
                - {id: hoan-thanh, label: Hoàn thành nhiệm vụ}
                - {id: khong-hoan-thanh, label: Không hoàn thành nhiệm vụ}
            """;

    private static final String RESULTS = """
            results:
              - organization: dang-bo-co-so-mot
                source: Báo cáo giả định số 1
                reviewed: {required: 12, done: 12}
                suggested_contents: 40
                comments:
                  - {level: to-chuc-co-so-dang, target: tap-the, count: 15}
                  - {level: to-chuc-co-so-dang, target: ca-nhan, count: 120}
                shortcomings:
                  to-chuc-dang: {found: 40, remediated: 30, reported_percent: 75}
                  dang-vien: {found: 200, remediated: 151, reported_percent: 75.5}
                discipline: {members: 3, committee_members: 1, forms: {khien-trach: 2, canh-cao: 1}}
                members: {total: 480, admitted: 12}
                structure: {cells: 9}
                ratings:
                  members:
                    rated: 470
                    total: 480
                    exempt: 10
                    counts: {hoan-thanh-xuat-sac: 70, hoan-thanh-tot: 350, hoan-thanh: 45, khong-hoan-thanh: 5}
                    reported_percent: {hoan-thanh-tot: 74.5}
              - organization: dang-bo-co-so-hai
                shortcomings:
                  to-chuc-dang: {found: 10, remediated: 10}
                  dang-vien: {found: 50, remediated: 41}
                discipline: {members: 0}
                members: {admitted: 4}
            """;

    private static final List<Object> HEADER = List.of("organization", "source", "reviewed.required", "reviewed.done",
            "suggested_contents", "comments.to-chuc-co-so-dang.tap-the", "comments.to-chuc-co-so-dang.ca-nhan",
            "to-chuc-dang.found", "to-chuc-dang.remediated", "to-chuc-dang.reported_percent", "dang-vien.found",
            "dang-vien.remediated", "dang-vien.reported_percent", "discipline.members", "discipline.committee_members",
            "discipline.khien-trach", "discipline.canh-cao", "members.total", "members.admitted", "structure.cells",
            "ratings.members.rated", "ratings.members.total", "ratings.members.exempt",
            "ratings.members.hoan-thanh-xuat-sac", "ratings.members.hoan-thanh-tot", "ratings.members.hoan-thanh",
            "ratings.members.khong-hoan-thanh", "ratings.members.hoan-thanh-tot.reported_percent");

    /** The rows of {@link #RESULTS}, as an office types them: numbers, and here and there a number as text. */
    private static final List<List<Object>> ROWS = List.of(HEADER,
            Arrays.asList("dang-bo-co-so-mot", "Báo cáo giả định số 1", 12, 12, "40", 15, 120, 40, 30, 75, 200, 151,
                    75.5, 3, 1, 2, 1, 480, 12, 9, 470, 480, 10, 70, 350, 45, 5, 74.5),
            Arrays.asList((Object) null),
            Arrays.asList("dang-bo-co-so-hai", null, null, null, null, null, null, 10, "10", null, 50, 41, null, 0,
                    null, null, null, null, 4));

    @Test
    void resultsFromYamlFromExcelAndFromCsvBuildTheSameSite(@TempDir Path work) throws IOException {
        Path yaml = content(work.resolve("yaml"));
        Files.writeString(yaml.resolve("content/periods/2013.yaml"), VOCABULARY + RESULTS);
        Path excel = content(work.resolve("excel"));
        Files.writeString(excel.resolve("content/periods/2013.yaml"), VOCABULARY);
        Files.write(excel.resolve("content/periods/2013.xlsx"), TestSheets.xlsx(ROWS));
        Path csv = content(work.resolve("csv"));
        Files.writeString(csv.resolve("content/periods/2013.yaml"), VOCABULARY);
        Files.writeString(csv.resolve("content/periods/2013.csv"), "\uFEFF" + TestSheets.csv(ROWS));

        for (Path folder : List.of(yaml, excel, csv)) {
            Cli.Run run = Cli.run(folder, CLOCK, "build");
            assertEquals(0, run.status(), folder + ": " + run.err());
            // The digest of what was read differs, since the files differ; it is all that may.
            Path info = folder.resolve("site/build-info.properties");
            Files.writeString(info, Files.readString(info).replaceAll("content_digest=\\w+", "content_digest="));
        }
        assertTrue(Files.readString(yaml.resolve("site/periods/2013.html")).contains("dang-bo-co-so-mot")
                || Files.exists(yaml.resolve("site/organizations/dang-bo-co-so-mot.html")), "the period is built");
        assertEquals("", TestFiles.differences(yaml.resolve("site"), excel.resolve("site")), "Excel against YAML");
        assertEquals("", TestFiles.differences(yaml.resolve("site"), csv.resolve("site")), "CSV against YAML");
    }

    @Test
    void anOrganizationTwiceInTheSheetIsTheErrorOfTwoResultsInAPeriodFile(@TempDir Path work) throws IOException {
        Path folder = content(work);
        Files.writeString(folder.resolve("content/periods/2013.yaml"), VOCABULARY);
        Files.writeString(folder.resolve("content/periods/2013.csv"),
                "organization,members.total\ndang-bo-co-so-mot,480\ndang-bo-co-so-hai,200\ndang-bo-co-so-mot,481\n");
        Cli.Run run = Cli.run(folder, CLOCK, "check");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("""
                content/periods/2013.csv: A4: error[DUPLICATE-RESULT]: a second result for 'dang-bo-co-so-mot' in this period
                      = hint: its first result is in row 2; merge the two
                """), run.err());
    }

    /** The default content with two grassroots organizations under its root, which the sheet gives figures of. */
    private static Path content(Path folder) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), folder.resolve("content"));
        Path organizations = folder.resolve("content/organizations.yaml");
        Files.writeString(organizations, Files.readString(organizations)
                + "  - {id: dang-bo-co-so-mot, name: Đảng bộ cơ sở Một, kind: dang-bo-co-so, parent: dbk-cqt-bac-ninh}\n"
                + "  - {id: dang-bo-co-so-hai, name: Đảng bộ cơ sở Hai, kind: dang-bo-co-so, parent: dbk-cqt-bac-ninh}\n");
        return folder;
    }
}
