package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.stats.GroupFigures;

/**
 * Builds a table and, from the same values, its downloads, so that every table on the site can
 * be downloaded and the files always say what the page says.
 */
final class TableBuilder {

    /** How a figure the source does not give is shown. */
    static final String UNKNOWN = "—";
    /** The mark of a sum that not every subordinate gives a part of. */
    static final String PARTIAL = "*";

    /** One value: raw for the downloads, formatted for the page. */
    record Value(Object raw, Views.Cell cell) {
        static Value text(String text) {
            return new Value(text, Views.Cell.of(text));
        }

        static Value link(String text, String href) {
            return new Value(text, new Views.Cell(text, href, null));
        }

        static Value empty() {
            return new Value(null, Views.Cell.of(""));
        }

        static Value count(long count, Formats formats) {
            return new Value(count, Views.Cell.of(formats.count(count)));
        }

        /** A percentage as the source published it. */
        static Value published(BigDecimal percent, Formats formats) {
            return new Value(percent, Views.Cell.of(formats.percent(percent)));
        }

        /**
         * A percentage as the source published it: a number in the downloads, or, for one with a
         * word before it ("trên 95"), the wording as written, which a number would not say.
         */
        static Value published(PublishedPercent percent, Formats formats) {
            return new Value(percent.exact() ? percent.value() : percent.wording(),
                    Views.Cell.of(formats.percent(percent)));
        }

        /** The same value, marked on the page with {@code flag} (what is wrong with it); unchanged for null. */
        Value flagged(String flag) {
            return flag == null ? this : new Value(raw, new Views.Cell(cell.text(), cell.href(), flag));
        }

        /** A figure the source does not give: a dash on the page, an empty cell or null in the downloads. */
        static Value unknown() {
            return new Value(null, Views.Cell.of(UNKNOWN));
        }

        /** A rate: rounded for the downloads as on the page; a dash where there is nothing to divide by. */
        static Value percent(Optional<Percent> rate, Formats formats) {
            return rate.map(r -> new Value(r.rounded(), Views.Cell.of(formats.percent(r))))
                    .orElse(new Value(null, Views.Cell.of(UNKNOWN)));
        }
    }

    private record Column(String key, String label, boolean numeric) {
    }

    private final String path;
    private final String caption;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Value>> rows = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private List<Value> footer;

    /** @param path the downloads' path without extension, from {@link Routes#download} or {@link Routes#chartData} */
    TableBuilder(String path, String caption) {
        this.path = path;
        this.caption = caption;
    }

    TableBuilder column(String key, String label, boolean numeric) {
        columns.add(new Column(key, label, numeric));
        return this;
    }

    TableBuilder row(List<Value> values) {
        check(values);
        rows.add(List.copyOf(values));
        return this;
    }

    TableBuilder footer(List<Value> values) {
        check(values);
        footer = List.copyOf(values);
        return this;
    }

    /**
     * A count the source may not give, or may give for only some of the subordinates summed:
     * unknown is a dash, never 0, and a partial sum is marked; the table then says what the
     * marks mean.
     */
    Value count(OptionalLong count, boolean partial, Messages messages, Formats formats) {
        if (count.isEmpty()) {
            notes.add(messages.get("table.unknown", UNKNOWN));
            return Value.unknown();
        }
        if (partial) {
            notes.add(messages.get("table.partial", PARTIAL));
            return new Value(count.getAsLong(), Views.Cell.of(formats.count(count.getAsLong()) + PARTIAL));
        }
        return Value.count(count.getAsLong(), formats);
    }

    /** A count of shortcomings, as much as the source gave of it: unknown, partial (marked) or whole. */
    Value count(long count, GroupFigures.Coverage coverage, Messages messages, Formats formats) {
        return count(coverage == GroupFigures.Coverage.NONE ? OptionalLong.empty() : OptionalLong.of(count),
                coverage == GroupFigures.Coverage.PARTIAL, messages, formats);
    }

    /** A rate computed from counts of that coverage: a partial one is marked. */
    Value percent(Optional<Percent> rate, GroupFigures.Coverage coverage, Messages messages, Formats formats) {
        Value value = Value.percent(rate, formats);
        if (rate.isEmpty() || coverage != GroupFigures.Coverage.PARTIAL) {
            return value;
        }
        notes.add(messages.get("table.partial", PARTIAL));
        return new Value(value.raw(), Views.Cell.of(value.cell().text() + PARTIAL));
    }

    /** A line under the table, said once however often it is added. */
    TableBuilder note(String note) {
        notes.add(note);
        return this;
    }

    private void check(List<Value> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("table " + path + " has " + columns.size() + " columns, not " + values.size());
        }
    }

    /** The table, with its download. */
    PlannedTable build() {
        List<List<Object>> raw = new ArrayList<>();
        rows.forEach(r -> raw.add(r.stream().map(Value::raw).toList()));
        if (footer != null) {
            raw.add(footer.stream().map(Value::raw).toList());
        }
        DownloadPlan download = new DownloadPlan(path, caption, columns.stream().map(Column::key).toList(),
                columns.stream().map(Column::label).toList(), raw);
        return new PlannedTable(caption, columns.stream().map(c -> new Views.Column(c.label(), c.numeric())).toList(),
                rows.stream().map(TableBuilder::viewRow).toList(), footer == null ? null : viewRow(footer), download,
                List.copyOf(notes));
    }

    /** The table, with its download; none when it has no row, for pages that then show no table. */
    Optional<PlannedTable> buildUnlessEmpty() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(build());
    }

    private static Views.Row viewRow(List<Value> values) {
        return new Views.Row(values.stream().map(Value::cell).toList());
    }
}
