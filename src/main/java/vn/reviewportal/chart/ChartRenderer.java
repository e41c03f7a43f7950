package vn.reviewportal.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.ChartPlan;

/**
 * The render stage for charts: JFreeChart drawn into SVG by JFreeSVG. The SVG is
 * deterministic (ids derive from the chart's id, never from the clock), scales with the page
 * through its viewBox, and keeps text as text so that Vietnamese labels stay searchable.
 * Series differ in lightness as well as hue (a colour-blind-safe palette, from dark to light),
 * lines also in dash and marker, and every value is printed, so a chart reads the same in
 * grayscale print.
 */
public final class ChartRenderer {

    /** Dark blue, orange, sky blue, bluish green, vermilion, reddish purple, yellow: distinct in hue and lightness. */
    private static final Color[] PALETTE = {
        new Color(0x1F, 0x4E, 0x79), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0x00, 0x9E, 0x73), new Color(0xD5, 0x5E, 0x00), new Color(0xCC, 0x79, 0xA7),
        new Color(0xF0, 0xE4, 0x42)};
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {5f, 5f}, {1f, 2f}, {12f, 6f}};
    private static final Color GRID = new Color(0xCC, 0xCC, 0xCC);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final String FONT = Font.SANS_SERIF;

    public SiteFile render(ChartPlan plan) {
        int width = plan.width();
        int height = plan.height();
        JFreeChart chart = chart(plan);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("chart-" + plan.id() + "-");
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String svg = g2.getSVGElement("chart-" + plan.id(), false, new ViewBox(0, 0, width, height), null, null);
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + withTitle(svg, plan.title()) + "\n";
        return new SiteFile(plan.path(), document.getBytes(StandardCharsets.UTF_8));
    }

    private static JFreeChart chart(ChartPlan plan) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartPlan.Series series : plan.series()) {
            for (int i = 0; i < plan.categories().size(); i++) {
                BigDecimal value = series.values().get(i);
                dataset.addValue(value, series.name(), plan.categories().get(i));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setMaximumCategoryLabelLines(3);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        categoryAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
        categoryAxis.setTickLabelPaint(TEXT);

        NumberAxis valueAxis = new NumberAxis(plan.valueAxisLabel());
        if (plan.percent()) {
            valueAxis.setRange(0, 100);
            valueAxis.setTickUnit(new NumberTickUnit(20, NumberFormat.getIntegerInstance(Locale.ROOT)));
        } else {
            NumberFormat counts = NumberFormat.getIntegerInstance(Locale.ROOT);
            counts.setGroupingUsed(false); // "1000": neither 1,000 nor 1.000 can be misread in either language
            valueAxis.setNumberFormatOverride(counts);
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            valueAxis.setUpperMargin(0.15);
        }
        valueAxis.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        valueAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
        valueAxis.setLabelPaint(TEXT);
        valueAxis.setTickLabelPaint(TEXT);

        AbstractCategoryItemRenderer renderer = switch (plan.kind()) {
            case BARS -> bars(new BarRenderer(), plan);
            case STACKED_BARS -> bars(new StackedBarRenderer(), plan);
            case LINES -> lines(plan);
        };
        renderer.setDefaultItemLabelGenerator(new LabelsFromPlan(plan));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 13));
        renderer.setDefaultItemLabelPaint(TEXT);

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(plan.kind() == ChartPlan.Kind.LINES ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 8, 8, 56));

        JFreeChart chart = new JFreeChart(null, null, plot, plan.series().size() > 1);
        chart.setTitle(new TextTitle(plan.title(), new Font(FONT, Font.BOLD, 17)));
        chart.getTitle().setPaint(TEXT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(BlockBorder.NONE);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static BarRenderer bars(BarRenderer renderer, ChartPlan plan) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setMaximumBarWidth(0.6);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < plan.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesOutlinePaint(i, TEXT);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(0.5f));
        }
        boolean stacked = renderer instanceof StackedBarRenderer;
        renderer.setDefaultPositiveItemLabelPosition(stacked
                ? new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(6);
        if (stacked) {
            // Labels sit on the bars: white on the dark first series, dark on the light ones.
            renderer.setSeriesItemLabelPaint(0, Color.WHITE);
        }
        return renderer;
    }

    private static LineAndShapeRenderer lines(ChartPlan plan) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < plan.series().size(); i++) {
            float[] dash = DASHES[i % DASHES.length];
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(3f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            renderer.setSeriesShape(i, shape(i));
        }
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        return renderer;
    }

    private static Shape shape(int series) {
        double s = 8;
        return switch (series % 3) {
            case 0 -> new Rectangle2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            default -> new Polygon(new int[] {0, 5, -5}, new int[] {-5, 4, 4}, 3);
        };
    }

    /** Adds a {@code <title>} as the first child, so the SVG has an accessible name when opened alone. */
    private static String withTitle(String svg, String title) {
        int end = svg.indexOf('>');
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return svg.substring(0, end + 1) + "<title>" + escaped + "</title>" + svg.substring(end + 1);
    }

    /** Prints the already formatted label of each value ("66,5 %"), so the chart matches the tables. */
    private static final class LabelsFromPlan extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final transient ChartPlan plan;

        LabelsFromPlan(ChartPlan plan) {
            this.plan = plan;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            List<String> labels = plan.series().get(row).labels();
            BigDecimal value = plan.series().get(row).values().get(column);
            boolean hidden = value == null || plan.kind() == ChartPlan.Kind.STACKED_BARS && value.signum() == 0
                    || plan.kind() == ChartPlan.Kind.LINES && row > 0; // other lines' values are in the data table
            return hidden ? null : labels.get(column);
        }
    }
}
