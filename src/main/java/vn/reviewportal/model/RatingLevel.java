package vn.reviewportal.model;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * A level of a rating scale as a period declares it: a level proper, a part of one ("trong đó
 * … tiêu biểu", with {@code part_of}), or the sum of some levels ("hoàn thành tốt nhiệm vụ trở
 * lên", with {@code sum_of}). Only levels proper add up to those rated.
 *
 * @param partOf the level this is a part of, as written
 * @param sumOf  the levels this is the sum of, as written; empty unless it is a sum
 */
public record RatingLevel(String id, String label, Position at, Optional<Ref> partOf, List<Ref> sumOf) {

    public enum Kind {
        LEVEL, PART, SUM
    }

    public RatingLevel {
        sumOf = List.copyOf(sumOf);
    }

    public static RatingLevel of(String id, String label, Position at) {
        return new RatingLevel(id, label, at, Optional.empty(), List.of());
    }

    public Kind kind() {
        return partOf.isPresent() ? Kind.PART : !sumOf.isEmpty() ? Kind.SUM : Kind.LEVEL;
    }
}
