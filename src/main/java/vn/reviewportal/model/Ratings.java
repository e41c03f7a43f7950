package vn.reviewportal.model;

import java.util.List;
import java.util.Optional;

/** Quality ratings (xếp loại chất lượng) of each population a result gives them for, in {@link Population} order. */
public record Ratings(List<RatingCounts> populations) {

    public Ratings {
        populations = List.copyOf(populations);
    }

    public Optional<RatingCounts> of(Population population) {
        return populations.stream().filter(r -> r.population() == population).findFirst();
    }
}
