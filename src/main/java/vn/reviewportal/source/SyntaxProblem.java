package vn.reviewportal.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;

/**
 * Turns a YAML parser's complaint into a sentence for someone who edits YAML by hand: where
 * the mistake most likely is (not always where the parser gave up) and what to write instead.
 * The positions come from SnakeYAML's marks; only the wording is ours.
 */
final class SyntaxProblem {

    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("^(\\s*-?\\s*)([A-Za-z_][\\w-]*):(\\S.*)$");

    private SyntaxProblem() {
    }

    static Diagnostic explain(JsonProcessingException e, String text, String file, int lineOffset) {
        List<String> lines = text.lines().toList();
        if (!(e.getCause() instanceof MarkedYAMLException marked) || marked.getProblemMark() == null) {
            JsonLocation location = e.getLocation();
            Position at = location == null ? Position.wholeFile(file)
                    : new Position(file, Math.max(1, location.getLineNr()) + lineOffset, Math.max(1, location.getColumnNr()));
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (original.contains("base64")) {
                // '!!binary' is decoded as it is read, so a value that is not base64 fails before
                // the reader can refuse the tag itself.
                return Diagnostic.error(Code.YAML_TAG, at, "YAML tags such as '!!binary' are not accepted",
                        "remove the tag (the word starting with '!') and write the value itself");
            }
            if (original.startsWith("Expected a field name")) {
                // '[a, b]: c' or a '?' line: YAML allows a list or a set of keys as a key.
                return syntax(at, "a key here is a list or a set of keys; a key is a plain word such as 'found'",
                        "write 'key: value'; text that starts with '[', '{' or '?' must be put in double quotes");
            }
            return syntax(at, "the YAML cannot be read: " + plain(original.lines().findFirst().orElse("")), GENERAL_HINT);
        }
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        String context = marked.getContext() == null ? "" : marked.getContext();
        Position problemAt = position(file, lineOffset, marked.getProblemMark(), lines);
        Position contextAt = marked.getContextMark() == null ? problemAt
                : position(file, lineOffset, marked.getContextMark(), lines);

        if (problem.contains("(TAB)")) {
            return syntax(problemAt, "a tab is used here; YAML indents with spaces only",
                    "replace the tab with spaces, lined up with the lines above");
        }
        if (problem.contains("end of stream") && context.contains("quoted scalar")) {
            return syntax(contextAt, "the quote opened here is never closed",
                    "add the closing quote at the end of the text");
        }
        if (problem.contains("mapping values are not allowed")) {
            // 'year:2012' is read as text, so the parser only stumbles on the next line's key.
            int previous = marked.getProblemMark().getLine() - 1;
            if (previous >= 0 && previous < lines.size()) {
                var missingSpace = KEY_WITHOUT_SPACE.matcher(lines.get(previous));
                if (missingSpace.matches() && !missingSpace.group(3).startsWith("/")) {
                    String key = missingSpace.group(2);
                    String value = missingSpace.group(3);
                    return syntax(new Position(file, previous + 1 + lineOffset,
                                    missingSpace.group(1).length() + key.length() + 1),
                            "'" + key + ":" + value + "' needs a space after the colon",
                            "write '" + key + ": " + value + "'");
                }
            }
            return syntax(problemAt, "a ':' here is not understood",
                    "text that contains ': ' must be put in double quotes, e.g. title: \"Kết luận: ...\"");
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || context.contains("block mapping") || context.contains("block collection")) {
            return syntax(problemAt, "the indentation here does not match the lines above",
                    "keys of the same item start in the same column; indent with spaces, two per level");
        }
        if (problem.contains("could not find expected ':'")) {
            return syntax(contextAt, "a key here has no ':' after it", "write 'key: value'");
        }
        if (context.contains("flow")) {
            return syntax(contextAt, "the brackets opened here are not closed properly",
                    "check that every '{' has its '}' and every '[' its ']', with commas between items");
        }
        return syntax(problemAt, "the YAML cannot be read: " + plain(problem) + (context.isEmpty() ? "" : " ("
                + plain(context) + ")"), GENERAL_HINT);
    }

    /**
     * A parser's sentence without what only its programmers can read: the names of its classes
     * and events ({@code <org.yaml.snakeyaml.events.SequenceStartEvent(...)>}), which say
     * nothing to someone who edits the file.
     */
    static String plain(String message) {
        String cut = message.replaceAll("<?\\b(org|com|java|javax|vn)\\.[\\w.$]+(\\([^)]*\\))?>?", "")
                .replaceAll("\\s*\\(through reference chain:.*$", "").strip();
        cut = cut.replaceAll("[\\s:,;]+$", "");
        return cut.isEmpty() ? "something here is not valid YAML" : cut;
    }

    private static final String GENERAL_HINT =
            "check indentation (spaces only), the space after each ':', and closing quotes and brackets";

    private static Diagnostic syntax(Position at, String message, String hint) {
        return Diagnostic.error(Code.YAML_SYNTAX, at, message, hint);
    }

    /** A mark as a file position; a mark past the last line (end of file) moves to the last line. */
    private static Position position(String file, int lineOffset, Mark mark, List<String> lines) {
        int line = mark.getLine() + 1;
        int column = mark.getColumn() + 1;
        if (line > lines.size() && !lines.isEmpty()) {
            line = lines.size();
            column = lines.get(line - 1).length() + 1;
        }
        return new Position(file, line + lineOffset, Math.max(1, column));
    }
}
