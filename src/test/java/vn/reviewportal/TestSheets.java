package vn.reviewportal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets made in a test with Apache POI, as Excel saves them. */
public final class TestSheets {

    private TestSheets() {
    }

    /**
     * A workbook whose first sheet, "Sheet1", holds the rows: a {@link Number} becomes a number
     * cell, a text starting with {@code =} a formula without a saved value, a text ending in
     * {@code %} such as {@code 0.663%} the number 0.663 formatted as a percentage (66.3 %), any other
     * text a text cell, {@code null} no cell.
     */
    public static byte[] xlsx(List<List<Object>> rows) throws IOException {
        return xlsx(rows, false);
    }

    /** As {@link #xlsx(List)}; with {@code saved}, each formula's value is saved with it, as Excel does. */
    public static byte[] xlsx(List<List<Object>> rows, boolean saved) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Sheet1");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value.toString().startsWith("=")) {
                        cell.setCellFormula(value.toString().substring(1));
                    } else if (value.toString().matches("[0-9.]+%")) {
                        cell.setCellValue(Double.parseDouble(value.toString().replace("%", "")));
                        cell.setCellStyle(percent);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            if (saved) {
                book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The same rows as CSV text, comma-separated, a number as its digits. */
    public static String csv(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                String text = value == null ? "" : value instanceof Double d && d == Math.rint(d)
                        ? String.valueOf(d.longValue()) : value.toString();
                out.append(c == 0 ? "" : ",").append(text.contains(",") ? "\"" + text + "\"" : text);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
