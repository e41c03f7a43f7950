package vn.reviewportal.model;

import vn.reviewportal.diag.Position;

/** How many subordinate organizations had to hold the review, and how many did. */
public record Reviewed(long required, long done, Position doneAt) {
}
