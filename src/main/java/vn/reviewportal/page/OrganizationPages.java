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

    private final List<Organization> organizations;
    private final Function<Organization, PagePlan> plan;

    /**
     * @param organizations in the order of their pages' paths
     * @param plan          one organization's page, laid out; safe to call from several threads
     */
    OrganizationPages(List<Organization> organizations, Function<Organization, PagePlan> plan) {
        this.organizations = List.copyOf(organizations);
        this.plan = plan;
    }

    /** No organization page: a site planned by hand, in a test of its rendering. */
    public static OrganizationPages none() {
        return new OrganizationPages(List.of(), o -> {
            throw new IllegalStateException("no organization page to plan");
        });
    }

    public int size() {
        return organizations.size();
    }

    /** The paths of every page, in order, without planning any. */
    public List<String> paths() {
        return organizations.stream().map(o -> Routes.organization(o.id())).toList();
    }

    /** The pages from index {@code from} (inclusive) to {@code to}, in order, planned on every core. */
    public List<PagePlan> plan(int from, int to) {
        return organizations.subList(from, to).parallelStream().map(plan).toList();
    }
}
