package vn.reviewportal.page;

import java.util.List;
import java.util.function.Function;
import vn.reviewportal.model.Organization;

/**
 * The organization pages, planned a batch at a time as they are rendered, so that a province's
 * thousands of pages (and a nation's tens of thousands) are never all held at once: what the
 * build holds is the model and one batch. Planning is a pure function of the plan stage's input;
 * the same batch planned twice gives equal pages.
 */
public final class OrganizationPages {

    /**
     * One page: an organization's own (number 1), or page {@code number} of the table of its
     * subordinates, when it has more than a page lists.
     */
    record Entry(Organization organization, int number) {
        String path() {
            return number == 1 ? Routes.organization(organization.id()) : Routes.subordinates(organization.id(), number);
        }
    }

    private final List<Entry> entries;
    private final Function<Entry, PagePlan> plan;

    /**
     * @param entries in the order of their pages' paths
     * @param plan    one page, laid out; safe to call from several threads
     */
    OrganizationPages(List<Entry> entries, Function<Entry, PagePlan> plan) {
        this.entries = List.copyOf(entries);
        this.plan = plan;
    }

    /** No organization page: a site planned by hand, in a test of its rendering. */
    public static OrganizationPages none() {
        return new OrganizationPages(List.of(), o -> {
            throw new IllegalStateException("no organization page to plan");
        });
    }

    public int size() {
        return entries.size();
    }

    /** The paths of every page, in order, without planning any. */
    public List<String> paths() {
        return entries.stream().map(Entry::path).toList();
    }

    /** The pages from index {@code from} (inclusive) to {@code to}, in order, planned on every core. */
    public List<PagePlan> plan(int from, int to) {
        return entries.subList(from, to).parallelStream().map(plan).toList();
    }
}
