package vn.reviewportal.model;

import vn.reviewportal.diag.Position;

/** A term declared by a period (a shortcoming group, a comment level or target, a rating level). */
public record Label(String id, String label, Position at) {
}
