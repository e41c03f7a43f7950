package vn.reviewportal.page;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The rows of a period file of every organization, packed: each row a few dozen bytes of one
 * array (its texts by their number in a table of the file's texts, its numbers as variable-length
 * integers), made into a list of values only when it is read. A national site's period files have
 * some fourteen million rows; as lists of boxed values they took over a gigabyte of the build's
 * memory until they were written.
 *
 * <p>Rows are added with the columns of the table they come from ({@link Builder#add}); the list
 * has every column any of them has, in the order first met, a column a row lacks being
 * {@code null} in it. It is a {@link List} like any other: equal to a list of the same rows.
 */
final class PackedRows extends AbstractList<List<Object>> implements RandomAccess {

    private static final byte NULL = 0;
    private static final byte LONG = 1;
    private static final byte INTEGER = 2;
    private static final byte DECIMAL = 3;
    private static final byte BIG_DECIMAL = 4;
    private static final byte TEXT = 5;

    private final byte[] data;
    private final int[] starts;
    private final int size;
    private final String[] texts;
    /** For each set of columns rows were added with, where each of its columns is in a row. */
    private final int[][] places;
    private final int width;
    private int hash;

    private PackedRows(Builder builder, List<String> columns) {
        this.data = Arrays.copyOf(builder.data, builder.length);
        this.starts = Arrays.copyOf(builder.starts, builder.size);
        this.size = builder.size;
        this.texts = builder.texts.toArray(String[]::new);
        this.width = columns.size();
        this.places = new int[builder.columnSets.size()][];
        for (int set = 0; set < places.length; set++) {
            List<String> keys = builder.columnSets.get(set);
            places[set] = keys.stream().mapToInt(columns::indexOf).toArray();
        }
    }

    @Override
    public List<Object> get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        Object[] row = new Object[width];
        Reader in = new Reader(starts[index]);
        int[] at = places[in.varint()];
        for (int place : at) {
            row[place] = in.value();
        }
        return new DownloadPlan.Values(row);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object other) {
        if (other instanceof PackedRows packed && Arrays.equals(data, packed.data) && Arrays.equals(texts, packed.texts)
                && Arrays.deepEquals(places, packed.places) && width == packed.width
                && Arrays.equals(starts, packed.starts)) {
            return true;
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        if (hash == 0) {
            hash = super.hashCode();
        }
        return hash;
    }

    /** Reads one row's values from where it starts. */
    private final class Reader {
        private int at;

        Reader(int at) {
            this.at = at;
        }

        int varint() {
            return (int) varlong();
        }

        long varlong() {
            long value = 0;
            int shift = 0;
            byte b;
            do {
                b = data[at++];
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return value;
        }

        long signed() {
            long zigzag = varlong();
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        Object value() {
            byte tag = data[at++];
            return switch (tag) {
                case NULL -> null;
                case LONG -> signed();
                case INTEGER -> (int) signed();
                case DECIMAL -> {
                    int scale = (int) signed();
                    yield BigDecimal.valueOf(signed(), scale);
                }
                case BIG_DECIMAL -> new BigDecimal(texts[varint()]);
                case TEXT -> texts[varint()];
                default -> throw new IllegalStateException("no value of kind " + tag);
            };
        }
    }

    /** Rows as they are added, with the columns of their tables. */
    static final class Builder {
        private byte[] data = new byte[1024];
        private int length;
        private int[] starts = new int[64];
        private int size;
        private final List<String> texts = new ArrayList<>();
        private final Map<String, Integer> textNumbers = new HashMap<>();
        private final List<List<String>> columnSets = new ArrayList<>();
        private final Map<List<String>, Integer> columnSetNumbers = new HashMap<>();

        /**
         * Adds a row: {@code lead} values first (the columns {@code leadKeys}), then the table's
         * own values in the order of its {@code keys}.
         */
        void add(List<String> leadKeys, List<Object> lead, List<String> keys, List<Object> values) {
            List<String> columns = new ArrayList<>(leadKeys);
            columns.addAll(keys);
            Integer set = columnSetNumbers.get(columns);
            if (set == null) {
                set = columnSets.size();
                columnSets.add(List.copyOf(columns));
                columnSetNumbers.put(List.copyOf(columns), set);
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
            }
            starts[size++] = length;
            varlong(set);
            lead.forEach(this::value);
            values.forEach(this::value);
        }

        /** The rows, with every column of {@code columns}, which holds each column a row was added with. */
        PackedRows build(List<String> columns) {
            for (List<String> set : columnSets) {
                if (!columns.containsAll(set)) {
                    throw new IllegalArgumentException("rows have columns the file lacks: " + set);
                }
            }
            return new PackedRows(this, columns);
        }

        private void value(Object value) {
            if (value == null) {
                put(NULL);
            } else if (value instanceof Long number) {
                put(LONG);
                signed(number);
            } else if (value instanceof Integer number) {
                put(INTEGER);
                signed(number);
            } else if (value instanceof BigDecimal decimal) {
                BigInteger unscaled = decimal.unscaledValue();
                if (unscaled.bitLength() < 63) {
                    put(DECIMAL);
                    signed(decimal.scale());
                    signed(unscaled.longValue());
                } else {
                    put(BIG_DECIMAL);
                    varlong(text(decimal.toString()));
                }
            } else if (value instanceof String text) {
                put(TEXT);
                varlong(text(text));
            } else {
                throw new IllegalArgumentException("a download holds numbers and texts, not " + value.getClass());
            }
        }

        private int text(String text) {
            Integer number = textNumbers.get(text);
            if (number == null) {
                number = texts.size();
                texts.add(text);
                textNumbers.put(text, number);
            }
            return number;
        }

        private void signed(long value) {
            varlong((value << 1) ^ (value >> 63));
        }

        private void varlong(long value) {
            long left = value;
            while ((left & ~0x7FL) != 0) {
                put((byte) ((left & 0x7F) | 0x80));
                left >>>= 7;
            }
            put((byte) left);
        }

        private void put(byte b) {
            if (length == data.length) {
                data = Arrays.copyOf(data, length * 2);
            }
            data[length++] = b;
        }
    }
}
