package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One chart to draw. Bars are horizontal, so that long Vietnamese labels stay readable; a line
 * chart has the periods along its horizontal axis.
 *
 * @param id      a name unique in the site, used for the file and for ids inside the SVG
 * @param percent whether values are percentages (the value axis then runs from 0 to 100)
 * @param width   the drawing's width in CSS pixels; it scales with the page
 * @param height  the drawing's height, which grows with the number of bars
 */
public record ChartPlan(String path, String id, String title, Kind kind, String valueAxisLabel, boolean percent,
                        List<String> categories, List<Series> series, int width, int height) {

    public enum Kind {
        /** One bar per category and series, side by side. */
        BARS,
        /** The series of a category stacked into one bar (e.g. remediated and in progress). */
        STACKED_BARS,
        /** One line per series across the categories (e.g. periods). */
        LINES
    }

    /** One series: a value and its printed label per category. */
    public record Series(String name, List<BigDecimal> values, List<String> labels) {
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values)); // null: no value
            labels = List.copyOf(labels);
            if (values.size() != labels.size()) {
                throw new IllegalArgumentException("a series needs one label per value");
            }
        }
    }

    static final int WIDTH = 800;

    public ChartPlan {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("a series needs one value per category: " + id);
            }
        }
    }

    /** A height that gives each bar (or group of bars) room for a label of up to three lines. */
    static int heightFor(Kind kind, int categories, int series) {
        return switch (kind) {
            case LINES -> 440;
            case STACKED_BARS -> 150 + 70 * categories;
            case BARS -> 130 + Math.max(40, 36 * series + 24) * categories;
        };
    }
}
