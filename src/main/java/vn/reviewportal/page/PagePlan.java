package vn.reviewportal.page;

/**
 * One page to render: where it goes in the site, what every page knows, and the view its
 * template gets (which names that template).
 */
public record PagePlan(String path, Views.Layout layout, PageView view) {
}
