package vn.reviewportal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Suggestions;
import vn.reviewportal.model.Level;
import vn.reviewportal.model.Levels;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Slugs;

/**
 * Reads {@code organizations.yaml}: the levels the site declares, and the organization tree, each
 * organization with its id, name, kind and parent. Whether each kind names a level, and whether
 * the parents make a tree, is checked later, with the whole content.
 */
final class OrganizationsReader {

    private static final List<String> KEYS = List.of("id", "name", "short_name", "kind", "parent");
    private static final List<String> LEVEL_KEYS = List.of("id", "label", "grassroots");

    /** The file as read: the levels it declares, and its organizations in file order. */
    record OrganizationsFile(Levels levels, List<Organization> organizations) {

        static final OrganizationsFile EMPTY = new OrganizationsFile(Levels.NONE_DECLARED, List.of());

        OrganizationsFile {
            organizations = List.copyOf(organizations);
        }
    }

    private final YamlReader yaml;

    OrganizationsReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * @param file the file as named in messages, e.g. {@code content/organizations.yaml}
     * @param text its text as read
     * @return what was read; a level or an organization with an error is left out
     */
    OrganizationsFile read(String file, String text, Diagnostics diagnostics) {
        return yaml.read(file, text, 1, diagnostics).flatMap(root ->
                        Fields.of(root, "organizations.yaml", List.of("levels", "organizations"), diagnostics))
                .map(f -> new OrganizationsFile(levels(f, diagnostics), organizations(f, diagnostics)))
                .orElse(OrganizationsFile.EMPTY);
    }

    private static List<Organization> organizations(Fields f, Diagnostics diagnostics) {
        List<Organization> organizations = new ArrayList<>();
        f.list("organizations", true).orElse(List.of())
                .forEach(item -> Fields.of(item, "an organization", KEYS, diagnostics)
                        .flatMap(o -> organization(o, diagnostics))
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
        // Whether it names a level is for the check: the level may be declared anywhere in 'levels'.
        Optional<Ref> kind = f.text("kind", true).map(k -> new Ref(k, f.valueAt("kind")));
        Optional<String> parent = f.id("parent", false);
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Organization(id.get(), name.get(), shortName, kind.get(), parent,
                f.valueAt("id"), f.valueAt("parent")));
    }

    /**
     * The levels under {@code levels}: a built-in id gives that level the site's label (and, if
     * written, its place); any other id adds a level, which must say whether it is at the grassroots.
     */
    private static Levels levels(Fields f, Diagnostics diagnostics) {
        List<Levels.Declared> declared = new ArrayList<>();
        for (YamlNode item : f.list("levels", false).orElse(List.of())) {
            Fields.of(item, described(item), LEVEL_KEYS, diagnostics).ifPresent(l -> {
                Optional<String> id = l.id("id", true);
                Optional<String> label = l.text("label", true);
                Optional<Level> builtIn = id.flatMap(Levels::builtIn);
                Optional<String> newLevel = id.filter(i -> builtIn.isEmpty() && !misspelt((YamlNode.Mapping) item));
                Optional<Boolean> grassroots = grassroots(l, newLevel, diagnostics);
                if (id.isPresent() && label.isPresent() && (grassroots.isPresent() || builtIn.isPresent())) {
                    declared.add(new Levels.Declared(new Level(id.get(), label.get(), label.get(),
                            grassroots.orElseGet(() -> builtIn.get().grassroots())), l.valueAt("id")));
                }
            });
        }
        return new Levels(declared);
    }

    /**
     * 'grassroots: true' or 'false', if written.
     *
     * @param newLevel the id of a level the site adds, which must say it; empty for a built-in one (or one
     *                 whose id is in error, or whose 'grassroots' is misspelt: both are reported already)
     */
    private static Optional<Boolean> grassroots(Fields l, Optional<String> newLevel, Diagnostics diagnostics) {
        String hint = "write 'grassroots: true' for a grassroots organization or a part of one (cơ sở), "
                + "'grassroots: false' for a committee above them";
        Optional<YamlNode> written = l.node("grassroots", false);
        if (written.isEmpty()) {
            newLevel.ifPresent(id -> diagnostics.error(Code.MISSING_KEY, l.has("grassroots") ? l.keyAt("grassroots")
                    : l.valueAt("id"), l.has("grassroots") ? "'grassroots' has no value" : "the level '" + id
                    + "' is not built in, and has no 'grassroots' to say where it stands", hint));
            return Optional.empty();
        }
        YamlNode node = written.get();
        if (node instanceof YamlNode.Scalar word && word.kind() == YamlNode.Scalar.Kind.BOOLEAN
                && word.text().strip().toLowerCase(Locale.ROOT).matches("true|false")) {
            return Optional.of(word.text().strip().equalsIgnoreCase("true"));
        }
        diagnostics.error(Code.WRONG_TYPE, node.at(), "'grassroots' must be true or false, but this is "
                + node.describe(), hint);
        return Optional.empty();
    }

    /** "the level 'dang-bo-xa'", for messages about its keys; "an item of 'levels'" until it has an id. */
    private static String described(YamlNode item) {
        if (item instanceof YamlNode.Mapping mapping && mapping.entry("id").map(YamlNode.Entry::value).orElse(null)
                instanceof YamlNode.Scalar id && !id.text().isBlank()) {
            return "the level '" + id.text().strip() + "'";
        }
        return "an item of 'levels'";
    }

    /** Whether a key of the item is a misspelt 'grassroots', which is reported as such. */
    private static boolean misspelt(YamlNode.Mapping item) {
        return item.entries().stream().anyMatch(e -> !LEVEL_KEYS.contains(e.key())
                && Suggestions.closest(e.key(), LEVEL_KEYS).filter("grassroots"::equals).isPresent());
    }
}
