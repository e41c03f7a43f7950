package vn.reviewportal.render;

import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.PagePlan;

/** A page and the plan it was rendered from: the next build reuses it when its plan is equal. */
public record RenderedPage(PagePlan plan, SiteFile file) {
}
