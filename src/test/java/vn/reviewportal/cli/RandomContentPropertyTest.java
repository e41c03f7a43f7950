package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/**
 * Property: whatever a content file holds, {@code portal check} answers with a site or with
 * diagnostics, never with an uncaught exception. Each try takes the default content and
 * either edits one file at random (inserting YAML and Markdown punctuation, tabs, control
 * characters, decomposed letters, lone surrogates, invalid UTF-8; deleting, duplicating and
 * swapping lines; cutting the file short), or adds a period file that is a random YAML tree,
 * or an article whose body is random Markdown.
 *
 * <p>What must hold for every try: no exception escapes, nothing says "internal error" or
 * shows a stack trace, the exit status is 0 without errors or 1 with at least one, and every
 * diagnostic about a content file points at a line that file has. A failing input is shrunk
 * (chunks removed while it still fails) and printed with the seed and try that found it.
 *
 * <p>The normal test run makes {@value #DEFAULT_TRIES} tries with a fixed seed. The long run:
 * {@code mvn -B test -Dtest=RandomContentPropertyTest -Dproperty.tries=10000} (add
 * {@code -Dproperty.seed=N} for another sequence); the last line printed gives the tally.
 */
class RandomContentPropertyTest {

    static final int DEFAULT_TRIES = 150;

    private static final List<String> FILES = List.of("site.yaml", "organizations.yaml", "periods/2012.yaml",
            "articles/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.md");

    private static final List<String> TOKENS = List.of(":", ": ", "- ", "  ", "\t", "\n", "\r\n", "{", "}", "[", "]",
            ",", "\"", "'", "#", "&a ", "*a", "!!str ", "!!binary ", "|", ">", "%", "@", "`", "---\n", "...\n", "? ",
            "0", "-1", "99999999999999999999", "1e5", "0x1F", "~", "null", "true", "4.716", "66,3", "ạ", "Đ", "\u0301",
            "\u0000", "\u0007", "\u0085", "\uFEFF", "\u2028", "😀", "\uD800", "<script>", "](javascript:x)", "> ",
            "1. ", "| a | b |\n|---|---|\n", "**", "_", "\\", "2013-02-30", "T25:00:00+07:00", "dbk-cqt-bac-ninh",
            "to-chuc-dang", "found", "remediated", "year", "organization", "parent", "---", "<", "&amp;", "${x}",
            "[x]: <>", "![", "\u00a0", "\u200b", "? [a, b]\n: ", "[a]: ", "{[a]: 1}", "? {a: 1}\n", "!!int ", "!t ",
            "0b101", "1_000", ".nan", ".inf", "+12", "\u202e", "\u2066", "\"\\x1b[2J\"", "\"\\u0000\"", "\r");

    private static final List<String> PERIOD_KEYS = List.of("year", "title", "published", "groups", "id", "label",
            "results", "organization", "source", "reviewed", "required", "done", "shortcomings", "found", "remediated",
            "reported_percent", "comments", "level", "target", "count", "discipline", "members", "ratings", "rated",
            "counts", "rating_scales", "comment_levels", "comment_targets", "to-chuc-dang", "dbk-cqt-bac-ninh");

    private static final List<String> MARKDOWN = List.of("# ", "## ", "> ", "- ", "* ", "1. ", "   ", "\n", "\n\n",
            "**", "*", "_", "`", "```\n", "[", "](", ")", "![", "<", ">", "&", "| a | b |\n", "|---|---|\n", "| 1 | 2 |\n",
            "---\n", "\\", "<div>", "</div>", "<!--", "-->", "javascript:", "http://x/", "../", "#a", "chữ ", "497/747 ",
            "66,3% ", "đạt ", "\t", "[^1]", "~~~\n", "    code\n", "<https://x>", "[a]: /b\n");

    /** What only the program's own authors can read: class names, parser events, Jackson's reference chains. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(org|com|java|vn)\\.[a-z]+\\.[\\w.]+|reference chain|Event\\(|StackOverflow|OutOfMemory");

    private static final Pattern POSITION = Pattern.compile("^(\\S+?):(\\d+):(\\d+): (?:error|warning)\\[", Pattern.MULTILINE);

    @TempDir
    Path work;

    /** One try's change to the content: files written over the default ones (or added). */
    record Change(String file, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Test
    void anyContentGivesASiteOrDiagnosticsNeverAnUncaughtException() throws IOException {
        int tries = Integer.getInteger("property.tries", DEFAULT_TRIES);
        long seed = Long.getLong("property.seed", 20261127L);
        Map<String, byte[]> originals = new LinkedHashMap<>();
        Path content = work.resolve("content");
        TestFiles.copyTree(TestFiles.project().resolve("content"), content);
        for (String file : FILES) {
            originals.put(file, Files.readAllBytes(content.resolve(file)));
        }
        Random random = new Random(seed);
        Map<Integer, Integer> byStatus = new LinkedHashMap<>();
        for (int attempt = 1; attempt <= tries; attempt++) {
            Change change = change(random, originals);
            Optional<String> problem = problem(change, originals);
            if (problem.isPresent()) {
                Change smallest = shrink(change, originals);
                fail("try " + attempt + " of seed " + seed + " (-Dproperty.seed=" + seed + "): " + problem(smallest, originals)
                        .orElse(problem.get()) + "\nshrunk input for " + smallest.file() + ":\n" + visible(smallest.text()));
            }
            byStatus.merge(lastStatus, 1, Integer::sum);
        }
        System.out.println("RandomContentPropertyTest: " + tries + " tries, seed " + seed + ", exit statuses " + byStatus
                + ", no uncaught exception");
        assertEquals(tries, byStatus.values().stream().mapToInt(Integer::intValue).sum());
    }

    private int lastStatus;

    /** Runs {@code portal check} on the default content with the change; what went wrong, if anything. */
    private Optional<String> problem(Change change, Map<String, byte[]> originals) throws IOException {
        Path content = work.resolve("content");
        for (Map.Entry<String, byte[]> original : originals.entrySet()) {
            Files.write(content.resolve(original.getKey()), original.getValue());
        }
        TestFiles.deleteTree(content.resolve("periods/2013.yaml"));
        TestFiles.deleteTree(content.resolve("articles/2013-06-01-bai-ngau-nhien.md"));
        Files.write(content.resolve(change.file()), change.bytes());
        Cli.Run run;
        try {
            run = Cli.run(work, "check");
        } catch (Throwable e) {
            return Optional.of("uncaught " + e);
        }
        lastStatus = run.status();
        String err = run.err();
        if (err.contains("internal error") || err.contains("Exception") || err.contains("\tat ")) {
            return Optional.of("the check failed inside: " + err);
        }
        Matcher internals = INTERNALS.matcher(err);
        if (internals.find()) {
            return Optional.of("a message shows the program's insides (" + internals.group() + "):\n" + err);
        }
        boolean errors = err.contains(": error[");
        if (run.status() != (errors ? 1 : 0)) {
            return Optional.of("exit status " + run.status() + " with " + (errors ? "" : "no ") + "errors:\n" + err);
        }
        Matcher m = POSITION.matcher(err);
        while (m.find()) {
            String file = m.group(1);
            if (file.startsWith("content/")) {
                Path path = work.resolve(file);
                long lines = Files.exists(path) ? new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().count() : 0;
                if (Integer.parseInt(m.group(2)) > lines + 1 || Integer.parseInt(m.group(3)) < 1) {
                    return Optional.of("a position outside the file (" + lines + " lines): " + m.group());
                }
            }
        }
        return Optional.empty();
    }

    private static Change change(Random random, Map<String, byte[]> originals) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return new Change("periods/2013.yaml", ("year: 2013\n" + yamlTree(random, 0)).getBytes(StandardCharsets.UTF_8));
        }
        if (kind == 1) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                body.append(MARKDOWN.get(random.nextInt(MARKDOWN.size())));
            }
            String text = "---\ntitle: Bài ngẫu nhiên\ndate: 2013-06-01T09:00:00+07:00\nperiod: 2012\n---\n" + body;
            return new Change("articles/2013-06-01-bai-ngau-nhien.md", text.getBytes(StandardCharsets.UTF_8));
        }
        String file = FILES.get(random.nextInt(FILES.size()));
        StringBuilder text = new StringBuilder(new String(originals.get(file), StandardCharsets.UTF_8));
        for (int edits = 1 + random.nextInt(5); edits > 0; edits--) {
            edit(random, text);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return new Change(file, bytes);
    }

    private static void edit(Random random, StringBuilder text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(6)) {
            case 0, 1 -> text.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
            case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
            case 3 -> {
                List<String> lines = new ArrayList<>(text.toString().lines().toList());
                if (!lines.isEmpty()) {
                    int line = random.nextInt(lines.size());
                    lines.add(line, lines.get(random.nextInt(lines.size())));
                }
                text.setLength(0);
                text.append(String.join("\n", lines)).append('\n');
            }
            case 4 -> {
                List<String> lines = new ArrayList<>(text.toString().lines().toList());
                if (lines.size() > 1) {
                    java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
                }
                text.setLength(0);
                text.append(String.join("\n", lines)).append('\n');
            }
            default -> text.setLength(at);
        }
    }

    /** A random block-style YAML tree with the period vocabulary as keys and random values. */
    private static String yamlTree(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        String indent = "  ".repeat(depth);
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            boolean item = random.nextInt(3) == 0;
            out.append(indent).append(item ? "- " : "").append(PERIOD_KEYS.get(random.nextInt(PERIOD_KEYS.size())))
                    .append(':');
            if (depth < 5 && random.nextInt(3) > 0) {
                out.append('\n').append(yamlTree(random, depth + (item ? 2 : 1)));
            } else {
                out.append(' ').append(switch (random.nextInt(7)) {
                    case 0 -> Integer.toString(random.nextInt(2000) - 100);
                    case 1 -> "{found: " + random.nextInt(900) + ", remediated: " + random.nextInt(900) + "}";
                    case 2 -> "[to-chuc-dang, " + random.nextInt(9) + "]";
                    case 3 -> "\"Tổ chức đảng\"";
                    case 4 -> "2013-05-0" + random.nextInt(10);
                    case 5 -> Double.toString(random.nextDouble() * 120);
                    default -> "dbk-cqt-bac-ninh";
                }).append('\n');
            }
        }
        return out.toString();
    }

    /** Removes chunks of the changed file, halving the chunk size, while the input still fails. */
    private Change shrink(Change failing, Map<String, byte[]> originals) throws IOException {
        byte[] bytes = failing.bytes();
        for (int chunk = Math.max(1, bytes.length / 2); chunk >= 1; chunk /= 2) {
            for (int start = 0; start + chunk <= bytes.length; ) {
                byte[] smaller = new byte[bytes.length - chunk];
                System.arraycopy(bytes, 0, smaller, 0, start);
                System.arraycopy(bytes, start + chunk, smaller, start, bytes.length - start - chunk);
                if (problem(new Change(failing.file(), smaller), originals).isPresent()) {
                    bytes = smaller;
                } else {
                    start += chunk;
                }
            }
        }
        return new Change(failing.file(), bytes);
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c == '\n' || c >= 0x20 && c != 0x7f && c < 0x80 || Character.isLetter(c)
                ? Character.toString(c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
