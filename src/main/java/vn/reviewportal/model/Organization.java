package vn.reviewportal.model;

import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * One node of the organization tree. {@code parentId} is empty for a top-level organization.
 *
 * @param kind the id of its level as written, with where: {@link Content#levels()} has the level
 */
public record Organization(String id, String name, String shortName, Ref kind,
                           Optional<String> parentId, Position at, Position parentAt) {

    /** The name to use where space is short. */
    public String displayShortName() {
        return shortName.isEmpty() ? name : shortName;
    }
}
