package vn.reviewportal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.Membership;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.PublishedChange;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.Ratings;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.Reviewed;
import vn.reviewportal.model.ShortcomingCount;
import vn.reviewportal.model.Structure;

/**
 * Reads one item of a period file's {@code results}: the counts one organization reported.
 * Which groups, levels and targets it names is checked later, against the period.
 */
final class ResultReader {

    /** The keys of a result, which {@link PeriodReader} also knows, to say where one misplaced belongs. */
    static final List<String> KEYS = List.of("organization", "source", "reviewed", "suggested_contents", "comments",
            "shortcomings", "discipline", "ratings", "members", "structure",
            "changes");

    private static final List<String> POPULATIONS = Stream.of(Population.values()).map(Population::key).toList();

    private ResultReader() {
    }

    /** The result, or empty after reporting why there is none. */
    static Optional<Result> read(YamlNode item, Diagnostics diagnostics) {
        return Fields.of(item, "a result", KEYS, diagnostics).flatMap(f -> {
            Optional<String> organization = f.id("organization", true);
            String source = f.text("source", false).orElse("");
            Optional<Reviewed> reviewed = f.node("reviewed", false)
                    .flatMap(n -> Fields.of(n, "'reviewed'", List.of("required", "done"), diagnostics))
                    .flatMap(r -> {
                        OptionalLong required = r.count("required", true);
                        OptionalLong done = r.count("done", true);
                        return required.isPresent() && done.isPresent()
                                ? Optional.of(new Reviewed(required.getAsLong(), done.getAsLong(), r.valueAt("done")))
                                : Optional.empty();
                    });
            OptionalLong suggested = f.count("suggested_contents", false);
            List<CommentCount> comments = new ArrayList<>();
            for (YamlNode c : f.list("comments", false).orElse(List.of())) {
                Fields.of(c, "a comment count", List.of("level", "target", "count"), diagnostics).ifPresent(cf -> {
                    Optional<String> level = cf.id("level", true);
                    Optional<String> target = cf.id("target", true);
                    OptionalLong count = cf.count("count", true);
                    if (level.isPresent() && target.isPresent() && count.isPresent()) {
                        comments.add(new CommentCount(new Ref(level.get(), cf.valueAt("level")),
                                new Ref(target.get(), cf.valueAt("target")), count.getAsLong(), cf.valueAt("count")));
                    }
                });
            }
            List<ShortcomingCount> shortcomings = f.node("shortcomings", false)
                    .map(n -> shortcomings(n, diagnostics)).orElse(List.of());
            Optional<Discipline> discipline = f.node("discipline", false).flatMap(n -> discipline(n, diagnostics));
            Optional<Membership> members = f.node("members", false)
                    .flatMap(n -> Fields.of(n, "'members'", List.of("total", "admitted"), diagnostics))
                    .map(m -> new Membership(m.count("total", false), m.count("admitted", false), m.valueAt("total"),
                            m.valueAt("admitted")));
            Optional<Structure> structure = f.node("structure", false).flatMap(n -> structure(n, diagnostics));
            Optional<Ratings> ratings = f.node("ratings", false)
                    .flatMap(n -> Fields.of(n, "'ratings'", POPULATIONS, diagnostics))
                    .map(r -> {
                        List<RatingCounts> rated = new ArrayList<>();
                        for (Population population : Population.values()) {
                            r.node(population.key(), false).flatMap(n -> ratingCounts(population, n, diagnostics))
                                    .ifPresent(rated::add);
                        }
                        return new Ratings(rated);
                    });
            List<PublishedChange> changes = f.node("changes", false).map(n -> ChangeReader.read(n, diagnostics))
                    .orElse(List.of());
            return organization.map(id -> new Result(new Ref(id, f.valueAt("organization")), source, reviewed,
                    suggested, comments, shortcomings, discipline, ratings, members, structure, changes));
        });
    }

    private static Optional<Structure> structure(YamlNode node, Diagnostics diagnostics) {
        return Fields.of(node, "'structure'", List.of("grassroots_organizations", "cells"), diagnostics).flatMap(s -> {
            OptionalLong grassroots = s.count("grassroots_organizations", false);
            OptionalLong cells = s.count("cells", false);
            if (grassroots.isEmpty() && cells.isEmpty() && !s.has("grassroots_organizations") && !s.has("cells")) {
                diagnostics.error(Code.MISSING_KEY, node.at(), "'structure' gives neither 'grassroots_organizations' "
                        + "nor 'cells'", "write what the source says the body has, e.g. "
                        + "'structure: {grassroots_organizations: 52, cells: 345}', or leave 'structure' out");
                return Optional.empty();
            }
            return Optional.of(new Structure(grassroots, cells, s.valueAt("grassroots_organizations"),
                    s.valueAt("cells")));
        });
    }

    private static List<ShortcomingCount> shortcomings(YamlNode node, Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Mapping groups)) {
            diagnostics.error(Code.WRONG_TYPE, node.at(), "'shortcomings' must map each group id to its counts, but this is "
                    + node.describe(), "write e.g. 'to-chuc-dang: {found: 747, remediated: 497}'");
            return List.of();
        }
        List<ShortcomingCount> counts = new ArrayList<>();
        for (YamlNode.Entry entry : groups.entries()) {
            if (!Fields.validId(entry.key(), entry.keyAt(), diagnostics)) {
                continue;
            }
            Fields.of(entry.value(), "a shortcoming count", List.of("found", "remediated", "reported_percent"),
                    diagnostics).ifPresent(f -> {
                        OptionalLong found = f.count("found", true);
                        OptionalLong remediated = f.count("remediated", true);
                        Optional<PublishedPercent> reported = f.percent("reported_percent");
                        if (found.isPresent() && remediated.isPresent()) {
                            counts.add(new ShortcomingCount(new Ref(entry.key(), entry.keyAt()), found.getAsLong(),
                                    remediated.getAsLong(), reported, f.valueAt("found"), f.valueAt("remediated"),
                                    f.valueAt("reported_percent")));
                        }
                    });
        }
        return counts;
    }

    /** Discipline as published: any of its figures, each unknown where the source does not give it. */
    private static Optional<Discipline> discipline(YamlNode node, Diagnostics diagnostics) {
        List<String> keys = List.of("members", "committee_members", "forms", "organizations", "reported_percent");
        return Fields.of(node, "'discipline'", keys, diagnostics).flatMap(d -> {
            if (keys.stream().noneMatch(d::has)) {
                diagnostics.error(Code.MISSING_KEY, node.at(), "'discipline' gives no figure",
                        "write the figures the source gives: " + String.join(", ", keys) + "; or remove 'discipline'");
                return Optional.empty();
            }
            List<Discipline.FormCount> forms = new ArrayList<>();
            d.node("forms", false).ifPresent(n -> {
                if (!(n instanceof YamlNode.Mapping mapping)) {
                    diagnostics.error(Code.WRONG_TYPE, n.at(), "'forms' must map each form of discipline to the "
                            + "number of members disciplined with it, but this is " + n.describe(),
                            "write e.g. 'forms: {khien-trach: 7, canh-cao: 3}'");
                    return;
                }
                for (YamlNode.Entry entry : mapping.entries()) {
                    OptionalLong count = Fields.count(entry.key(), entry.value(), diagnostics);
                    if (Fields.validId(entry.key(), entry.keyAt(), diagnostics) && count.isPresent()) {
                        forms.add(new Discipline.FormCount(new Ref(entry.key(), entry.keyAt()), count.getAsLong()));
                    }
                }
            });
            return Optional.of(new Discipline(d.count("members", false), d.count("committee_members", false), forms,
                    d.count("organizations", false), d.percent("reported_percent"), d.valueAt("members"),
                    d.valueAt("committee_members"), d.valueAt("organizations"), d.valueAt("reported_percent")));
        });
    }

    private static Optional<RatingCounts> ratingCounts(Population population, YamlNode node, Diagnostics diagnostics) {
        return Fields.of(node, "a rating count", List.of("rated", "counts", "reported_percent", "total", "exempt",
                "not_rated", "not_rated_reason", "percent_of"), diagnostics).flatMap(f -> {
            OptionalLong rated = f.count("rated", false);
            List<RatingCounts.LevelCount> levels = new ArrayList<>();
            List<RatingCounts.LevelPercent> reported = new ArrayList<>();
            Optional<YamlNode> counts = f.node("counts", false);
            Optional<YamlNode> percents = f.node("reported_percent", false);
            if (counts.isEmpty() && percents.isEmpty()) {
                diagnostics.error(Code.MISSING_KEY, node.at(), "a rating gives neither 'counts' nor 'reported_percent'",
                        "write the levels the source gives, as counts (counts: {hoan-thanh-tot: 30}) or as the "
                                + "percentages it published (reported_percent: {hoan-thanh-tot: 54.5})");
            }
            percents.ifPresent(n -> {
                if (!(n instanceof YamlNode.Mapping mapping)) {
                    diagnostics.error(Code.WRONG_TYPE, n.at(), "'reported_percent' must map each rating level to the "
                            + "percentage published, but this is " + n.describe(), "write e.g. 'hoan-thanh-tot: 54.5'");
                    return;
                }
                for (YamlNode.Entry entry : mapping.entries()) {
                    Optional<PublishedPercent> percent = Fields.percent(entry.key(), entry.value(), diagnostics);
                    if (Fields.validId(entry.key(), entry.keyAt(), diagnostics) && percent.isPresent()) {
                        reported.add(new RatingCounts.LevelPercent(new Ref(entry.key(), entry.keyAt()), percent.get(),
                                entry.value().at()));
                    }
                }
            });
            counts.ifPresent(n -> {
                if (!(n instanceof YamlNode.Mapping mapping)) {
                    diagnostics.error(Code.WRONG_TYPE, n.at(), "'counts' must map each rating level to a count, but this is "
                            + n.describe(), "write e.g. 'hoan-thanh-tot: 30'");
                    return;
                }
                for (YamlNode.Entry entry : mapping.entries()) {
                    OptionalLong count = Fields.count(entry.key(), entry.value(), diagnostics);
                    if (Fields.validId(entry.key(), entry.keyAt(), diagnostics) && count.isPresent()) {
                        levels.add(new RatingCounts.LevelCount(new Ref(entry.key(), entry.keyAt()), count.getAsLong(),
                                entry.value().at()));
                    }
                }
            });
            return Optional.of(new RatingCounts(population, rated, rated.isPresent() ? f.valueAt("rated") : node.at(),
                    levels, reported, scope(f, diagnostics)));
        });
    }

    /** Who is in scope of a rating besides those rated, and the base of its published percentages. */
    private static RatingCounts.Scope scope(Fields f, Diagnostics diagnostics) {
        OptionalLong total = f.count("total", false);
        RatingCounts.PercentBase base = RatingCounts.PercentBase.RATED;
        Optional<String> percentOf = f.text("percent_of", false);
        if (percentOf.isPresent()) {
            switch (percentOf.get()) {
                case "rated" -> base = RatingCounts.PercentBase.RATED;
                case "total" -> base = RatingCounts.PercentBase.TOTAL;
                default -> diagnostics.error(Code.WRONG_TYPE, f.valueAt("percent_of"), "'percent_of' is '"
                                + percentOf.get() + "', but the base of a percentage is 'rated' or 'total'",
                        "write 'percent_of: rated' when the percentages are of those rated (the default), "
                                + "'percent_of: total' when they are of all in scope");
            }
        }
        if (base == RatingCounts.PercentBase.TOTAL && total.isEmpty() && !f.has("total")) {
            diagnostics.error(Code.MISSING_KEY, f.valueAt("percent_of"), "the percentages are of the total "
                    + "('percent_of: total'), but the rating gives no 'total'", "add 'total' (all in scope, e.g. all the "
                    + "members) as the source gives it, or remove 'percent_of'");
        }
        return new RatingCounts.Scope(total, f.count("exempt", false), f.count("not_rated", false),
                f.text("not_rated_reason", false).filter(t -> !t.isEmpty()), base, f.valueAt("total"),
                f.valueAt("exempt"), f.valueAt("not_rated"));
    }
}
