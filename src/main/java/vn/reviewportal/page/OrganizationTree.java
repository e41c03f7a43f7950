package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Level;
import vn.reviewportal.model.Levels;
import vn.reviewportal.model.Organization;

/**
 * The organizations of organizations.yaml as a tree: each by its id, with its parent, its
 * subordinates and the name of its level.
 */
final class OrganizationTree {

    private final Content content;
    private final Map<String, Organization> byId = new HashMap<>();
    private final Map<String, List<Organization>> children = new HashMap<>();
    /** The label of each level a kind may name, in the site's language. */
    private final Map<String, String> levels = new HashMap<>();

    OrganizationTree(Content content) {
        this.content = content;
        Language language = content.site().language();
        Stream.concat(Levels.BUILT_IN.stream().map(Level::id),
                        content.levels().declared().stream().map(d -> d.level().id()))
                .forEach(id -> levels.computeIfAbsent(id, k -> content.levels().get(k).orElseThrow().label(language)));
        for (Organization organization : content.organizations()) {
            byId.put(organization.id(), organization);
            organization.parentId().ifPresent(parent ->
                    children.computeIfAbsent(parent, key -> new ArrayList<>()).add(organization));
        }
    }

    Organization get(String id) {
        return byId.get(id);
    }

    String name(String id) {
        return byId.get(id).name();
    }

    /** "Đảng bộ huyện": the label of the organization's level, as the site declares it or built in. */
    String level(Organization organization) {
        String label = levels.get(organization.kind().id());
        if (label == null) {
            throw new IllegalStateException("the check lets no unknown kind through: " + organization.kind());
        }
        return label;
    }

    Optional<Organization> parent(Organization organization) {
        return organization.parentId().map(byId::get);
    }

    /** The organization's subordinates, in the order of organizations.yaml. */
    List<Organization> children(Organization organization) {
        return children.getOrDefault(organization.id(), List.of());
    }

    /** How many levels below the site's root the organization is; empty when it is not below the root. */
    Optional<Integer> depthBelowRoot(Organization organization) {
        int depth = 0;
        Organization current = organization;
        while (!current.id().equals(content.site().root())) {
            Optional<Organization> parent = parent(current);
            if (parent.isEmpty() || depth > content.organizations().size()) {
                return Optional.empty();
            }
            current = parent.get();
            depth++;
        }
        return Optional.of(depth);
    }
}
