package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import vn.reviewportal.model.Correction;

/**
 * Every page, chart and download of the site, the tidy dataset's files (their rows made as they
 * are written), what the offline search finds, every figure the content changed since its year
 * was frozen (which the corrections page lists), and the UI strings the templates use. The organization pages are planned as they are asked for
 * ({@link OrganizationPages}); every other page is planned here, in path order.
 */
public record SitePlan(List<PagePlan> otherPages, OrganizationPages organizationPages, List<ChartPlan> charts,
                       List<DownloadPlan> downloads, List<DatasetPlan> datasets, List<SearchEntry> search, List<Correction> corrections,
                       Messages messages) {

    public SitePlan {
        otherPages = List.copyOf(otherPages);
        charts = List.copyOf(charts);
        downloads = List.copyOf(downloads);
        datasets = List.copyOf(datasets);
        search = List.copyOf(search);
        corrections = List.copyOf(corrections);
    }

    /** How many pages the site has. */
    public int pageCount() {
        return otherPages.size() + organizationPages.size();
    }

    /**
     * Hands every page to {@code batch}, at most {@code size} at a time: the other pages first, then
     * the organization pages, each batch planned only when it is handed on; stops when {@code batch}
     * says not to go on.
     */
    public void inBatches(int size, Predicate<List<PagePlan>> batch) {
        for (int start = 0; start < otherPages.size(); start += size) {
            if (!batch.test(otherPages.subList(start, Math.min(otherPages.size(), start + size)))) {
                return;
            }
        }
        for (int start = 0; start < organizationPages.size(); start += size) {
            if (!batch.test(organizationPages.plan(start, Math.min(organizationPages.size(), start + size)))) {
                return;
            }
        }
    }

    /** Every page, in path order, the organization pages planned all at once: for a small site, or a test. */
    public List<PagePlan> pages() {
        List<PagePlan> all = new ArrayList<>(otherPages);
        all.addAll(organizationPages.plan(0, organizationPages.size()));
        all.sort(Comparator.comparing(PagePlan::path));
        return all;
    }
}
