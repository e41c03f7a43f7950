package vn.reviewportal.source;

import com.fasterxml.jackson.databind.MappingIterator;
import com.github.pjfanning.xlsx.StreamingReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Characters;

/**
 * The cells of a spreadsheet as the portal reads them: the first sheet of an Excel workbook
 * (read with Apache POI), or a CSV file (read with Jackson), each cell a text or a number with
 * the place a spreadsheet user knows it by ({@code Sheet1!C7}, {@code C7}). A formula counts by
 * the value Excel saved with it. What cannot be read so is reported, and gives no cells.
 */
final class Spreadsheet {

    /**
     * One cell that holds something; blank cells are not kept. A cell {@link Kind#REFUSED} holds
     * what was reported already (a formula without its value): it is there, but gives no figure.
     * A number formatted as a percentage also has its text as Excel shows it ("66.5%").
     */
    record SheetCell(Position at, int column, Kind kind, String text, BigDecimal number, boolean percentStyle) {

        enum Kind { TEXT, NUMBER, REFUSED }

        static SheetCell text(Position at, int column, String text) {
            return new SheetCell(at, column, Kind.TEXT, text, null, false);
        }

        /** What the cell shows, for messages. */
        String shown() {
            return kind == Kind.TEXT ? "the text '" + text + "'" : "the number " + number.toPlainString();
        }
    }

    /** A row with at least one cell that holds something; {@code number} is 1-based. */
    record SheetRow(int number, List<SheetCell> cells) {

        SheetRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param first where the sheet starts (A1), for problems of the sheet as a whole
     * @param rows  the rows that hold something, in order; row 1 is the header when it holds something
     */
    record Cells(Position first, List<SheetRow> rows) {

        Cells {
            rows = List.copyOf(rows);
        }
    }

    /** How Excel shows a cell, with a decimal point whatever the computer's language. */
    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    private Spreadsheet() {
    }

    /** The reader's own words for why it failed, without the names of the Java classes that carry them. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
        return message == null ? "no reason given"
                : message.replaceAll("([\\w.$]+(Exception|Error): )+", "").lines().findFirst().orElse("").strip();
    }

    /** The first sheet of an Excel workbook (.xlsx), or empty after reporting why it cannot be read. */
    static Optional<Cells> xlsx(String display, byte[] bytes, Diagnostics diagnostics) {
        Position file = Position.wholeFile(display);
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic != FileMagic.OOXML) {
            diagnostics.error(Code.UNREADABLE, file, magic == FileMagic.OLE2
                            ? "this is an Excel 97-2003 workbook (.xls) named .xlsx, which the portal does not read"
                            : "this is not an Excel workbook: a .xlsx file is a zip archive, and this one is not",
                    "open it in Excel and save it with File → Save As → Excel Workbook (*.xlsx), or as CSV UTF-8 "
                            + "(*.csv)");
            return Optional.empty();
        }
        // Read row by row: a whole workbook in memory takes a kilobyte or so a cell, over a gigabyte
        // for a national sheet. Comments, links and drawings are not figures, and are not read.
        try (Workbook book = StreamingReader.builder().rowCacheSize(256).bufferSize(16 * 1024).setAvoidTempFiles(true)
                .setReadComments(false).setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false)
                .open(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                diagnostics.error(Code.EMPTY_FILE, file, "the workbook has no sheet", "put the results in its first sheet");
                return Optional.empty();
            }
            return cells(display, book.getSheetAt(0), diagnostics);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged workbook with one of several unchecked exceptions.
            diagnostics.error(Code.UNREADABLE, file, "the file is a zip archive but cannot be read as an Excel "
                            + "workbook: it is damaged, or another kind of file renamed .xlsx (the reader says \""
                            + reason(e) + "\")",
                    "open it in Excel and save it again as Excel Workbook (*.xlsx); if Excel cannot open it either, "
                            + "restore it from a copy");
            return Optional.empty();
        }
    }

    /** The sheet's cells; none when its header cannot be read, since no column then has a name to be read by. */
    private static Optional<Cells> cells(String display, Sheet sheet, Diagnostics diagnostics) {
        String name = sheet.getSheetName();
        List<SheetRow> rows = new ArrayList<>();
        Diagnostics read = new Diagnostics();
        for (Row row : sheet) {
            List<SheetCell> cells = new ArrayList<>();
            for (Cell cell : row) {
                Position at = Position.cell(display, name, cell.getRowIndex() + 1, cell.getColumnIndex() + 1);
                value(cell, at, read).ifPresent(cells::add);
            }
            if (!cells.isEmpty()) {
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        // A sheet read row by row knows its merged cells only at its end, where the file keeps them.
        boolean mergedHeader = false;
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() == 0) {
                mergedHeader = true;
                diagnostics.error(Code.WRONG_TYPE, Position.cell(display, name, 1, merged.getFirstColumn() + 1),
                        "the header cells " + merged.formatAsString() + " are merged, but each column needs a name "
                                + "of its own in row 1", "unmerge them (Home → Merge & Center) and write one column "
                                + "name in each, e.g. to-chuc-dang.found, to-chuc-dang.remediated");
            }
        }
        if (mergedHeader) {
            return Optional.empty();
        }
        diagnostics.addAll(read.list());
        return Optional.of(new Cells(Position.cell(display, name, 1, 1), rows));
    }

    /** What a cell holds, or empty when it is blank or holds what is reported instead. */
    private static Optional<SheetCell> value(Cell cell, Position at, Diagnostics diagnostics) {
        CellType type = cell.getCellType();
        int column = cell.getColumnIndex() + 1;
        if (type == CellType.FORMULA) {
            // A formula Excel saved no value with reads as blank.
            if (cell.getCachedFormulaResultType() == CellType.BLANK) {
                diagnostics.error(Code.NOT_A_COUNT, at, "the formula =" + cell.getCellFormula()
                                + " has no value saved with it, and the portal does not compute formulas",
                        "open the file in Excel and save it again: Excel then saves the value of every formula");
                return Optional.of(new SheetCell(at, column, SheetCell.Kind.REFUSED, "", null, false));
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> {
                BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                boolean percent = cell.getCellStyle().getDataFormatString().contains("%");
                // A percentage cell is published as Excel shows it (66,5 % for =497/747), not as computed.
                yield Optional.of(new SheetCell(at, column, SheetCell.Kind.NUMBER,
                        percent ? SHOWN.formatCellValue(cell) : "", number.scale() < 0 ? number.setScale(0) : number,
                        percent));
            }
            case STRING -> {
                String text = YamlReader.nfc(cell.getStringCellValue().strip());
                int refused = Characters.firstRefused(text, false);
                if (refused >= 0) {
                    // As in a text file: pasted from Word or a web page, it is not seen in Excel either.
                    char c = text.charAt(refused);
                    diagnostics.error(Characters.code(c), at, Characters.describe(c) + " is in this cell, at character "
                            + (refused + 1), "delete it: retype the text of the cell; " + Characters.origin(c));
                    yield Optional.of(new SheetCell(at, column, SheetCell.Kind.REFUSED, "", null, false));
                }
                yield text.isEmpty() ? Optional.empty() : Optional.of(SheetCell.text(at, column, text));
            }
            case BOOLEAN -> Optional.of(SheetCell.text(at, column, cell.getBooleanCellValue() ? "TRUE" : "FALSE"));
            case ERROR -> {
                diagnostics.error(Code.NOT_A_COUNT, at, "the cell shows the error "
                                + FormulaError.forInt(cell.getErrorCellValue()).getString(),
                        "correct the formula or the figure in Excel, or leave the cell empty if the source gives no figure");
                yield Optional.of(new SheetCell(at, column, SheetCell.Kind.REFUSED, "", null, false));
            }
            default -> Optional.empty();
        };
    }

    /**
     * The cells of a CSV file's text: comma-separated, or semicolon-separated as Excel saves CSV
     * where the decimal separator is a comma. Every cell is text; row N is the N-th record.
     */
    static Optional<Cells> csv(String display, String text, Diagnostics diagnostics) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<SheetRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            int number = 0;
            while (records.hasNextValue()) {
                String[] record = records.nextValue();
                number++;
                List<SheetCell> cells = new ArrayList<>();
                for (int i = 0; i < record.length; i++) {
                    String value = record[i] == null ? "" : record[i].strip();
                    if (!value.isEmpty()) {
                        cells.add(SheetCell.text(Position.cell(display, "", number, i + 1), i + 1, value));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow(number, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.error(Code.UNREADABLE, Position.wholeFile(display), "the CSV file cannot be read (the reader "
                            + "says \"" + reason(e) + "\")",
                    "open it in Excel and save it again as CSV UTF-8 (Comma delimited) (*.csv)");
            return Optional.empty();
        }
        return Optional.of(new Cells(Position.cell(display, "", 1, 1), rows));
    }
}
