package vn.reviewportal.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.Membership;
import vn.reviewportal.model.PublishedChange;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.Ratings;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.Reviewed;
import vn.reviewportal.model.ShortcomingCount;

/**
 * Reads one item of a period file's {@code results}: the counts one organization reported.
 * Which groups, levels and targets it names is checked later, against the period.
 */
final class ResultReader {

    /** The keys of a result, which {@link PeriodReader} also knows, to say where one misplaced belongs. */
    static final List<String> KEYS = List.of("organization", "source", "reviewed", "suggested_contents", "comments",
            "shortcomings", "discipline", "ratings", "members", "changes");

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
            Optional<Discipline> discipline = f.node("discipline", false)
                    .flatMap(n -> Fields.of(n, "'discipline'", List.of("members", "committee_members"), diagnostics))
                    .flatMap(d -> {
                        OptionalLong members = d.count("members", true);
                        OptionalLong committee = d.count("committee_members", false);
                        return members.isPresent()
                                ? Optional.of(new Discipline(members.getAsLong(), committee.orElse(0),
                                        d.valueAt("members"), d.valueAt("committee_members")))
                                : Optional.empty();
                    });
            Optional<Membership> members = f.node("members", false)
                    .flatMap(n -> Fields.of(n, "'members'", List.of("total", "admitted"), diagnostics))
                    .map(m -> new Membership(m.count("total", false), m.count("admitted", false), m.valueAt("total"),
                            m.valueAt("admitted")));
            Optional<Ratings> ratings = f.node("ratings", false)
                    .flatMap(n -> Fields.of(n, "'ratings'", List.of("organizations", "members"), diagnostics))
                    .map(r -> new Ratings(
                            r.node("organizations", false).flatMap(n -> ratingCounts(n, diagnostics)),
                            r.node("members", false).flatMap(n -> ratingCounts(n, diagnostics))));
            List<PublishedChange> changes = f.node("changes", false).map(n -> ChangeReader.read(n, diagnostics))
                    .orElse(List.of());
            return organization.map(id -> new Result(new Ref(id, f.valueAt("organization")), source, reviewed,
                    suggested, comments, shortcomings, discipline, ratings, members, changes));
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
                        Optional<BigDecimal> reported = f.percent("reported_percent");
                        if (found.isPresent() && remediated.isPresent()) {
                            counts.add(new ShortcomingCount(new Ref(entry.key(), entry.keyAt()), found.getAsLong(),
                                    remediated.getAsLong(), reported, f.valueAt("found"), f.valueAt("remediated"),
                                    f.valueAt("reported_percent")));
                        }
                    });
        }
        return counts;
    }

    private static Optional<RatingCounts> ratingCounts(YamlNode node, Diagnostics diagnostics) {
        return Fields.of(node, "a rating count", List.of("rated", "counts", "reported_percent"), diagnostics).flatMap(f -> {
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
                    Optional<BigDecimal> percent = Fields.percent(entry.key(), entry.value(), diagnostics);
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
                        levels.add(new RatingCounts.LevelCount(new Ref(entry.key(), entry.keyAt()), count.getAsLong()));
                    }
                }
            });
            return Optional.of(new RatingCounts(rated, rated.isPresent() ? f.valueAt("rated") : node.at(), levels,
                    reported));
        });
    }
}
