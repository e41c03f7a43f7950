package vn.reviewportal.page;

import java.util.List;

/**
 * A year frozen in the archive, as the planner needs it: its snapshot as the archive page lists
 * it, and the tables the snapshot published, which the corrections page compares with today's.
 */
public record FrozenYear(SnapshotSummary snapshot, List<FrozenTable> tables) {

    public FrozenYear {
        tables = List.copyOf(tables);
    }

    int year() {
        return snapshot.year();
    }
}
