package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;

/** The organizations of organizations.yaml as a tree: each by its id, with its parent and its subordinates. */
final class OrganizationTree {

    private final Content content;
    private final Map<String, Organization> byId = new HashMap<>();
    private final Map<String, List<Organization>> children = new HashMap<>();

    OrganizationTree(Content content) {
        this.content = content;
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
