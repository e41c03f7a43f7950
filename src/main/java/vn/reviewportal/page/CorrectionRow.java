package vn.reviewportal.page;

/**
 * A figure that changed since its year was frozen: in which table and row, which column, what
 * the snapshot says and what the content says now (a whole row added or removed has no column).
 */
public record CorrectionRow(int year, String table, String row, String column, String before, String now) {
}
