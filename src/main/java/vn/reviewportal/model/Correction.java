package vn.reviewportal.model;

/**
 * A figure that changed since its year was frozen: in which table and row, which column, what
 * the snapshot says and what the content says now. A row added or removed as a whole has no
 * column, and {@code before} or {@code now} is empty on the side where it does not exist.
 *
 * @param table the table's title, as on the page
 * @param row   the row's label (an organization, a group...)
 */
public record Correction(int year, String table, String row, String column, String before, String now) {
}
