package vn.reviewportal.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.DownloadFile;
import vn.reviewportal.page.Routes;

/**
 * The render stage for downloads: each table as CSV and JSON.
 *
 * <p>CSV: UTF-8 with a byte-order mark (so spreadsheet programs show Vietnamese correctly), the
 * column labels as the header, numbers in machine form (4716, 66.5), and any text cell that a
 * spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return)
 * prefixed with an apostrophe. JSON: the table's title, the column keys and labels, and one
 * array of values per row in the columns' order, each column and each row on a line of its own.
 */
public final class DownloadRenderer {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvMapper csv = new CsvMapper();
    private final ObjectMapper json = new ObjectMapper();

    public List<SiteFile> render(DownloadFile plan) {
        return List.of(new SiteFile(Routes.csv(plan.path()), csv(plan)),
                new SiteFile(Routes.json(plan.path()), json(plan)));
    }

    /** Written row by row as they come: a file of the tidy dataset is never a list of its lines. */
    private byte[] csv(DownloadFile plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        out.writeBytes(BOM);
        try (SequenceWriter lines = csv.writer().writeValues(out)) {
            lines.write(plan.labels().stream().map(DownloadRenderer::neutralised).toList());
            plan.forEachRow(row -> {
                try {
                    lines.write(row.stream().map(DownloadRenderer::cell).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The title, then one line per column and one per row, each row an array of its values in
     * the columns' order: a file of every organization's rows stays less than half the size it
     * would be with the keys repeated in each row (4.3 MB instead of 9.6 MB for a province's
     * shortcomings of one year), and still reads line by line in a text editor.
     */
    private byte[] json(DownloadFile plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            write(out, "{\n  \"title\": ");
            out.write(json.writeValueAsBytes(plan.title()));
            write(out, ",\n  \"columns\": [");
            for (int i = 0; i < plan.keys().size(); i++) {
                Map<String, Object> column = new LinkedHashMap<>();
                column.put("key", plan.keys().get(i));
                column.put("label", plan.labels().get(i));
                line(out, i, column);
            }
            write(out, plan.keys().isEmpty() ? "],\n  \"rows\": [" : "\n  ],\n  \"rows\": [");
            int[] index = {0};
            plan.forEachRow(row -> {
                try {
                    line(out, index[0]++, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            write(out, index[0] == 0 ? "]\n}\n" : "\n  ]\n}\n");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element of an array on a line of its own. */
    private void line(ByteArrayOutputStream out, int index, Object element) throws IOException {
        write(out, index == 0 ? "\n    " : ",\n    ");
        out.write(json.writeValueAsBytes(element));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return neutralised(value.toString());
    }

    /** Text a spreadsheet would run as a formula gets an apostrophe in front. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
