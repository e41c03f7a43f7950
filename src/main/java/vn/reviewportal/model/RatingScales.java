package vn.reviewportal.model;

import java.util.List;

/**
 * The quality-rating levels used in a period, best first, for each population rated; the scale
 * changed over the years. Cells are rated on the organizations' scale unless the period
 * declares a scale of their own.
 */
public record RatingScales(List<RatingLevel> organizations, List<RatingLevel> cells, List<RatingLevel> members) {

    public static final RatingScales NONE = new RatingScales(List.of(), List.of(), List.of());

    public RatingScales {
        organizations = List.copyOf(organizations);
        cells = List.copyOf(cells);
        members = List.copyOf(members);
    }

    /** The levels as declared under the population's own key (empty when it declares none). */
    public List<RatingLevel> declared(Population population) {
        return switch (population) {
            case ORGANIZATIONS -> organizations;
            case CELLS -> cells;
            case MEMBERS -> members;
        };
    }

    /** The scale a population is rated on: cells without a scale of their own use the organizations'. */
    public List<RatingLevel> of(Population population) {
        return population == Population.CELLS && cells.isEmpty() ? organizations : declared(population);
    }

    /** The key the scale of {@link #of(Population)} is declared under, for messages: rating_scales.organizations. */
    public String keyOf(Population population) {
        return "rating_scales." + (population == Population.CELLS && cells.isEmpty() ? Population.ORGANIZATIONS
                : population).key();
    }
}
