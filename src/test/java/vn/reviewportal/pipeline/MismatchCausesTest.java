package vn.reviewportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Severity;
import vn.reviewportal.model.SiteFile;

/**
 * Each likely cause of a published share that its counts do not give, as the person who keeps the
 * portal meets it: in the console message, with its evidence, and on the data-quality page in the
 * site's language. The ratings are made up, added to the bundled report's root.
 */
class MismatchCausesTest {

    private static final String SCALE = """
            rating_scales:
              organizations:
                - {id: xuat-sac, label: Hoàn thành xuất sắc nhiệm vụ}
                - {id: tot, label: Hoàn thành tốt nhiệm vụ}
                - {id: hoan-thanh, label: Hoàn thành nhiệm vụ}
                - {id: khong, label: Không hoàn thành nhiệm vụ}

            """;

    @TempDir
    Path work;

    private BuildReport build(String ratings, String language) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work);
        Path period = work.resolve("periods/2012.yaml");
        Files.writeString(period, Files.readString(period).replace("results:\n", SCALE + "results:\n") + ratings);
        Path site = work.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replace("language: vi", "language: " + language));
        return run();
    }

    /** The content in {@code work} built, which must succeed. */
    private BuildReport run() {
        BuildReport report = new Pipeline(new BuildOptions(work, "content", Optional.empty(), "templates",
                Optional.empty(), "", Optional.empty(), "")).run();
        assertTrue(report.succeeded(), report.diagnostics().toString());
        return report;
    }

    /** The diagnostics about the made-up ratings, not the bundled report's own 66.3 % for 497 of 747. */
    private static List<Diagnostic> ofRatings(BuildReport report) {
        return report.diagnostics().stream().filter(d -> !d.message().contains("497 of 747")).toList();
    }

    /** The data-quality page as a reader reads it: its text, without markup, spaces as spaces. */
    private static String quality(BuildReport report) {
        String html = report.files().stream().filter(f -> f.path().equals("data-quality.html")).map(SiteFile::bytes)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).findFirst().orElseThrow();
        return html.replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void aShareTruncatedInsteadOfRoundedIsANoteNotAWarning() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 16
                        counts: {xuat-sac: 5, tot: 8, hoan-thanh: 2, khong: 1}
                        reported_percent: {xuat-sac: 31.2}
                """, "vi");
        Diagnostic note = ofRatings(report).get(0);
        assertEquals("PERCENT-TRUNCATED", note.code().id());
        assertEquals(Severity.NOTE, note.severity());
        assertEquals("the published 31.2 % of 'xuat-sac' does not match its count: 5 of 16 rated is 31.25 %, which "
                + "rounds to 31.3 %; likely truncated, not rounded: 31.25 % cut to 31.2 % (less severe than a wrong "
                + "figure)", note.message());
        assertEquals(1, report.notes());
        assertEquals(1, report.warnings(), "the bundled report's 66.3 % stays a warning");
        assertTrue(quality(report).contains("Sai lệch nhỏ, do cắt bớt chữ số thay vì làm tròn: 5/16 là 31,25 %, được "
                + "ghi thành 31,2 %."), quality(report));
    }

    @Test
    void aShareOfAllInScopeRatherThanThoseRatedNamesTheBase() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        total: 380
                        exempt: 2
                        rated: 378
                        counts: {xuat-sac: 210, tot: 150, hoan-thanh: 15, khong: 3}
                        reported_percent: {xuat-sac: 55.3}
                """, "vi");
        Diagnostic warning = ofRatings(report).get(0);
        assertEquals("REPORTED-PERCENT-MISMATCH", warning.code().id());
        assertTrue(warning.message().endsWith("; likely another base: 55.3 % = 210/380, of all in scope (380) instead "
                + "of the 378 used"), warning.message());
        assertTrue(quality(report).contains("Có thể đã chia cho một mẫu số khác: 55,3 % đúng bằng 210/380, tức là tính "
                + "trên tổng số trong phạm vi (380), không phải trên 378."), quality(report));
    }

    @Test
    void aBaseTheReportDoesNotStateIsFoundWhenEveryShareFitsIt() throws IOException {
        // 100/512 = 19,53 % and 200/512 = 39,06 %, but both fit 506: 19,76 % and 39,53 %.
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 512
                        counts: {xuat-sac: 100, tot: 200, hoan-thanh: 200, khong: 12}
                        reported_percent: {xuat-sac: 19.8, tot: 39.5}
                """, "vi");
        List<Diagnostic> found = ofRatings(report);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(d -> d.message().endsWith("; likely a base the report does not state: 506 "
                + "instead of 512 makes every published share of it fit")), found.toString());
        assertTrue(quality(report).contains("Có thể đã chia cho một mẫu số báo cáo không nêu: nếu mẫu số là 506 thay vì "
                + "512 thì 19,8 % và mọi tỷ lệ công bố khác của cùng chỉ tiêu đều khớp."), quality(report));
    }

    @Test
    void sharesNudgedToAddUpTo100AreANote() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 36
                        counts: {xuat-sac: 12, tot: 12, hoan-thanh: 12, khong: 0}
                        reported_percent: {xuat-sac: 33.34, tot: 33.33, hoan-thanh: 33.33}
                """, "vi");
        List<Diagnostic> found = ofRatings(report);
        assertEquals(1, found.size(), "33,33 % is what 12 of 36 gives: only 33,34 % was nudged: " + found);
        assertEquals("PERCENTS-FORCED-TO-100", found.get(0).code().id());
        assertEquals(Severity.NOTE, found.get(0).severity());
        assertTrue(found.get(0).message().endsWith("; likely adjusted to add up to 100: the published shares add up to "
                + "100.00 % and each is within one unit of its last decimal (less severe than a wrong figure)"),
                found.get(0).message());
        assertTrue(quality(report).contains("Sai lệch nhỏ, do điều chỉnh để tổng các tỷ lệ đúng bằng 100,00 %: tỷ lệ "
                + "công bố 33,34 % chỉ lệch một đơn vị ở chữ số cuối so với 33,33 % làm tròn từ số liệu."), quality(report));
    }

    @Test
    void aDigitDroppedOrDoubledInACountIsNamedWhereItsShareConfirmsIt() throws IOException {
        // 31 + 12 + 33 + 0 = 76, not 46: 3 instead of 33 adds up, and the published 6,5 % is 3 of 46.
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 46
                        counts: {xuat-sac: 31, tot: 12, hoan-thanh: 33, khong: 0}
                        reported_percent: {hoan-thanh: 6.5}
                """, "vi");
        List<Diagnostic> found = ofRatings(report);
        assertEquals(List.of("RATINGS-DO-NOT-SUM", "REPORTED-PERCENT-MISMATCH"),
                found.stream().map(d -> d.code().id()).toList());
        String typo = "; likely a typo: 3 instead of the 33 written for 'hoan-thanh' makes it add up, and the share "
                + "published for it fits 3";
        assertTrue(found.stream().allMatch(d -> d.message().endsWith(typo)), found.toString());
        assertTrue(quality(report).contains("Có thể ghi nhầm một chữ số: nếu “Hoàn thành nhiệm vụ” là 3 thay vì 33 thì "
                + "các số cộng lại khớp, và tỷ lệ công bố cho số này cũng khớp với 3."), quality(report));
    }

    @Test
    void aRatioBetweenTwoCategoriesNamesTheOther() throws IOException {
        // 30 of 80 is 37,5 %; the published 60 % is 30 against the 50 of the next level.
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 80
                        counts: {xuat-sac: 30, tot: 50, hoan-thanh: 0, khong: 0}
                        reported_percent: {xuat-sac: 60}
                """, "vi");
        Diagnostic warning = ofRatings(report).get(0);
        assertTrue(warning.message().endsWith("; likely a ratio between two categories: 60 % = 30/50, against 'tot', "
                + "not a share of all"), warning.message());
        assertTrue(quality(report).contains("Có thể là tỷ lệ giữa hai nhóm: 60 % đúng bằng 30/50, tức là so với “Hoàn "
                + "thành tốt nhiệm vụ”, không phải tỷ lệ trên tổng số."), quality(report));
    }

    @Test
    void aPlainErrorSaysThatNothingExplainsIt() throws IOException {
        // 1.205 of 1.390 is 86,69 %, printed 93,1 %: no rule gives that.
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 1390
                        counts: {xuat-sac: 1205, tot: 150, hoan-thanh: 30, khong: 5}
                        reported_percent: {xuat-sac: 93.1}
                """, "vi");
        Diagnostic warning = ofRatings(report).get(0);
        assertEquals("REPORTED-PERCENT-MISMATCH", warning.code().id());
        assertTrue(warning.message().endsWith("; nothing explains it (not truncation, another base, forced to 100 or a "
                + "ratio)"), warning.message());
        assertTrue(quality(report).contains("93,1 % không khớp với số liệu 1.205/1.390 (tính lại được 86,7 %). Không "
                + "nguyên nhân thường gặp nào giải thích được"), quality(report));
    }

    @Test
    void aShareOfDecisionsRatherThanOfPeopleNamesTheCount() throws IOException {
        // 8 members disciplined of 4.000 is 0,2 %; the 10 decisions by form of 4.000 are the published 0,25 %.
        TestFiles.copyTree(TestFiles.project().resolve("content"), work);
        Path period = work.resolve("periods/2012.yaml");
        Files.writeString(period, Files.readString(period).replace("    discipline: {members: 8, committee_members: 1}",
                "    members: {total: 4000}\n    discipline: {members: 8, reported_percent: 0.25,\n"
                        + "      forms: {khien-trach: 5, canh-cao: 3, cach-chuc: 1, khai-tru: 1}}"));
        BuildReport report = run();
        List<Diagnostic> found = ofRatings(report);
        assertEquals(List.of("DISCIPLINE-FORMS-DO-NOT-SUM", "REPORTED-PERCENT-MISMATCH"),
                found.stream().map(d -> d.code().id()).toList());
        assertTrue(found.get(1).message().endsWith("; likely another count: 0.25 % = 10/4000, the decisions by form of "
                + "discipline (10) instead of the 8 counted"), found.get(1).message());
        assertTrue(quality(report).contains("Có thể đã tính theo một số khác: 0,25 % đúng bằng 10/4.000, tức là theo số "
                + "lượt kỷ luật theo các hình thức (số quyết định, không phải số người), không phải theo 8 người."),
                quality(report));
    }

    private BuildReport buildWithArticle(String body) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work);
        Files.writeString(work.resolve("articles/2013-06-01-so-lieu.md"), """
                ---
                title: Số liệu sau kiểm điểm
                date: 2013-06-01T08:00:00+07:00
                summary: Bài viết giả định.
                organizations: [dbk-cqt-bac-ninh]
                period: 2012
                ---

                """ + body);
        return run();
    }

    @Test
    void anArticlesShareIsReadAcrossLinesWithItsBaseEarlierInTheParagraphAndExplained() throws IOException {
        BuildReport report = buildWithArticle("""
                Đảng bộ hiện có 380 đảng viên, trong năm có 378 đồng chí được xếp loại.
                Kết quả, 210 đồng chí hoàn thành tốt nhiệm vụ,
                chiếm 55,3%. Kinh phí cho công tác này tăng 12,5% so với năm trước.
                """);
        List<Diagnostic> found = ofRatings(report);
        assertEquals(1, found.size(), "the growth of the budget is not a share: " + found);
        assertEquals("ARTICLE-PERCENT-MISMATCH", found.get(0).code().id());
        assertEquals(List.of(11, 7), List.of(found.get(0).position().line(), found.get(0).position().column()),
                "the caret is under the percentage, on the line the sentence wraps to");
        assertTrue(found.get(0).message().endsWith("; likely another base: 55.3 % = 210/380, of another count in the "
                + "text (380) instead of the 378 used"), found.get(0).message());
        assertTrue(quality(report).contains("Có thể đã chia cho một mẫu số khác: 55,3 % đúng bằng 210/380, tức là tính "
                + "trên một số khác nêu trong bài (380), không phải trên 378."), quality(report));
    }

    @Test
    void anArticleFigureThatThePeriodDataDoNotGiveIsAContradiction() throws IOException {
        // The data add up to 747 + 2.005 + 5.140 = 7.892 shortcomings found; 5.496 remediated.
        BuildReport report = buildWithArticle("""
                Qua kiểm điểm, toàn Đảng bộ đã phát hiện 7.982 khuyết điểm; đến nay
                đã khắc phục xong 5.496 khuyết điểm.
                """);
        List<Diagnostic> found = ofRatings(report);
        assertEquals(List.of("ARTICLE-CONTRADICTS-DATA"), found.stream().map(d -> d.code().id()).toList());
        assertEquals("the text says \"7.982 khuyết điểm\", but the 2012 data of 'dbk-cqt-bac-ninh' give shortcomings "
                + "found: 7892; likely a typo in one of them: 7982 and 7892 differ by one digit", found.get(0).message());
        assertTrue(quality(report).contains("Bài viết ghi “7.982 khuyết điểm”, nhưng số liệu Năm 2012 của Đảng bộ khối "
                + "Các cơ quan tỉnh Bắc Ninh cho số khuyết điểm được chỉ ra là 7.892, không phải 7.982."), quality(report));
        assertTrue(quality(report).contains("Có thể ghi nhầm một chữ số ở bài viết hoặc ở số liệu: 7.982 và 7.892 chỉ "
                + "khác nhau một chữ số."), quality(report));
    }

    @Test
    void anEnglishSiteGivesTheCauseInEnglish() throws IOException {
        BuildReport report = build("""
                    ratings:
                      organizations:
                        rated: 16
                        counts: {xuat-sac: 5, tot: 8, hoan-thanh: 2, khong: 1}
                        reported_percent: {xuat-sac: 31.2}
                """, "en");
        String page = quality(report);
        assertTrue(page.contains("Likely cause"), page);
        assertTrue(page.contains("A small difference, truncated instead of rounded: 5/16 is 31.25%, written as 31.2%."),
                page);
        assertTrue(page.contains("None of the usual causes explains it"), "the bundled report's 66.3 %: " + page);
    }
}
