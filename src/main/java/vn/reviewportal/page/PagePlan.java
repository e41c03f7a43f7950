package vn.reviewportal.page;

/**
 * One page to render: where it goes in the site, with which template, and the view the
 * template gets.
 */
public record PagePlan(String path, String template, Views.Layout layout, Object view) {
}
