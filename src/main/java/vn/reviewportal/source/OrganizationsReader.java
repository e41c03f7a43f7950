package vn.reviewportal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.OrganizationKind;
import vn.reviewportal.model.Slugs;

/**
 * Reads {@code organizations.yaml}: the organization tree, each organization with its id, name,
 * kind and parent. Whether the parents make a tree is checked later, with the whole content.
 */
final class OrganizationsReader {

    private static final List<String> KEYS = List.of("id", "name", "short_name", "kind", "parent");

    private final YamlReader yaml;

    OrganizationsReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * @param file the file as named in messages, e.g. {@code content/organizations.yaml}
     * @param text its text as read
     * @return the organizations read, in file order; an organization with an error is left out
     */
    List<Organization> read(String file, String text, Diagnostics diagnostics) {
        return yaml.read(file, text, 1, diagnostics).map(root -> organizations(root, diagnostics)).orElse(List.of());
    }

    private static List<Organization> organizations(YamlNode root, Diagnostics diagnostics) {
        List<Organization> organizations = new ArrayList<>();
        Fields.of(root, "organizations.yaml", List.of("organizations"), diagnostics)
                .flatMap(f -> f.list("organizations", true))
                .orElse(List.of())
                .forEach(item -> Fields.of(item, "an organization", KEYS, diagnostics)
                        .flatMap(f -> organization(f, diagnostics))
                        .ifPresent(organizations::add));
        return organizations;
    }

    private static Optional<Organization> organization(Fields f, Diagnostics diagnostics) {
        Optional<String> id = f.id("id", true).filter(value -> {
            Optional<String> reserved = Slugs.reserved(value);
            reserved.ifPresent(why -> diagnostics.error(Code.RESERVED_NAME, f.valueAt("id"),
                    "the id '" + value + "' cannot be used for an organization: " + why,
                    "choose another id, e.g. from the organization's name"));
            return reserved.isEmpty();
        });
        Optional<String> name = f.text("name", true);
        String shortName = f.text("short_name", false).orElse("");
        Optional<OrganizationKind> kind = f.text("kind", true).flatMap(k -> {
            Optional<OrganizationKind> known = OrganizationKind.fromId(k);
            if (known.isEmpty()) {
                diagnostics.error(Code.UNKNOWN_KIND, f.valueAt("kind"), "unknown kind '" + k + "'",
                        "use one of: " + String.join(", ", Stream.of(OrganizationKind.values())
                                .map(OrganizationKind::id).toList()));
            }
            return known;
        });
        Optional<String> parent = f.id("parent", false);
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Organization(id.get(), name.get(), shortName, kind.get(), parent,
                f.valueAt("id"), f.valueAt("parent")));
    }
}
