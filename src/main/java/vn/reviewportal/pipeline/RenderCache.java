package vn.reviewportal.pipeline;

import java.util.List;
import java.util.Map;
import vn.reviewportal.check.ArticleChecks;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.output.PageLinks;
import vn.reviewportal.page.ChartPlan;
import vn.reviewportal.page.DownloadPlan;
import vn.reviewportal.render.RenderedPage;
import vn.reviewportal.source.ArticleReads;

/**
 * What the previous build rendered, by the plan it rendered it from. A page, chart or download
 * whose plan is equal to last time's (plans are records of plain values) is taken from here
 * instead of being rendered again; pages only while the templates are the same. So an edit
 * re-renders exactly what depends on it, and the result is the clean build's, byte for byte.
 * Articles whose files did not change are taken as they were read, with what the check found in
 * their text; and the links of pages taken again are not read again.
 */
public record RenderCache(String templatesDigest, Map<String, RenderedPage> pages, Map<ChartPlan, SiteFile> charts,
                          Map<DownloadPlan, List<SiteFile>> downloads, ArticleReads articles,
                          ArticleChecks articleChecks, Map<SiteFile, PageLinks> links) {

    public static final RenderCache EMPTY = new RenderCache("", Map.of(), Map.of(), Map.of(), ArticleReads.NONE,
            ArticleChecks.NONE, Map.of());

    public RenderCache {
        pages = Map.copyOf(pages);
        charts = Map.copyOf(charts);
        downloads = Map.copyOf(downloads);
        links = Map.copyOf(links);
    }
}
