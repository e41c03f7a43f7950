package vn.reviewportal.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.RatingScales;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Result;

/**
 * Reads a period file, {@code periods/<id>.yaml}: a year ({@code 2019.yaml}), the first half of
 * one ({@code 2019-6-thang-dau.yaml}) or a term ({@code 2015-2020.yaml}); the period's title and
 * dates, the groups, levels, targets and rating scales it declares, and the results reported for
 * it. The file name says which kind of period it is, and the file says so too (a year and a
 * half-year write {@code year:}, a half-year also {@code span: first-half}, a term
 * {@code term: 2015-2020}), so that a file copied from another kind and renamed, or named wrong,
 * is refused rather than its figures compared with the wrong periods.
 */
final class PeriodReader {

    private static final Pattern PERIOD_FILE = Pattern.compile("(.+)\\.ya?ml");
    private static final Pattern TERM = Pattern.compile("(\\d{4})\\s*[-\u2013]\\s*(\\d{4})");
    /** What a half-year file writes as its 'span'. */
    static final String FIRST_HALF = "first-half";
    private static final List<String> KEYS = List.of("year", "span", "term", "title", "published", "start", "end", "groups",
            "comment_levels", "comment_targets", "rating_scales", "results", "discipline_forms");

    /** For each key of a result, where it belongs when it is written beside the period's keys. */
    private static final Map<String, String> RESULT_KEYS = ResultReader.KEYS.stream().collect(Collectors.toUnmodifiableMap(
            k -> k, k -> "'" + k + "' belongs inside each item of 'results', beside 'organization'"));

    private final YamlReader yaml;

    PeriodReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * The period a file is named after, or empty after reporting that its name is none; a file
     * so named is not read.
     *
     * @param file the file as named in messages, e.g. {@code content/periods/2012.yaml}
     */
    static Optional<PeriodSpan> span(String file, Diagnostics diagnostics) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Matcher matcher = PERIOD_FILE.matcher(name);
        Optional<PeriodSpan> span = matcher.matches() ? PeriodSpan.parse(matcher.group(1)) : Optional.empty();
        Matcher term = Pattern.compile("(\\d{4})-(\\d{4})").matcher(matcher.matches() ? matcher.group(1) : "");
        if (span.isEmpty() && term.matches()) {
            diagnostics.error(Code.INVALID_FILE_NAME, Position.wholeFile(file), "the file name '" + name + "' is a term "
                    + "that does not end after it starts", "name a term's file after its first and its last year, e.g. "
                    + "periods/" + term.group(2) + "-" + term.group(1) + ".yaml");
        } else if (span.isEmpty()) {
            diagnostics.error(Code.INVALID_FILE_NAME, Position.wholeFile(file), "the file name '" + name
                            + "' is not a year, a half-year or a term",
                    "a period file is named after the period it holds: a year, e.g. periods/2013.yaml; the first "
                            + "half of a year, periods/2013-6-thang-dau.yaml; a term, periods/2010-2015.yaml");
        }
        return span;
    }

    /**
     * @param file     the file as named in messages, e.g. {@code content/periods/2012.yaml}
     * @param fileSpan the period the file is named after, see {@link #span(String, Diagnostics)}
     * @param text     its text as read
     * @return the period, or empty after reporting why there is none
     */
    Optional<Period> read(String file, PeriodSpan fileSpan, String text, Diagnostics diagnostics) {
        // Each result is turned into the model as soon as it is parsed. What that finds counts
        // only if the whole file parses (as when the tree was read first).
        List<Result> results = new ArrayList<>();
        Diagnostics inResults = new Diagnostics();
        Optional<YamlNode> root = yaml.read(file, text, 1, diagnostics, new YamlReader.Streamed("results",
                item -> ResultReader.read(item, inResults).ifPresent(results::add)));
        root.ifPresent(parsed -> diagnostics.addAll(inResults.list()));
        return root.flatMap(parsed -> period(parsed, fileSpan, file, results, diagnostics));
    }

    /** @param results the file's results, read as they were parsed (the root's 'results' is left empty) */
    private static Optional<Period> period(YamlNode root, PeriodSpan fileSpan, String file, List<Result> results,
                                           Diagnostics diagnostics) {
        return Fields.of(root, "a period", KEYS, RESULT_KEYS, diagnostics).flatMap(f -> {
            boolean spanGiven = fileSpan.kind() == PeriodSpan.Kind.TERM ? term(f, fileSpan, diagnostics)
                    : year(f, fileSpan, diagnostics);
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
            if (!spanGiven || title.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Period(fileSpan, title.get(), published, start, end, groups, levels,
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

    /**
     * Checks that a year's or a half-year's file says what its name says: its 'year', and for a
     * half-year 'span: first-half'. Whether it gives its year (what it says otherwise is reported,
     * and the build stops after the load).
     */
    private static boolean year(Fields f, PeriodSpan fileSpan, Diagnostics diagnostics) {
        String fileName = fileSpan.id() + ".yaml";
        notWritten(f, "term", "a term's years", fileSpan, diagnostics);
        OptionalLong year = f.count("year", true);
        if (year.isPresent() && year.getAsLong() != fileSpan.endYear()) {
            diagnostics.error(Code.YEAR_MISMATCH, f.valueAt("year"), "the year " + year.getAsLong()
                    + " does not match the file name " + fileName, "make the two the same");
        }
        Optional<String> span = f.text("span", false);
        if (fileSpan.kind() == PeriodSpan.Kind.FIRST_HALF && span.isEmpty() && !f.has("span")) {
            diagnostics.error(Code.PERIOD_KIND_MISMATCH, f.at(), "the file name " + fileName + " says the first "
                    + "half of " + fileSpan.endYear() + ", but the file does not say 'span: " + FIRST_HALF + "'",
                    "add 'span: " + FIRST_HALF + "' under 'year' once its figures are those of the half-year "
                            + "(was it copied from " + fileSpan.endYear() + ".yaml?)");
        } else if (span.isPresent() && !(fileSpan.kind() == PeriodSpan.Kind.FIRST_HALF && span.get().equals(FIRST_HALF))) {
            diagnostics.error(Code.PERIOD_KIND_MISMATCH, f.valueAt("span"), fileSpan.kind() == PeriodSpan.Kind.YEAR
                            ? "'span: " + span.get() + "' says a part of the year, but the file name " + fileName
                            + " says the whole year"
                            : "'" + span.get() + "' is not a span the portal knows; the file name " + fileName
                            + " says the first half of " + fileSpan.endYear(),
                    fileSpan.kind() == PeriodSpan.Kind.YEAR
                            ? "for the first half of " + fileSpan.endYear() + " name the file " + fileSpan.endYear()
                            + "-6-thang-dau.yaml; for the whole year remove 'span'"
                            : "write 'span: " + FIRST_HALF + "' (6 tháng đầu năm)");
        }
        return year.isPresent();
    }

    /** Checks that a term's file gives the term its name says, as 'term: 2015-2020'; whether it gives a term. */
    private static boolean term(Fields f, PeriodSpan fileSpan, Diagnostics diagnostics) {
        String fileName = fileSpan.id() + ".yaml";
        notWritten(f, "year", "one year", fileSpan, diagnostics);
        notWritten(f, "span", "a part of a year", fileSpan, diagnostics);
        Optional<String> term = f.text("term", true);
        if (term.isEmpty()) {
            return false;
        }
        Matcher matcher = TERM.matcher(term.get());
        if (!matcher.matches()) {
            diagnostics.error(Code.YEAR_MISMATCH, f.valueAt("term"), "'" + term.get() + "' is not a term such as "
                    + fileSpan.id(), "write the first and the last year of the term: 'term: " + fileSpan.id() + "'");
        } else if (Integer.parseInt(matcher.group(1)) != fileSpan.startYear()
                || Integer.parseInt(matcher.group(2)) != fileSpan.endYear()) {
            diagnostics.error(Code.YEAR_MISMATCH, f.valueAt("term"), "the term " + matcher.group(1) + "-"
                    + matcher.group(2) + " does not match the file name " + fileName, "make the two the same");
        }
        return true;
    }

    /** Reports {@code key}, which would say {@code says}, in a file whose name says otherwise. */
    private static void notWritten(Fields f, String key, String says, PeriodSpan fileSpan, Diagnostics diagnostics) {
        if (!f.has(key)) {
            return;
        }
        String fileName = fileSpan.id() + ".yaml";
        boolean term = fileSpan.kind() == PeriodSpan.Kind.TERM;
        diagnostics.error(Code.PERIOD_KIND_MISMATCH, f.keyAt(key), "'" + key + "' gives " + says + ", but the file name "
                        + fileName + " says " + (term ? "a term" : "a year or a half-year"),
                term ? "a term's file gives its years as 'term: " + fileSpan.id() + "'; remove '" + key + "'"
                        : "remove '" + key + "', or name the file after the term, e.g. periods/2015-2020.yaml");
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
