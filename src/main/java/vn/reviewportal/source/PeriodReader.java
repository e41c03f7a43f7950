package vn.reviewportal.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.DisciplineForms;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.model.RatingScales;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Result;

/**
 * Reads a period file, {@code periods/<year>.yaml}: the period's title and dates, the groups,
 * levels, targets and rating scales it declares, and the results reported for it.
 */
final class PeriodReader {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.ya?ml");
    private static final List<String> KEYS = List.of("year", "title", "published", "start", "end", "groups",
            "comment_levels", "comment_targets", "rating_scales", "results", "discipline_forms");

    /** For each key of a result, where it belongs when it is written beside the period's keys. */
    private static final Map<String, String> RESULT_KEYS = ResultReader.KEYS.stream().collect(Collectors.toUnmodifiableMap(
            k -> k, k -> "'" + k + "' belongs inside each item of 'results', beside 'organization'"));

    private final YamlReader yaml;

    PeriodReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * The year a period file is named after, or empty after reporting that its name is not a
     * year; a file so named is not read.
     *
     * @param file the file as named in messages, e.g. {@code content/periods/2012.yaml}
     */
    static OptionalInt year(String file, Diagnostics diagnostics) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Matcher matcher = YEAR_FILE.matcher(name);
        if (!matcher.matches()) {
            diagnostics.error(Code.INVALID_FILE_NAME, Position.wholeFile(file), "the file name '" + name + "' is not a year",
                    "a period file is named after the year it holds: rename it, e.g. to periods/2013.yaml");
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    }

    /**
     * @param file     the file as named in messages, e.g. {@code content/periods/2012.yaml}
     * @param fileYear the year the file is named after, see {@link #year(String, Diagnostics)}
     * @param text     its text as read
     * @return the period, or empty after reporting why there is none
     */
    Optional<Period> read(String file, int fileYear, String text, Diagnostics diagnostics) {
        // Each result is turned into the model as soon as it is parsed. What that finds counts
        // only if the whole file parses (as when the tree was read first).
        List<Result> results = new ArrayList<>();
        Diagnostics inResults = new Diagnostics();
        Optional<YamlNode> root = yaml.read(file, text, 1, diagnostics, new YamlReader.Streamed("results",
                item -> ResultReader.read(item, inResults).ifPresent(results::add)));
        root.ifPresent(parsed -> diagnostics.addAll(inResults.list()));
        return root.flatMap(parsed -> period(parsed, fileYear, file, results, diagnostics));
    }

    /** @param results the file's results, read as they were parsed (the root's 'results' is left empty) */
    private static Optional<Period> period(YamlNode root, int fileYear, String file, List<Result> results,
                                           Diagnostics diagnostics) {
        return Fields.of(root, "a period", KEYS, RESULT_KEYS, diagnostics).flatMap(f -> {
            OptionalLong year = f.count("year", true);
            if (year.isPresent() && year.getAsLong() != fileYear) {
                diagnostics.error(Code.YEAR_MISMATCH, f.valueAt("year"), "the year " + year.getAsLong()
                        + " does not match the file name " + fileYear + ".yaml", "make the two the same");
            }
            Optional<String> title = f.text("title", true);
            Optional<LocalDate> published = f.date("published", false);
            Optional<LocalDate> start = f.date("start", false);
            Optional<LocalDate> end = f.date("end", false);
            if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
                diagnostics.error(Code.INVALID_DATE, f.valueAt("end"), "the period ends before it starts",
                        "check 'start' and 'end'");
            }
            List<Label> groups = labels(f, "groups", true, diagnostics);
            List<Label> levels = labels(f, "comment_levels", false, diagnostics);
            List<Label> targets = labels(f, "comment_targets", false, diagnostics);
            RatingScales scales = f.node("rating_scales", false)
                    .flatMap(n -> Fields.of(n, "the rating scales", List.of("organizations", "cells", "members"),
                            diagnostics))
                    .map(s -> new RatingScales(scale(s, "organizations", diagnostics), scale(s, "cells", diagnostics),
                            scale(s, "members", diagnostics)))
                    .orElse(RatingScales.NONE);
            // Written, the list replaces the built-in forms, so it may not be empty; left out, they apply.
            DisciplineForms forms = new DisciplineForms(f.has("discipline_forms")
                    ? labels(f, "discipline_forms", true, diagnostics) : List.of());
            f.list("results", false); // says so when 'results' is not a list; its items were read as parsed
            if (year.isEmpty() || title.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Period((int) year.getAsLong(), title.get(), published, start, end, groups, levels,
                    targets, scales, results, Position.wholeFile(file), forms));
        });
    }

    /**
     * The levels of one rating scale: each {@code {id, label}}, a part of a level with
     * {@code part_of: <level>}, or a cumulative level with {@code sum_of: [<level>, ...]}. Which
     * levels those name is checked later, with the rest of the period.
     */
    private static List<RatingLevel> scale(Fields f, String key, Diagnostics diagnostics) {
        List<RatingLevel> levels = new ArrayList<>();
        for (YamlNode item : f.list(key, false).orElse(List.of())) {
            Fields.of(item, "an item of '" + key + "'", List.of("id", "label", "part_of", "sum_of"), diagnostics)
                    .ifPresent(l -> {
                        Optional<String> id = l.id("id", true);
                        Optional<String> label = l.text("label", true);
                        Optional<Ref> partOf = l.id("part_of", false).map(p -> new Ref(p, l.valueAt("part_of")));
                        List<Ref> sumOf = new ArrayList<>();
                        List<YamlNode> parts = l.list("sum_of", false).orElse(List.of());
                        for (YamlNode part : parts) {
                            if (part instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.TEXT) {
                                if (Fields.validId(scalar.text().strip(), part.at(), diagnostics)) {
                                    sumOf.add(new Ref(scalar.text().strip(), part.at()));
                                }
                            } else {
                                diagnostics.error(Code.WRONG_TYPE, part.at(), "each item of 'sum_of' must be a level id, "
                                        + "but this is " + part.describe(), "write the ids of the levels added up, e.g. "
                                        + "'sum_of: [hoan-thanh-xuat-sac, hoan-thanh-tot]'");
                            }
                        }
                        if (partOf.isPresent() && l.has("sum_of")) {
                            diagnostics.error(Code.WRONG_TYPE, l.keyAt("sum_of"), "the level '" + id.orElse("")
                                    + "' is both a part of a level ('part_of') and a sum of levels ('sum_of')",
                                    "keep one: a part of a level is 'trong đó …', a sum of levels is '… trở lên'");
                        } else if (l.node("sum_of", false).filter(n -> n instanceof YamlNode.Sequence).isPresent()
                                && parts.isEmpty()) {
                            diagnostics.error(Code.MISSING_KEY, l.valueAt("sum_of"), "'sum_of' names no level",
                                    "list the levels the cumulative level adds up, e.g. "
                                            + "'sum_of: [hoan-thanh-xuat-sac, hoan-thanh-tot]'");
                        }
                        if (id.isPresent() && label.isPresent()) {
                            levels.add(new RatingLevel(id.get(), label.get(), l.valueAt("id"),
                                    l.has("sum_of") ? Optional.empty() : partOf, sumOf));
                        }
                    });
        }
        return levels;
    }

    private static List<Label> labels(Fields f, String key, boolean required, Diagnostics diagnostics) {
        List<Label> labels = new ArrayList<>();
        List<YamlNode> items = f.list(key, required).orElse(List.of());
        if (required && items.isEmpty() && f.has(key)) {
            diagnostics.error(Code.MISSING_KEY, f.valueAt(key), "'" + key + "' is empty", "list at least one item");
        }
        for (YamlNode item : items) {
            Fields.of(item, "an item of '" + key + "'", List.of("id", "label"), diagnostics).ifPresent(l -> {
                Optional<String> id = l.id("id", true);
                Optional<String> label = l.text("label", true);
                if (id.isPresent() && label.isPresent()) {
                    labels.add(new Label(id.get(), label.get(), l.valueAt("id")));
                }
            });
        }
        return labels;
    }
}
