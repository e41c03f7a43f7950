package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.List;

/**
 * One chart to draw: a horizontal bar per category, values in percent (0 to 100).
 *
 * @param id     a name unique in the site, used for the file and for ids inside the SVG
 * @param width  the drawing's width in CSS pixels; it scales with the page
 * @param height the drawing's height, which grows with the number of bars
 */
public record ChartPlan(String path, String id, String title, String valueAxisLabel, List<String> categories,
                        List<BigDecimal> values, List<String> valueLabels, int width, int height) {

    static final int WIDTH = 800;
    private static final int ROW_HEIGHT = 90;
    private static final int CHROME_HEIGHT = 130;

    /** The height that gives each bar room for a label of up to three lines. */
    static int heightFor(int bars) {
        return CHROME_HEIGHT + ROW_HEIGHT * bars;
    }

    public ChartPlan {
        categories = List.copyOf(categories);
        values = List.copyOf(values);
        valueLabels = List.copyOf(valueLabels);
        if (categories.size() != values.size() || values.size() != valueLabels.size()) {
            throw new IllegalArgumentException("a chart needs one value and one label per category");
        }
    }
}
