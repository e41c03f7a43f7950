package vn.reviewportal.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
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
 * Dark bars on white with the value printed on each bar read the same in grayscale print.
 */
public final class ChartRenderer {

    private static final Color BAR = new Color(0x1F, 0x4E, 0x79);
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
        List<String> categories = plan.categories();
        for (int i = 0; i < categories.size(); i++) {
            dataset.addValue(plan.values().get(i), "rate", categories.get(i));
        }
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setMaximumCategoryLabelLines(3);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.35f);
        categoryAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
        categoryAxis.setTickLabelPaint(TEXT);

        NumberAxis valueAxis = new NumberAxis(plan.valueAxisLabel());
        valueAxis.setRange(0, 100);
        valueAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20, NumberFormat.getIntegerInstance(Locale.ROOT)));
        valueAxis.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        valueAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
        valueAxis.setLabelPaint(TEXT);
        valueAxis.setTickLabelPaint(TEXT);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.5);
        renderer.setDefaultItemLabelGenerator(new LabelsFromPlan(plan.valueLabels()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 14));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(6);

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 8, 8, 48));

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setTitle(new TextTitle(plan.title(), new Font(FONT, Font.BOLD, 17)));
        chart.getTitle().setPaint(TEXT);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** Adds a {@code <title>} as the first child, so the SVG has an accessible name when opened alone. */
    private static String withTitle(String svg, String title) {
        int end = svg.indexOf('>');
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return svg.substring(0, end + 1) + "<title>" + escaped + "</title>" + svg.substring(end + 1);
    }

    /** Prints the already formatted label of each bar ("66,5 %"), so the chart matches the tables. */
    private static final class LabelsFromPlan extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final List<String> labels;

        LabelsFromPlan(List<String> labels) {
            this.labels = List.copyOf(labels);
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            return labels.get(column);
        }
    }
}
