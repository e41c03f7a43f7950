package vn.reviewportal.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading snapshots, up to a limit: a damaged or hostile archive can
 * have any number of them, and once the limit is reached reading on would only count them.
 * Not thread-safe: one collector per reading.
 */
final class Problems {

    private final int limit;
    private final List<Problem> found = new ArrayList<>();

    Problems(int limit) {
        this.limit = limit;
    }

    static Problems unlimited() {
        return new Problems(Integer.MAX_VALUE);
    }

    void add(Problem problem) {
        if (!full()) {
            found.add(problem);
        }
    }

    void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    /** Whether the limit is reached, so that whoever is reading can stop. */
    boolean full() {
        return found.size() >= limit;
    }

    int count() {
        return found.size();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
