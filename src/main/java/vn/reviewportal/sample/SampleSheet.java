package vn.reviewportal.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The results of a sample period as an Excel workbook, written with Apache POI, the same bytes
 * every time: the workbook's date and the time of each part of its zip are fixed, as the sample's
 * other files do not change from one run to the next.
 */
final class SampleSheet {

    /** The date every sample workbook says it was made, and its parts were saved. */
    private static final LocalDateTime MADE = LocalDateTime.of(2013, 5, 3, 0, 0);

    private SampleSheet() {
    }

    /** @param rows the header, then one row per result: a text, a count, or {@code null} for an empty cell */
    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(MADE.toInstant(ZoneOffset.UTC))));
            Sheet sheet = book.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Long count) {
                        row.createCell(c).setCellValue(count);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(written);
        }
        return withFixedTimes(written.toByteArray());
    }

    /** The same zip with each entry's time set to {@link #MADE}. */
    private static byte[] withFixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream fixed = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(MADE);
                fixed.putNextEntry(copy);
                in.transferTo(fixed);
                fixed.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
