package vn.reviewportal.source;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * A YAML document as read, every node with its position, so that each later complaint about
 * a value can point at it. Only plain data: no anchors, aliases or tags survive reading.
 */
sealed interface YamlNode {

    Position at();

    /** What this node is, in words a content editor knows: "a list", "text 'abc'". */
    String describe();

    record Scalar(Position at, Kind kind, String text) implements YamlNode {

        enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> text.isEmpty() ? "an empty value" : "text '" + text + "'";
                case INTEGER -> "the whole number " + text;
                case DECIMAL -> "the decimal number " + text;
                case BOOLEAN -> "the word " + text;
                case NULL -> "an empty value";
            };
        }
    }

    record Sequence(Position at, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    record Mapping(Position at, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            for (Entry entry : entries) { // a loop: asked for every key of 600,000 results in a national tree
                if (entry.key().equals(key)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "a set of keys";
        }
    }

    record Entry(String key, Position keyAt, YamlNode value) {
    }
}
