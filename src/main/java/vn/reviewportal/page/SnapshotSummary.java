package vn.reviewportal.page;

import java.time.LocalDate;

/** A frozen yearly snapshot as the archive index lists it. */
public record SnapshotSummary(int year, LocalDate frozen, int pages, int files, String manifestDigest) {
}
