package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestSheets;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.Result;

class SheetReaderTest {

    private static final String XLSX = "content/periods/2015.xlsx";
    private static final String CSV = "content/periods/2015.csv";
    private static final Period PERIOD = period();

    private static Period period() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Period> period = new PeriodReader(new YamlReader(ContentFolder.MAX_FILE_BYTES)).read(
                "content/periods/2015.yaml", PeriodSpan.parse("2015").orElseThrow(), """
                        year: 2015
                        title: Kiểm điểm 2015
                        groups:
                          - {id: to-chuc-dang, label: Tổ chức đảng}
                          - {id: dang-vien, label: Đảng viên}
                        comment_levels: [{id: chi-bo, label: Chi bộ}]
                        comment_targets: [{id: tap-the, label: Tập thể}]
                        rating_scales:
                          members:
                            - {id: tot, label: Hoàn thành tốt nhiệm vụ}
                            - {id: khong, label: Không hoàn thành nhiệm vụ}
                        """, diagnostics);
        assertEquals(List.of(), diagnostics.list());
        return period.orElseThrow();
    }

    private record Read(List<Result> results, List<Diagnostic> diagnostics) {

        String messages() {
            return String.join("\n", diagnostics.stream()
                    .map(d -> d.position() + ": " + d.code() + ": " + d.message() + " / " + d.hint()).toList());
        }
    }

    private static Read xlsx(List<List<Object>> rows) throws IOException {
        return xlsx(TestSheets.xlsx(rows));
    }

    private static Read xlsx(byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        List<Result> results = Spreadsheet.xlsx(XLSX, bytes, diagnostics)
                .map(cells -> SheetReader.read(cells, PERIOD, diagnostics)).orElse(List.of());
        return new Read(results, diagnostics.list());
    }

    private static Read csv(String text) {
        Diagnostics diagnostics = new Diagnostics();
        List<Result> results = Spreadsheet.csv(CSV, text, diagnostics)
                .map(cells -> SheetReader.read(cells, PERIOD, diagnostics)).orElse(List.of());
        return new Read(results, diagnostics.list());
    }

    private static List<List<Object>> rows(List<Object> header, List<Object> row) {
        return List.of(header, row);
    }

    @Test
    void readsEveryKindOfFigureIntoTheResultTheYamlReaderMakes() throws IOException {
        Read read = xlsx(rows(List.of("organization", "source", "reviewed.required", "reviewed.done",
                        "to-chuc-dang.found", "to-chuc-dang.remediated", "to-chuc-dang.reported_percent",
                        "comments.chi-bo.tap-the", "discipline.members", "discipline.khien-trach", "members.total",
                        "ratings.members.rated", "ratings.members.tot", "ratings.members.tot.reported_percent"),
                List.of("khoi", "Báo cáo", 55, 54, 747, 497, 66.3, 16, 8, 8, 480, 40, 30, "0.75%")));
        assertEquals("", read.messages());
        Result result = read.results().get(0);
        assertEquals("khoi", result.organization().id());
        assertEquals(Position.cell(XLSX, "Sheet1", 2, 1), result.organization().at());
        assertEquals("Báo cáo", result.source());
        assertEquals(54, result.reviewed().orElseThrow().done());
        assertEquals(747, result.shortcomings().get(0).found());
        assertEquals(new BigDecimal("66.3"), result.shortcomings().get(0).reportedPercent().orElseThrow().value());
        assertEquals("66.3", result.shortcomings().get(0).reportedPercent().orElseThrow().wording());
        assertEquals("Sheet1!F2", result.shortcomings().get(0).remediatedAt().cell());
        assertEquals(16, result.comments().get(0).count());
        assertEquals(8, result.discipline().orElseThrow().formsTotal());
        assertEquals(OptionalLong.of(480), result.members().orElseThrow().total());
        assertEquals(OptionalLong.of(40), result.ratings().orElseThrow().of(Population.MEMBERS).orElseThrow().rated());
        // Shown as 75.0 % by its format: published with one decimal.
        assertEquals(new BigDecimal("75.0"), result.ratings().orElseThrow().of(Population.MEMBERS).orElseThrow()
                .reported("tot").orElseThrow().percent().value());
    }

    @Test
    void anEmptyCellIsAFigureNotGivenNeverZero() throws IOException {
        Read read = xlsx(rows(List.of("organization", "members.total", "members.admitted", "discipline.members"),
                Arrays.asList("khoi", null, 12, null)));
        assertEquals("", read.messages());
        Result result = read.results().get(0);
        assertEquals(OptionalLong.empty(), result.members().orElseThrow().total());
        assertEquals(OptionalLong.of(12), result.members().orElseThrow().admitted());
        assertEquals(Optional.empty(), result.discipline());
    }

    @Test
    void aNumberTypedAsTextIsANumber() throws IOException {
        Read read = xlsx(rows(List.of("organization", "to-chuc-dang.found", "to-chuc-dang.remediated"),
                List.of("khoi", "747", " 0497 ")));
        assertEquals("", read.messages());
        assertEquals(497, read.results().get(0).shortcomings().get(0).remediated());
    }

    @Test
    void aFormulaCountsByTheValueExcelSavedWithIt() throws IOException {
        Read read = xlsx(TestSheets.xlsx(rows(List.of("organization", "to-chuc-dang.found", "to-chuc-dang.remediated"),
                List.of("khoi", "=700+47", "=B2-250")), true));
        assertEquals("", read.messages());
        assertEquals(747, read.results().get(0).shortcomings().get(0).found());
        assertEquals(497, read.results().get(0).shortcomings().get(0).remediated());
    }

    @Test
    void aFormulaWithoutASavedValueIsRefusedWithWhatToDo() throws IOException {
        Read read = xlsx(rows(List.of("organization", "suggested_contents"), List.of("khoi", "=100+61")));
        assertEquals("content/periods/2015.xlsx: Sheet1!B2: NOT-A-COUNT: the formula =100+61 has no value saved with "
                + "it, and the portal does not compute formulas / open the file in Excel and save it again: Excel "
                + "then saves the value of every formula", read.messages());
    }

    @Test
    void aPercentageIsReadWithADecimalCommaAPercentSignOrAPercentFormat() throws IOException {
        Read read = xlsx(rows(List.of("organization", "to-chuc-dang.found", "to-chuc-dang.remediated",
                        "to-chuc-dang.reported_percent", "dang-vien.found", "dang-vien.remediated",
                        "dang-vien.reported_percent", "discipline.members", "discipline.reported_percent"),
                List.of("khoi", 10, 5, "66,3", 10, 5, "66,3 %", 1, "0.663%")));
        assertEquals("", read.messages());
        Result result = read.results().get(0);
        assertEquals("66.3", result.shortcomings().get(0).reportedPercent().orElseThrow().wording());
        assertEquals("66.3", result.shortcomings().get(1).reportedPercent().orElseThrow().wording());
        assertEquals(new BigDecimal("66.3"), result.discipline().orElseThrow().reportedPercent().orElseThrow().value());
    }

    @Test
    void aWordBeforeAPercentageMakesItABoundAsInAPeriodFile() throws IOException {
        Read read = xlsx(rows(List.of("organization", "discipline.members", "discipline.reported_percent"),
                List.of("khoi", 1, "dưới 1%")));
        assertEquals("", read.messages());
        assertEquals("dưới 1%", read.results().get(0).discipline().orElseThrow().reportedPercent().orElseThrow()
                .wording());
    }

    @Test
    void aThousandsSeparatorADecimalAWordOrASignIsNotACount() throws IOException {
        Read read = xlsx(rows(List.of("organization", "to-chuc-dang.found", "to-chuc-dang.remediated",
                        "dang-vien.found", "dang-vien.remediated", "suggested_contents"),
                List.of("khoi", "1.356", 12.5, "năm", -3, 1e13)));
        assertEquals("""
                content/periods/2015.xlsx: Sheet1!B2: NOT-A-COUNT: 'to-chuc-dang.found' must be a whole number, but \
                this is the text '1.356' / write counts without a thousands separator: 1356
                content/periods/2015.xlsx: Sheet1!C2: NOT-A-COUNT: 'to-chuc-dang.remediated' must be a whole number, \
                but this is the number 12.5, which has decimals / a count has no decimals: write the number the source gives
                content/periods/2015.xlsx: Sheet1!D2: NOT-A-COUNT: 'dang-vien.found' must be a whole number, but this \
                is the text 'năm' / write the count in digits, e.g. 12, or leave the cell empty if the source gives no figure
                content/periods/2015.xlsx: Sheet1!E2: NEGATIVE-COUNT: 'dang-vien.remediated' is -3, but a count cannot \
                be negative / write the number of items, 0 or more
                content/periods/2015.xlsx: Sheet1!F2: NOT-A-COUNT: 'suggested_contents' is 10000000000000, which is too \
                large for a count of a review / a count is at most 999999999999; check for extra digits""",
                read.messages());
    }

    @Test
    void aPercentageOutsideNoughtToAHundredOrNotANumberIsRefused() throws IOException {
        Read read = xlsx(rows(List.of("organization", "discipline.members", "discipline.reported_percent"),
                List.of("khoi", 1, 120)));
        assertEquals("content/periods/2015.xlsx: Sheet1!C2: INVALID-PERCENT: 'discipline.reported_percent' is 120, but "
                + "a percentage lies between 0 and 100 / write the percentage as published, e.g. 66.3", read.messages());
        Read text = csv("organization,discipline.members,discipline.reported_percent\nkhoi,1,n/a\n");
        assertEquals("content/periods/2015.csv: C2: INVALID-PERCENT: 'discipline.reported_percent' must be a percentage "
                + "from 0 to 100, but this is the text 'n/a' / write the percentage as published, e.g. 66,3 or 66.3",
                text.messages());
    }

    @Test
    void foundWithoutRemediatedIsTheErrorOfAPeriodFile() throws IOException {
        Read read = xlsx(rows(List.of("organization", "to-chuc-dang.found", "to-chuc-dang.remediated"),
                Arrays.asList("khoi", 747, null)));
        assertEquals("content/periods/2015.xlsx: Sheet1!B2: MISSING-KEY: 'to-chuc-dang.found' is given, but "
                + "'to-chuc-dang.remediated' is empty / 'remediated' is required with 'found'; fill in both, or leave "
                + "both empty; see docs/content-format.md", read.messages());
        Read column = xlsx(rows(List.of("organization", "reviewed.done"), List.of("khoi", 3)));
        assertEquals("content/periods/2015.xlsx: Sheet1!B1: MISSING-KEY: the sheet has a column 'reviewed.done' but "
                + "none 'reviewed.required' / add the column 'reviewed.required': a result gives the two together, as "
                + "in a period file", column.messages());
    }

    @Test
    void anUnknownColumnIsRefusedWithTheNearestNameAndAColumnTwiceToo() throws IOException {
        Read read = xlsx(rows(List.of("organization", "to-chuc-dang.fond", "members.total", "members.total"),
                List.of("khoi", 1, 2, 3)));
        assertEquals("""
                content/periods/2015.xlsx: Sheet1!B1: UNKNOWN-KEY: unknown column 'to-chuc-dang.fond' / did you mean \
                'to-chuc-dang.found'?
                content/periods/2015.xlsx: Sheet1!D1: DUPLICATE-KEY: the column 'members.total' is given twice / it is \
                first given in column C; keep one of the two""", read.messages());
    }

    @Test
    void aColumnForAGroupThePeriodDoesNotDeclareIsUnknown() throws IOException {
        Read read = xlsx(rows(List.of("organization", "lanh-dao.found"), List.of("khoi", 1)));
        assertTrue(read.messages().startsWith("content/periods/2015.xlsx: Sheet1!B1: UNKNOWN-KEY: unknown column "
                + "'lanh-dao.found' / "), read.messages());
        assertTrue(read.messages().endsWith("this period's groups are to-chuc-dang, dang-vien"), read.messages());
    }

    @Test
    void emptyRowsAreSkippedAndCellsAreNamedByTheirRow() throws IOException {
        Read read = xlsx(List.of(List.of("organization", "suggested_contents"), List.of("khoi", 1),
                Arrays.asList((Object) null), Arrays.asList(null, null), List.of("cb-1", "x")));
        assertEquals(List.of("khoi", "cb-1"), read.results().stream().map(r -> r.organization().id()).toList());
        assertEquals("content/periods/2015.xlsx: Sheet1!B5: NOT-A-COUNT: 'suggested_contents' must be a whole number, "
                + "but this is the text 'x' / write the count in digits, e.g. 12, or leave the cell empty if the source "
                + "gives no figure", read.messages());
    }

    @Test
    void problemsAreInRowOrder() throws IOException {
        Read read = xlsx(List.of(List.of("organization", "suggested_contents", "members.total"),
                List.of("khoi", "x", "y"), List.of("cb-1", "z", 1)));
        assertEquals(List.of("Sheet1!B2", "Sheet1!C2", "Sheet1!B3"),
                read.diagnostics().stream().map(d -> d.position().cell()).toList());
    }

    @Test
    void aSheetWithoutAHeaderOrWithMergedHeaderCellsIsRefused() throws IOException {
        Read empty = xlsx(List.of(Arrays.asList((Object) null), List.of("khoi", 1)));
        assertEquals("content/periods/2015.xlsx: Sheet1!A1: MISSING-KEY: row 1 is empty, but it must name the columns"
                + " / write the column names in row 1: organization, then one column per figure, e.g. reviewed.done or "
                + "to-chuc-dang.found (docs/content-format.md, section 5.9)", empty.messages());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Kết quả");
            sheet.createRow(0).createCell(0).setCellValue("organization");
            sheet.getRow(0).createCell(1).setCellValue("to-chuc-dang");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            book.write(out);
            Read merged = xlsx(out.toByteArray());
            assertEquals("content/periods/2015.xlsx: Kết quả!B1: WRONG-TYPE: the header cells B1:C1 are merged, but each "
                    + "column needs a name of its own in row 1 / unmerge them (Home → Merge & Center) and write one "
                    + "column name in each, e.g. to-chuc-dang.found, to-chuc-dang.remediated",
                    merged.messages());
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedClearly() {
        byte[] xls = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, xls, 0, magic.length);
        assertEquals("content/periods/2015.xlsx: UNREADABLE: this is an Excel 97-2003 workbook (.xls) named .xlsx, "
                + "which the portal does not read / open it in Excel and save it with File → Save As → Excel Workbook "
                + "(*.xlsx), or as CSV UTF-8 (*.csv)", xlsx(xls).messages());
        assertTrue(xlsx("organization\nkhoi\n".getBytes()).messages()
                .startsWith("content/periods/2015.xlsx: UNREADABLE: this is not an Excel workbook"));
    }

    @Test
    void aCsvFileSavedWithSemicolonsAndDecimalCommasIsRead() {
        Read read = csv("organization;to-chuc-dang.found;to-chuc-dang.remediated;to-chuc-dang.reported_percent\r\n"
                + "khoi;747;497;66,3\r\n\r\ncb-1;\"1.356\";2;\r\n");
        assertEquals("content/periods/2015.csv: B4: NOT-A-COUNT: 'to-chuc-dang.found' must be a whole number, but this "
                + "is the text '1.356' / write counts without a thousands separator: 1356", read.messages());
        assertEquals("66.3", read.results().get(0).shortcomings().get(0).reportedPercent().orElseThrow().wording());
    }

    @Test
    void aRowWithoutItsOrganizationIsReportedAndAnInvalidIdToo() {
        Read read = csv("organization,suggested_contents\n,3\nKhối,4\n");
        assertEquals("""
                content/periods/2015.csv: B2: MISSING-KEY: row 2 has figures but no 'organization' / write the id of \
                the organization the figures are of, as organizations.yaml gives it
                content/periods/2015.csv: A3: INVALID-ID: 'Khối' is not a valid id / ids use lowercase letters a-z, \
                digits and single hyphens, e.g. 'khoi'""", read.messages());
    }

    @Test
    void anInvisibleCharacterInACellIsRefusedAsInATextFile() throws IOException {
        Read read = xlsx(rows(List.of("organization", "source"), List.of("khoi", "Báo \u202Ecáo")));
        assertTrue(read.messages().startsWith("content/periods/2015.xlsx: Sheet1!B2: BIDI-CONTROL: "), read.messages());
        assertEquals("", read.results().get(0).source());
    }

    @Test
    void aPercentageCellIsPublishedAsExcelShowsIt() throws IOException {
        Read read = xlsx(rows(List.of("organization", "discipline.members", "discipline.reported_percent"),
                List.of("khoi", 1, "0.6653279%")));
        assertEquals("", read.messages());
        assertEquals("66.5", read.results().get(0).discipline().orElseThrow().reportedPercent().orElseThrow().wording());
    }
}
