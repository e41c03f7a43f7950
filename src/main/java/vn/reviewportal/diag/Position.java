package vn.reviewportal.diag;

/**
 * A place in a content file, as the user sees it: the file as displayed on the console
 * (for example {@code content/periods/2012.yaml}), and a 1-based line and column.
 * Line 0 means "the file as a whole" (for example a file that is missing or empty).
 *
 * <p>A place in a spreadsheet is a cell, named as the spreadsheet names it ({@code Sheet1!C7},
 * or {@code C7} in a CSV file): its line and column are the cell's row and column, so that
 * cells sort in row order, but it has no line of text to quote.
 *
 * <p>A cell's name is made when it is shown, not kept: a national workbook has millions of cells,
 * each with a position, and their names would take more memory than their figures.
 *
 * @param sheet  the sheet's name for a cell of a workbook, empty for a cell of a CSV file and in a
 *               text file
 * @param isCell whether this is a cell of a spreadsheet
 */
public record Position(String file, int line, int column, String sheet, boolean isCell) implements Comparable<Position> {

    public Position {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("a position needs a file");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for the whole file");
        }
        if (sheet == null || isCell && (line == 0 || column == 0) || !isCell && !sheet.isEmpty()) {
            throw new IllegalArgumentException("a cell has a row and a column, and only a cell has a sheet");
        }
    }

    /** A place in a text file. */
    public Position(String file, int line, int column) {
        this(file, line, column, "", false);
    }

    public static Position wholeFile(String file) {
        return new Position(file, 0, 0);
    }

    /**
     * A cell of a spreadsheet.
     *
     * @param row    1-based, as the spreadsheet numbers it
     * @param column 1-based: A is 1
     * @param sheet  the sheet's name, or empty for a CSV file, which has one sheet without a name
     */
    public static Position cell(String file, String sheet, int row, int column) {
        return new Position(file, row, column, sheet, true);
    }

    /** The cell's name as the spreadsheet shows it ({@code Sheet1!C7}, {@code C7}); empty in a text file. */
    public String cell() {
        if (!isCell) {
            return "";
        }
        String name = columnLetters(column) + line;
        return sheet.isEmpty() ? name : sheet + "!" + name;
    }

    /** A spreadsheet's name of a 1-based column: A, B, …, Z, AA, AB, … */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int left = column; left > 0; left = (left - 1) / 26) {
            letters.insert(0, (char) ('A' + (left - 1) % 26));
        }
        return letters.toString();
    }

    /** Whether this is a line of a text file, which a diagnostic may quote. */
    public boolean hasLine() {
        return line > 0 && !isCell;
    }

    @Override
    public int compareTo(Position other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return isCell ? file + ": " + cell() : hasLine() ? file + ":" + line + ":" + column : file;
    }
}
