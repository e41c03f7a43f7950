package vn.reviewportal.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.diag.Suggestions;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.DisciplineForm;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Membership;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.model.Ratings;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.Reviewed;
import vn.reviewportal.model.ShortcomingCount;
import vn.reviewportal.model.Structure;

/**
 * Reads the results of a period from a spreadsheet beside its YAML file ({@code periods/2015.xlsx}
 * or {@code .csv} beside {@code periods/2015.yaml}): row 1 names the columns with the keys of a
 * result joined by dots ({@code reviewed.done}, {@code to-chuc-dang.found}), each further row is
 * one organization's result. The columns a period can have follow from its vocabulary, so that a
 * misspelt one is refused with the nearest name; an empty cell is a figure not given. The results
 * are the same {@link Result}s the YAML reader makes, with each figure at its cell.
 */
final class SheetReader {

    private static final Pattern PLAIN_DIGITS = Pattern.compile("\\d+");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+([.,]\\d+)?");
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");
    /** A percentage as typed in a cell: a decimal comma or dot, perhaps a % sign. */
    private static final Pattern TYPED_PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%?");
    private static final List<String> DISCIPLINE = List.of("members", "committee_members", "organizations",
            "reported_percent");
    private static final List<String> SCOPE = List.of("rated", "total", "exempt", "not_rated");

    private final Period period;
    private final Diagnostics diagnostics;
    /** Every column this period's sheet may have, in the order the documentation lists them. */
    private final Set<String> known;
    /** The columns the sheet has, once its header is read. */
    private final Set<String> given = new LinkedHashSet<>();

    private SheetReader(Period period, Diagnostics diagnostics) {
        this.period = period;
        this.diagnostics = diagnostics;
        this.known = columns(period);
    }

    /**
     * The results of the sheet's rows, reporting every problem of its cells.
     *
     * @param period the period as its YAML file declares it, whose vocabulary names the columns
     */
    static List<Result> read(Spreadsheet.Cells cells, Period period, Diagnostics diagnostics) {
        return new SheetReader(period, diagnostics).results(cells);
    }

    private static Set<String> columns(Period period) {
        Set<String> names = new LinkedHashSet<>(List.of("organization", "source", "reviewed.required", "reviewed.done",
                "suggested_contents"));
        for (Label group : period.groups()) {
            names.add(group.id() + ".found");
            names.add(group.id() + ".remediated");
            names.add(group.id() + ".reported_percent");
        }
        for (Label level : period.commentLevels()) {
            for (Label target : period.commentTargets()) {
                names.add("comments." + level.id() + "." + target.id());
            }
        }
        DISCIPLINE.forEach(key -> names.add("discipline." + key));
        for (DisciplineForm form : period.disciplineForms().forms()) {
            names.add("discipline." + form.id());
        }
        names.addAll(List.of("members.total", "members.admitted", "structure.grassroots_organizations",
                "structure.cells"));
        for (Population population : Population.values()) {
            String prefix = "ratings." + population.key() + ".";
            SCOPE.forEach(key -> names.add(prefix + key));
            for (RatingLevel level : period.ratingScales().of(population)) {
                names.add(prefix + level.id());
                names.add(prefix + level.id() + ".reported_percent");
            }
        }
        return names;
    }

    private List<Result> results(Spreadsheet.Cells cells) {
        if (cells.rows().isEmpty() || cells.rows().get(0).number() != 1) {
            diagnostics.error(Code.MISSING_KEY, cells.first(), cells.rows().isEmpty() ? "the sheet is empty"
                            : "row 1 is empty, but it must name the columns",
                    "write the column names in row 1: organization, then one column per figure, e.g. "
                            + "reviewed.done or " + example() + " (docs/content-format.md, section 5.9)");
            return List.of();
        }
        Map<Integer, String> header = header(cells.rows().get(0));
        given.addAll(header.values());
        boolean organizations = given.contains("organization");
        List<Result> results = new ArrayList<>();
        Set<Integer> unnamed = new LinkedHashSet<>();
        for (Spreadsheet.SheetRow row : cells.rows().subList(1, cells.rows().size())) {
            Map<String, Spreadsheet.SheetCell> values = new LinkedHashMap<>();
            for (Spreadsheet.SheetCell cell : row.cells()) {
                String name = header.get(cell.column());
                if (name == null) {
                    if (unnamed.add(cell.column())) {
                        diagnostics.error(Code.MISSING_KEY, cell.at(), "column " + Position.columnLetters(cell.column())
                                + " holds figures but has no name in row 1", "write the column's name in row 1, e.g. "
                                + example() + ", or move the figures out of the sheet");
                    }
                } else if (!name.isEmpty()) {
                    values.put(name, cell);
                }
            }
            result(values, row.number(), organizations).ifPresent(results::add);
        }
        return results;
    }

    /**
     * Each column's name by column number; an empty name for a column that is not read (unknown,
     * or given twice), whose problem is reported here once.
     */
    private Map<Integer, String> header(Spreadsheet.SheetRow row) {
        Map<Integer, String> names = new HashMap<>();
        Map<String, Spreadsheet.SheetCell> first = new HashMap<>();
        Set<String> misspelt = new LinkedHashSet<>();
        for (Spreadsheet.SheetCell cell : row.cells()) {
            names.put(cell.column(), "");
            if (text(cell).isEmpty()) {
                continue; // a formula without its value, reported
            }
            String name = text(cell).get();
            if (!known.contains(name)) {
                Optional<String> meant = Suggestions.closest(name, known);
                meant.ifPresent(misspelt::add);
                diagnostics.error(Code.UNKNOWN_KEY, cell.at(), "unknown column '" + name + "'", meant
                        .map(k -> "did you mean '" + k + "'?")
                        .orElse("the columns are the keys of a result joined by dots, e.g. organization, reviewed.done, "
                                + example() + " (docs/content-format.md, section 5.9)" + groups()));
                continue;
            }
            Spreadsheet.SheetCell before = first.putIfAbsent(name, cell);
            if (before != null) {
                diagnostics.error(Code.DUPLICATE_KEY, cell.at(), "the column '" + name + "' is given twice",
                        "it is first given in column " + Position.columnLetters(before.column())
                                + "; keep one of the two");
                continue;
            }
            names.put(cell.column(), name);
        }
        if (!first.containsKey("organization") && !misspelt.contains("organization")) {
            diagnostics.error(Code.MISSING_KEY, row.cells().get(0).at(), "the sheet has no 'organization' column",
                    "name the column that holds each organization's id (from organizations.yaml) 'organization' in row 1");
        }
        pairs(first, misspelt);
        return names;
    }

    /**
     * A figure that goes with another (found with remediated), whose column is not there: said
     * once, unless a misspelt column was taken for it.
     */
    private void pairs(Map<String, Spreadsheet.SheetCell> columns, Set<String> misspelt) {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {"reviewed.required", "reviewed.done"});
        for (Label group : period.groups()) {
            pairs.add(new String[] {group.id() + ".found", group.id() + ".remediated"});
        }
        for (String[] pair : pairs) {
            for (int i = 0; i < 2; i++) {
                if (columns.containsKey(pair[i]) && !columns.containsKey(pair[1 - i]) && !misspelt.contains(pair[1 - i])) {
                    diagnostics.error(Code.MISSING_KEY, columns.get(pair[i]).at(), "the sheet has a column '" + pair[i]
                            + "' but none '" + pair[1 - i] + "'", "add the column '" + pair[1 - i] + "': a result "
                            + "gives the two together, as in a period file");
                }
            }
        }
    }

    /** What a cell holds as text: a number as its digits; nothing for a cell refused. */
    private static Optional<String> text(Spreadsheet.SheetCell cell) {
        return switch (cell.kind()) {
            case TEXT -> Optional.of(cell.text());
            case NUMBER -> Optional.of(cell.number().toPlainString());
            case REFUSED -> Optional.empty();
        };
    }

    private String example() {
        return period.groups().isEmpty() ? "to-chuc-dang.found" : period.groups().get(0).id() + ".found";
    }

    private String groups() {
        return period.groups().isEmpty() ? "" : "; this period's groups are "
                + String.join(", ", period.groups().stream().map(Label::id).toList());
    }

    /** One row's result, or empty after reporting why there is none. */
    /** @param organizations whether the sheet has the column 'organization' (its absence is reported once) */
    private Optional<Result> result(Map<String, Spreadsheet.SheetCell> row, int number, boolean organizations) {
        if (row.isEmpty()) {
            return Optional.empty(); // only columns not read: their problem is reported
        }
        Figures r = new Figures(row);
        Optional<Spreadsheet.SheetCell> organizationCell = Optional.ofNullable(row.get("organization"));
        Position rowAt = organizationCell.map(Spreadsheet.SheetCell::at)
                .orElse(row.values().iterator().next().at());
        Optional<String> organization = organizationCell.flatMap(SheetReader::text)
                .filter(id -> Fields.validId(id, organizationCell.get().at(), diagnostics));
        if (organizationCell.isEmpty() && organizations) {
            diagnostics.error(Code.MISSING_KEY, rowAt, "row " + number + " has figures but no 'organization'",
                    "write the id of the organization the figures are of, as organizations.yaml gives it");
        }
        String source = r.text("source").orElse("");
        Optional<Reviewed> reviewed = reviewed(r, rowAt);
        OptionalLong suggested = r.count("suggested_contents");
        List<CommentCount> comments = new ArrayList<>();
        for (Label level : period.commentLevels()) {
            for (Label target : period.commentTargets()) {
                String name = "comments." + level.id() + "." + target.id();
                Position at = r.at(name, rowAt);
                r.count(name).ifPresent(count -> comments.add(new CommentCount(new Ref(level.id(), at),
                        new Ref(target.id(), at), count, at)));
            }
        }
        List<ShortcomingCount> shortcomings = new ArrayList<>();
        for (Label group : period.groups()) {
            String found = group.id() + ".found";
            String remediated = group.id() + ".remediated";
            String percent = group.id() + ".reported_percent";
            if (!r.has(found) && !r.has(remediated) && !r.has(percent)) {
                continue;
            }
            OptionalLong f = r.paired(found, remediated);
            OptionalLong m = r.paired(remediated, found);
            Optional<PublishedPercent> reported = r.percent(percent);
            if (f.isPresent() && m.isPresent()) {
                shortcomings.add(new ShortcomingCount(new Ref(group.id(), r.at(found, rowAt)), f.getAsLong(),
                        m.getAsLong(), reported, r.at(found, rowAt), r.at(remediated, rowAt), r.at(percent, rowAt)));
            }
        }
        Optional<Discipline> discipline = discipline(r, rowAt);
        Optional<Membership> members = r.has("members.total") || r.has("members.admitted")
                ? Optional.of(new Membership(r.count("members.total"), r.count("members.admitted"),
                        r.at("members.total", rowAt), r.at("members.admitted", rowAt)))
                : Optional.empty();
        String grassroots = "structure.grassroots_organizations";
        Optional<Structure> structure = r.has(grassroots) || r.has("structure.cells")
                ? Optional.of(new Structure(r.count(grassroots), r.count("structure.cells"), r.at(grassroots, rowAt),
                        r.at("structure.cells", rowAt)))
                : Optional.empty();
        List<RatingCounts> rated = new ArrayList<>();
        for (Population population : Population.values()) {
            ratingCounts(r, population, rowAt).ifPresent(rated::add);
        }
        Optional<Ratings> ratings = rated.isEmpty() ? Optional.empty() : Optional.of(new Ratings(rated));
        return organization.map(id -> new Result(new Ref(id, rowAt), source, reviewed, suggested, comments,
                shortcomings, discipline, ratings, members, structure, List.of()));
    }

    private static Optional<Reviewed> reviewed(Figures r, Position rowAt) {
        if (!r.has("reviewed.required") && !r.has("reviewed.done")) {
            return Optional.empty();
        }
        OptionalLong required = r.paired("reviewed.required", "reviewed.done");
        OptionalLong done = r.paired("reviewed.done", "reviewed.required");
        return required.isPresent() && done.isPresent()
                ? Optional.of(new Reviewed(required.getAsLong(), done.getAsLong(), r.at("reviewed.done", rowAt)))
                : Optional.empty();
    }

    private Optional<Discipline> discipline(Figures r, Position rowAt) {
        List<Discipline.FormCount> forms = new ArrayList<>();
        boolean given = DISCIPLINE.stream().anyMatch(key -> r.has("discipline." + key));
        for (DisciplineForm form : period.disciplineForms().forms()) {
            String name = "discipline." + form.id();
            given |= r.has(name);
            r.count(name).ifPresent(count -> forms.add(new Discipline.FormCount(new Ref(form.id(), r.at(name, rowAt)),
                    count)));
        }
        if (!given) {
            return Optional.empty();
        }
        return Optional.of(new Discipline(r.count("discipline.members"), r.count("discipline.committee_members"), forms,
                r.count("discipline.organizations"), r.percent("discipline.reported_percent"),
                r.at("discipline.members", rowAt), r.at("discipline.committee_members", rowAt),
                r.at("discipline.organizations", rowAt), r.at("discipline.reported_percent", rowAt)));
    }

    private Optional<RatingCounts> ratingCounts(Figures r, Population population, Position rowAt) {
        String prefix = "ratings." + population.key() + ".";
        List<RatingCounts.LevelCount> counts = new ArrayList<>();
        List<RatingCounts.LevelPercent> reported = new ArrayList<>();
        boolean levelGiven = false;
        for (RatingLevel level : period.ratingScales().of(population)) {
            String count = prefix + level.id();
            String percent = count + ".reported_percent";
            levelGiven |= r.has(count) || r.has(percent);
            r.count(count).ifPresent(c -> counts.add(new RatingCounts.LevelCount(new Ref(level.id(), r.at(count, rowAt)),
                    c, r.at(count, rowAt))));
            r.percent(percent).ifPresent(p -> reported.add(new RatingCounts.LevelPercent(
                    new Ref(level.id(), r.at(percent, rowAt)), p, r.at(percent, rowAt))));
        }
        Optional<String> scopeGiven = SCOPE.stream().map(key -> prefix + key).filter(r::has).findFirst();
        if (!levelGiven && scopeGiven.isEmpty()) {
            return Optional.empty();
        }
        if (!levelGiven) {
            diagnostics.error(Code.MISSING_KEY, r.at(scopeGiven.get(), rowAt), "the rating of "
                    + population.key() + " gives no level, neither as a count nor as a percentage",
                    "fill in the levels the source gives, as counts (" + prefix + "<level>) or as the percentages it "
                            + "published (" + prefix + "<level>.reported_percent)");
        }
        OptionalLong rated = r.count(prefix + "rated");
        return Optional.of(new RatingCounts(population, rated, r.at(prefix + "rated", rowAt), counts, reported,
                new RatingCounts.Scope(r.count(prefix + "total"), r.count(prefix + "exempt"),
                        r.count(prefix + "not_rated"), Optional.empty(), RatingCounts.PercentBase.RATED,
                        r.at(prefix + "total", rowAt), r.at(prefix + "exempt", rowAt),
                        r.at(prefix + "not_rated", rowAt))));
    }

    /** The figures of one row: its cells by column name, read as counts, percentages or text, each problem reported. */
    private final class Figures {

        private final Map<String, Spreadsheet.SheetCell> cells;

        Figures(Map<String, Spreadsheet.SheetCell> cells) {
            this.cells = cells;
        }

        boolean has(String name) {
            return cells.containsKey(name);
        }

        /** Where the figure is, or {@code otherwise} when its cell is empty. */
        Position at(String name, Position otherwise) {
            return has(name) ? cells.get(name).at() : otherwise;
        }

        Optional<String> text(String name) {
            return Optional.ofNullable(cells.get(name)).flatMap(SheetReader::text);
        }

        /** A count that is given together with {@code partner}: its cell empty where the other's is not is an error. */
        OptionalLong paired(String name, String partner) {
            if (!has(name) && has(partner) && given.contains(name)) {
                diagnostics.error(Code.MISSING_KEY, cells.get(partner).at(), "'" + partner + "' is given, but '" + name
                        + "' is empty", "'" + name.substring(name.lastIndexOf('.') + 1) + "' is required with '"
                        + partner.substring(partner.lastIndexOf('.') + 1) + "'; fill in both, or leave both empty; "
                        + "see docs/content-format.md");
            }
            return count(name);
        }

        OptionalLong count(String name) {
            Spreadsheet.SheetCell cell = cells.get(name);
            if (cell == null || cell.kind() == Spreadsheet.SheetCell.Kind.REFUSED) {
                return OptionalLong.empty();
            }
            if (cell.kind() == Spreadsheet.SheetCell.Kind.NUMBER) {
                return number(name, cell, cell.number());
            }
            String text = cell.text();
            if (PLAIN_DIGITS.matcher(text).matches()) {
                String digits = text.replaceFirst("^0+(?=\\d)", "");
                return digits.length() > 12 ? tooLarge(name, cell, text) : number(name, cell, new BigDecimal(digits));
            }
            if (NEGATIVE.matcher(text).matches()) {
                diagnostics.error(Code.NEGATIVE_COUNT, cell.at(), "'" + name + "' is " + text
                        + ", but a count cannot be negative", "write the number of items, 0 or more");
            } else if (GROUPED_THOUSANDS.matcher(text).matches()) {
                diagnostics.error(Code.NOT_A_COUNT, cell.at(), "'" + name + "' must be a whole number, but this is "
                        + cell.shown(), "write counts without a thousands separator: "
                        + text.replace(".", "").replace(",", ""));
            } else if (DECIMAL.matcher(text).matches()) {
                diagnostics.error(Code.NOT_A_COUNT, cell.at(), "'" + name + "' must be a whole number, but this is "
                        + cell.shown() + ", which has decimals", "a count has no decimals: write the number the "
                        + "source gives");
            } else {
                diagnostics.error(Code.NOT_A_COUNT, cell.at(), "'" + name + "' must be a whole number, but this is "
                        + cell.shown(), "write the count in digits, e.g. 12, or leave the cell empty if the source "
                        + "gives no figure");
            }
            return OptionalLong.empty();
        }

        private OptionalLong number(String name, Spreadsheet.SheetCell cell, BigDecimal value) {
            if (value.signum() < 0) {
                diagnostics.error(Code.NEGATIVE_COUNT, cell.at(), "'" + name + "' is " + value.toPlainString()
                        + ", but a count cannot be negative", "write the number of items, 0 or more");
                return OptionalLong.empty();
            }
            if (value.scale() > 0) {
                diagnostics.error(Code.NOT_A_COUNT, cell.at(), "'" + name + "' must be a whole number, but this is "
                        + cell.shown() + ", which has decimals", "a count has no decimals: write the number the "
                        + "source gives");
                return OptionalLong.empty();
            }
            if (value.compareTo(BigDecimal.valueOf(Fields.MAX_COUNT)) > 0) {
                return tooLarge(name, cell, value.toPlainString());
            }
            return OptionalLong.of(value.longValueExact());
        }

        private OptionalLong tooLarge(String name, Spreadsheet.SheetCell cell, String written) {
            diagnostics.error(Code.NOT_A_COUNT, cell.at(), "'" + name + "' is " + written
                    + ", which is too large for a count of a review", "a count is at most " + Fields.MAX_COUNT
                    + "; check for extra digits");
            return OptionalLong.empty();
        }

        /**
         * A published percentage: a number from 0 to 100 (a cell formatted as a percentage holds
         * 0.663 for 66.3 %, and is read as Excel shows it, at the decimals of its format), a text with a decimal comma or dot and perhaps a % sign ("66,3%"), or
         * a text with a word before it as in a period file ("trên 95%").
         */
        Optional<PublishedPercent> percent(String name) {
            Spreadsheet.SheetCell cell = cells.get(name);
            if (cell == null || cell.kind() == Spreadsheet.SheetCell.Kind.REFUSED) {
                return Optional.empty();
            }
            Matcher typed = TYPED_PERCENT.matcher(cell.text());
            if (cell.kind() == Spreadsheet.SheetCell.Kind.NUMBER && !(cell.percentStyle() && typed.matches())) {
                BigDecimal value = cell.percentStyle() ? cell.number().movePointRight(2) : cell.number();
                return inRange(name, cell, value.scale() < 0 ? value.setScale(0) : value);
            }
            if (typed.matches()) {
                return inRange(name, cell, new BigDecimal(typed.group(1).replace(',', '.')));
            }
            if (Fields.WORDED_PERCENT.matcher(cell.text()).matches()) {
                return Fields.percent(name, new YamlNode.Scalar(cell.at(), YamlNode.Scalar.Kind.TEXT, cell.text()),
                        diagnostics);
            }
            diagnostics.error(Code.INVALID_PERCENT, cell.at(), "'" + name + "' must be a percentage from 0 to 100, but "
                    + "this is " + cell.shown(), "write the percentage as published, e.g. 66,3 or 66.3");
            return Optional.empty();
        }

        private Optional<PublishedPercent> inRange(String name, Spreadsheet.SheetCell cell, BigDecimal value) {
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                diagnostics.error(Code.INVALID_PERCENT, cell.at(), "'" + name + "' is " + value.toPlainString()
                        + ", but a percentage lies between 0 and 100", "write the percentage as published, e.g. 66.3");
                return Optional.empty();
            }
            return Optional.of(PublishedPercent.exact(value));
        }
    }
}
