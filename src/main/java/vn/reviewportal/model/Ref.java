package vn.reviewportal.model;

import vn.reviewportal.diag.Position;

/** A reference by id to something declared elsewhere, with where the reference was written. */
public record Ref(String id, Position at) {
}
