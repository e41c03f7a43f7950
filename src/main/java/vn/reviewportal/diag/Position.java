package vn.reviewportal.diag;

/**
 * A place in a content file, as the user sees it: the file as displayed on the console
 * (for example {@code content/periods/2012.yaml}), and a 1-based line and column.
 * Line 0 means "the file as a whole" (for example a file that is missing or empty).
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    public Position {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("a position needs a file");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for the whole file");
        }
    }

    public static Position wholeFile(String file) {
        return new Position(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
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
        return hasLine() ? file + ":" + line + ":" + column : file;
    }
}
