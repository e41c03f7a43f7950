package vn.reviewportal.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Characters;

/**
 * Reads one YAML document into a {@link YamlNode} tree with positions, using Jackson's YAML
 * streaming parser. Strict where YAML is lenient: duplicate keys, anchors and aliases, a second
 * document and nesting deeper than {@link #MAX_DEPTH} are errors, because each of them would
 * otherwise be read silently in a way the editor did not mean.
 */
final class YamlReader {

    /** Deepest nesting accepted; real content files need fewer than ten levels. */
    static final int MAX_DEPTH = 40;

    /**
     * Longest line accepted, in characters. SnakeYAML reads a line in a time that grows with the
     * square of its length (its reader copies what it has looked ahead at for every 1,024
     * characters), so that one overlong line, such as a text whose closing quote is missing,
     * would hold up the build. Lines of this length cost it little; real content lines are far
     * shorter.
     */
    static final int MAX_LINE = 20_000;

    private final YAMLFactory factory;

    YamlReader(int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxCodePoints);
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
                .build();
    }

    /**
     * The items of the list under one key of the root mapping, handed on one at a time as they
     * are read instead of kept in the tree, where that key's value is left an empty list: a
     * national period file has fifty thousand results, whose trees, all alive until the file
     * is read, kept the garbage collector busy copying them. Only the first occurrence of the
     * key is streamed (a second one is reported as a duplicate, as in any mapping).
     */
    record Streamed(String key, Consumer<YamlNode> item) {
        static final Streamed NONE = new Streamed("", item -> {
        });
    }

    /**
     * Parses {@code text}, which starts on line {@code firstLine} of {@code file}. Returns the
     * root node, or empty after reporting why there is none.
     */
    Optional<YamlNode> read(String file, String text, int firstLine, Diagnostics diagnostics) {
        return read(file, text, firstLine, diagnostics, Streamed.NONE);
    }

    /** As {@link #read(String, String, int, Diagnostics)}, handing the items of one root list to {@code streamed}. */
    Optional<YamlNode> read(String file, String text, int firstLine, Diagnostics diagnostics, Streamed streamed) {
        Cursor cursor = new Cursor(file, firstLine - 1, streamed);
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(Code.EMPTY_FILE, Position.wholeFile(file), "the file has no content",
                        "write the keys this file needs; see docs/content-format.md");
                return Optional.empty();
            }
            Optional<YamlNode> root = node(parser, cursor, 0, diagnostics);
            JsonToken next = parser.nextToken();
            if (next != null) {
                diagnostics.error(Code.MULTIPLE_DOCUMENTS, separatorBefore(text, parser.currentTokenLocation(), cursor),
                        "a second YAML document starts here; a content file holds exactly one",
                        "remove the '---' line and merge the two parts, or move the second part to its own file");
                return Optional.empty();
            }
            return root;
        } catch (JsonProcessingException e) {
            diagnostics.add(SyntaxProblem.explain(e, text, cursor.file, cursor.lineOffset));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(Code.UNREADABLE, Position.wholeFile(file), "the YAML reader stopped without saying where: "
                    + e.getMessage(), "save the file again as UTF-8 text and run the command again; if the message "
                    + "stays, send the file to whoever looks after the portal");
            return Optional.empty();
        } catch (Stop stop) {
            return Optional.empty();
        }
    }

    private Optional<YamlNode> node(YAMLParser parser, Cursor cursor, int depth, Diagnostics diagnostics)
            throws IOException {
        Position at = cursor.at(parser.currentTokenLocation());
        if (parser.isCurrentAlias() || parser.getObjectId() != null) {
            diagnostics.error(Code.YAML_ALIAS, at,
                    "YAML anchors and aliases (&name, *name) are not accepted",
                    "write the value out in full at each place it is needed");
            throw new Stop();
        }
        if (depth > MAX_DEPTH) {
            diagnostics.error(Code.TOO_DEEP, at, "the data is nested more than " + MAX_DEPTH + " levels deep",
                    "content files need only a few levels; check the indentation");
            throw new Stop();
        }
        if (parser.getTypeId() != null) {
            diagnostics.error(Code.YAML_TAG, at, "YAML tags such as '" + writtenTag(parser.getTypeId())
                            + "' are not accepted", "remove the tag (the word starting with '!') and write the value itself");
            throw new Stop();
        }
        JsonToken token = parser.currentToken();
        if (token.isScalarValue()) {
            escaped(parser.getText(), at, diagnostics);
        }
        return switch (token) {
            case START_OBJECT -> Optional.of(mapping(parser, cursor, at, depth, diagnostics));
            case START_ARRAY -> Optional.of(sequence(parser, cursor, at, depth, diagnostics));
            case VALUE_STRING -> Optional.of(plainWholeNumber(parser)
                    ? scalar(at, YamlNode.Scalar.Kind.INTEGER, parser.getText())
                    : scalar(at, YamlNode.Scalar.Kind.TEXT, nfc(parser.getText())));
            case VALUE_NUMBER_INT -> Optional.of(scalar(at, YamlNode.Scalar.Kind.INTEGER, parser.getText()));
            case VALUE_NUMBER_FLOAT -> Optional.of(scalar(at, YamlNode.Scalar.Kind.DECIMAL, parser.getText()));
            case VALUE_TRUE, VALUE_FALSE -> Optional.of(scalar(at, YamlNode.Scalar.Kind.BOOLEAN, parser.getText()));
            case VALUE_NULL -> Optional.of(scalar(at, YamlNode.Scalar.Kind.NULL, ""));
            default -> {
                // Nothing else comes from a document without tags; said in words should it ever.
                diagnostics.error(Code.YAML_SYNTAX, at, "this value cannot be read as text, a number, a list or a set of keys",
                        "write a plain value here; see docs/content-format.md");
                throw new Stop();
            }
        };
    }

    /** A tag as it was written: 'tag:yaml.org,2002:binary' as '!!binary', a local tag 'name' as '!name'. */
    private static String writtenTag(String tag) {
        String standard = "tag:yaml.org,2002:";
        return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag.startsWith("!") ? tag : "!" + tag;
    }

    private YamlNode mapping(YAMLParser parser, Cursor cursor, Position at, int depth, Diagnostics diagnostics)
            throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        // A mapping of content has a few keys (a result's counts have three) and a national period
        // file millions of mappings: the keys seen are looked up along the entries, and a hash
        // table, which was most of what reading made, is made only for a mapping of many keys.
        Map<String, Position> seen = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = nfc(parser.currentName());
            Position keyAt = cursor.at(parser.currentTokenLocation());
            escaped(key, keyAt, diagnostics);
            parser.nextToken();
            if (seen == null && entries.size() >= MANY_KEYS) {
                seen = new HashMap<>();
                for (YamlNode.Entry entry : entries) {
                    seen.put(entry.key(), entry.keyAt());
                }
            }
            Position first = seen != null ? seen.get(key) : firstWritten(entries, key);
            YamlNode value = depth == 0 && key.equals(cursor.streamed.key()) && first == null
                    && parser.currentToken() == JsonToken.START_ARRAY
                    ? streamed(parser, cursor, depth + 1, diagnostics)
                    : node(parser, cursor, depth + 1, diagnostics).orElseThrow(Stop::new);
            if (first != null) {
                diagnostics.error(Code.DUPLICATE_KEY, keyAt, "the key '" + key + "' is written twice here",
                        "it was first written at line " + first.line() + "; keep one of the two");
                continue;
            }
            if (seen != null) {
                seen.put(key, keyAt);
            }
            entries.add(new YamlNode.Entry(key, keyAt, value));
        }
        return new YamlNode.Mapping(at, entries);
    }

    /** Keys of a mapping beyond which those seen are kept in a hash table. */
    private static final int MANY_KEYS = 16;

    /** Where the key was first written among the entries, or null. */
    private static Position firstWritten(List<YamlNode.Entry> entries, String key) {
        for (YamlNode.Entry entry : entries) {
            if (entry.key().equals(key)) {
                return entry.keyAt();
            }
        }
        return null;
    }

    private YamlNode sequence(YAMLParser parser, Cursor cursor, Position at, int depth, Diagnostics diagnostics)
            throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser, cursor, depth + 1, diagnostics).orElseThrow(Stop::new));
        }
        return new YamlNode.Sequence(at, items);
    }

    /** A root list whose items go to the cursor's {@link Streamed} as they are read; an empty list in the tree. */
    private YamlNode streamed(YAMLParser parser, Cursor cursor, int depth, Diagnostics diagnostics) throws IOException {
        Position at = cursor.at(parser.currentTokenLocation());
        if (parser.isCurrentAlias() || parser.getObjectId() != null) {
            return node(parser, cursor, depth, diagnostics).orElseThrow(Stop::new); // reports the alias
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            cursor.streamed.item().accept(node(parser, cursor, depth + 1, diagnostics).orElseThrow(Stop::new));
        }
        return new YamlNode.Sequence(at, List.of());
    }

    /**
     * A character that {@link Characters} refuses, written as an escape ({@code "\x1b"}, {@code "\e"})
     * in double quotes: the file's text held none, the value read from it does.
     * Checked in the loop that builds the nodes, like {@link #nfc}.
     */
    private static void escaped(String text, Position at, Diagnostics diagnostics) {
        int refused = text == null ? -1 : Characters.firstRefused(text, false);
        if (refused >= 0) {
            char c = text.charAt(refused);
            diagnostics.error(Characters.code(c), at, "this text holds " + Characters.describe(c) + ", written as an escape",
                    Characters.writtenAs(c, String.format("an escape (\\u%04X or the like) inside the double quotes", (int) c)));
        }
    }

    /**
     * Whether the text just read is a whole number written without quotes, as YAML 1.2 reads one
     * ({@code [-+]?[0-9]+}): {@code 08}, {@code 09}, {@code 019}. The parser follows YAML 1.1,
     * which takes a leading zero for octal and so reads these as text, while a newspaper's 08 is
     * eight. Quoted, {@code "08"} spans its text and the two quotes.
     */
    private static boolean plainWholeNumber(YAMLParser parser) throws IOException {
        String text = parser.getText();
        return wholeNumber(text)
                && parser.currentLocation().getCharOffset() - parser.currentTokenLocation().getCharOffset() == text.length();
    }

    /** {@code [-+]?[0-9]+}, checked by hand: nearly every text of a national tree is an id, read here first. */
    private static boolean wholeNumber(String text) {
        int first = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (first == text.length()) {
            return false;
        }
        for (int i = first; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static YamlNode scalar(Position at, YamlNode.Scalar.Kind kind, String text) {
        return new YamlNode.Scalar(at, kind, text);
    }

    /** The error for a line longer than {@link #MAX_LINE}, pointing at its first character beyond. */
    static Diagnostic lineTooLong(Position beyond, int length) {
        return Diagnostic.error(Code.LINE_TOO_LONG, beyond, String.format(Locale.ROOT,
                        "this line is %,d characters long; a line of YAML holds at most %,d", length, MAX_LINE),
                "a line this long is usually a text whose closing quote is missing, or many lines run together;"
                        + " a long text can be written over several lines after '>-'");
    }

    /** Text pasted from other programs may be decomposed (NFD); compare and show it composed. */
    static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_NOT_COMPOSED) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text; // ids, numbers, dates: nothing to compose, and most values of a national tree are such
    }

    /** Every character below U+0300 (the combining marks) is composed and stays so in any text (NFC_QC=Yes). */
    private static final char FIRST_NOT_COMPOSED = '\u0300';

    /** The '---' line that starts the second document, which is what the editor has to remove. */
    private static Position separatorBefore(String text, JsonLocation secondDocument, Cursor cursor) {
        List<String> lines = text.lines().toList();
        for (int line = Math.min(secondDocument.getLineNr(), lines.size()); line >= 1; line--) {
            if (lines.get(line - 1).startsWith("---")) {
                return cursor.at(line, 1);
            }
        }
        return cursor.at(secondDocument);
    }

    /** Turns parser locations into file positions, adding the line offset of embedded YAML. */
    private static final class Cursor {
        final String file;
        final int lineOffset;
        final Streamed streamed;

        Cursor(String file, int lineOffset, Streamed streamed) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.streamed = streamed;
        }

        Position at(JsonLocation location) {
            return at(location.getLineNr(), location.getColumnNr());
        }

        Position at(int line, int column) {
            return new Position(file, Math.max(1, line) + lineOffset, Math.max(1, column));
        }
    }

    /** Unwinds the recursive descent after an error that makes the rest of the file meaningless. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
