package vn.reviewportal.model;

import java.util.List;

/** The quality-rating levels used in a period, best first; the scale changed over the years. */
public record RatingScales(List<Label> organizations, List<Label> members) {

    public static final RatingScales NONE = new RatingScales(List.of(), List.of());

    public RatingScales {
        organizations = List.copyOf(organizations);
        members = List.copyOf(members);
    }
}
