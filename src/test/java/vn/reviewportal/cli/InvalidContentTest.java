package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.reviewportal.TestFiles;
import vn.reviewportal.TestSheets;

/**
 * Every folder under {@code src/test/resources/invalid/} is one broken input: its
 * {@code content/} files are laid over a copy of the default content, the real command line
 * builds it over an existing site (with the case's {@code templates/}, if any; files listed in
 * {@code delete.txt} are removed from the content first), and the test expects exactly the diagnostics in
 * {@code expected.txt}, exit status 1 (or the one in {@code expected-exit.txt}), no stack
 * trace, and the previous site byte for byte as it was. A case's {@code outside/} folder is
 * copied beside the content, and {@code setup.txt} makes what a checked-in file cannot be
 * (symbolic links, huge files).
 *
 * <p>To write the expected files anew after a deliberate change of messages, run
 * {@code mvn -B test -Dtest=InvalidContentTest -Dinvalid.update=true} and review the diff.
 */
class InvalidContentTest {

    private static final Path CASES = TestFiles.project().resolve("src/test/resources/invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemAndLeavesTheSiteAlone(String name, @TempDir Path work) throws IOException {
        Path caseDir = CASES.resolve(name);
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        if (Files.isDirectory(caseDir.resolve("content"))) {
            TestFiles.copyTree(caseDir.resolve("content"), work.resolve("content"));
        }
        if (Files.exists(caseDir.resolve("delete.txt"))) {
            for (String relative : Files.readAllLines(caseDir.resolve("delete.txt"))) {
                if (!relative.isBlank()) {
                    Files.delete(work.resolve("content").resolve(relative.strip()));
                }
            }
        }
        if (Files.isDirectory(caseDir.resolve("outside"))) {
            TestFiles.copyTree(caseDir.resolve("outside"), work.resolve("outside"));
        }
        if (Files.exists(caseDir.resolve("setup.txt"))) {
            for (String line : Files.readAllLines(caseDir.resolve("setup.txt"))) {
                setUp(work, line.strip().split("\\s+"));
            }
        }
        if (Files.isDirectory(caseDir.resolve("templates"))) {
            TestFiles.copyTree(caseDir.resolve("templates"), work.resolve("templates"));
        }
        Path site = work.resolve("site");
        Files.createDirectories(site.resolve("news"));
        Files.writeString(site.resolve(".review-portal"), "marker");
        Files.writeString(site.resolve("index.html"), "<p>the site as published before</p>");
        Files.writeString(site.resolve("news/old.html"), "<p>an older article</p>");
        if (Files.isDirectory(caseDir.resolve("site"))) {
            TestFiles.copyTree(caseDir.resolve("site"), site);
        }
        Map<String, String> before = TestFiles.snapshot(site);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.Console console = new Main.Console(new PrintWriter(out), new PrintWriter(err), false, Map.of(), work);
        int status = Main.run(new String[] {"build"}, console);

        String actual = err.toString();
        Path expectedFile = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("invalid.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        int expectedStatus = Files.exists(caseDir.resolve("expected-exit.txt"))
                ? Integer.parseInt(Files.readString(caseDir.resolve("expected-exit.txt")).strip()) : 1;
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "diagnostics of " + name);
        assertEquals(expectedStatus, status, "exit status of " + name);
        assertFalse(actual.contains("\tat ") || actual.contains("Exception"), "no stack trace: " + actual);
        assertEquals(-1, actual.indexOf('\u001b'), "without colours, no escape sequence reaches the terminal: " + actual);
        if (expectedStatus != 0) {
            assertEquals(before, TestFiles.snapshot(site), "the previous site must be untouched");
        }
    }

    /**
     * The rows of a sheet written as text, one line a row, cells between {@code |}: an empty cell is
     * none, digits (with a decimal point) a number, {@code 'text} a text even when it looks like a
     * number (as Excel takes an apostrophe), {@code =formula} a formula without a saved value.
     */
    private static List<List<Object>> rows(List<String> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : lines) {
            List<Object> row = new ArrayList<>();
            for (String cell : line.split("\\|", -1)) {
                String text = cell.strip();
                row.add(text.isEmpty() ? null : text.matches("-?\\d+(\\.\\d+)?") ? (Object) Double.valueOf(text)
                        : text.startsWith("'") ? text.substring(1) : text);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * One line of a case's {@code setup.txt}, for what a file in the case folder cannot hold:
     * {@code symlink LINK TARGET} makes a symbolic link, {@code fill FILE BYTES} writes a YAML
     * file of that many bytes (comment lines), {@code file PATH} puts a small file where a folder
     * is expected, {@code chain FILE N} adds N organizations to an organizations file, each the
     * parent of the next, below the first one, {@code line-endings FILE cr|crlf} gives a file the
     * line breaks of an old Mac (CR) or of Windows (CR LF), {@code longline FILE CHARACTERS} writes
     * a period file whose title opens a quote and runs on for that many characters without a
     * space or a closing quote, {@code xlsx ROWS FILE} writes an Excel workbook of the rows written
     * as text in ROWS (see {@link #rows(List)}) and deletes ROWS; all relative to the working folder. A folder left empty by
     * {@code delete.txt} at the path of a link or file is removed first.
     */
    private static void setUp(Path work, String[] words) throws IOException {
        switch (words[0]) {
            case "symlink" -> {
                Files.createDirectories(work.resolve(words[1]).getParent());
                Files.deleteIfExists(work.resolve(words[1]));
                Files.createSymbolicLink(work.resolve(words[1]), Path.of(words[2]));
            }
            case "file" -> {
                Files.deleteIfExists(work.resolve(words[1]));
                Files.writeString(work.resolve(words[1]), "not a folder\n");
            }
            case "chain" -> {
                Path file = work.resolve(words[1]);
                StringBuilder chain = new StringBuilder(Files.readString(file));
                String parent = "dbk-cqt-bac-ninh";
                for (int i = 1; i <= Integer.parseInt(words[2]); i++) {
                    chain.append("  - {id: cap-").append(i).append(", name: Chi bộ cấp ").append(i)
                            .append(", kind: chi-bo, parent: ").append(parent).append("}\n");
                    parent = "cap-" + i;
                }
                Files.writeString(file, chain);
            }
            case "fill" -> {
                long size = Long.parseLong(words[2]);
                byte[] line = "# dòng chú thích để tệp thật lớn ................................\n"
                        .getBytes(StandardCharsets.UTF_8);
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(work.resolve(words[1])))) {
                    for (long written = 0; written < size; written += line.length) {
                        out.write(line, 0, (int) Math.min(line.length, size - written));
                    }
                }
            }
            case "line-endings" -> {
                Path file = work.resolve(words[1]);
                String lineBreak = switch (words[2]) {
                    case "cr" -> "\r";
                    case "crlf" -> "\r\n";
                    default -> throw new IllegalArgumentException("line endings are cr or crlf: " + words[2]);
                };
                Files.writeString(file, Files.readString(file).replace("\n", lineBreak));
            }
            case "longline" -> {
                StringBuilder title = new StringBuilder("year: 2014\ntitle: \"");
                for (int i = 0; i < Integer.parseInt(words[2]); i++) {
                    title.append((char) ('a' + i % 26));
                }
                Files.writeString(work.resolve(words[1]), title.append('\n'));
            }
            case "xlsx" -> {
                Path rows = work.resolve(words[1]);
                Files.write(work.resolve(words[2]), TestSheets.xlsx(rows(Files.readAllLines(rows))));
                Files.delete(rows);
            }
            case "" -> { }
            default -> throw new IllegalArgumentException("unknown setup line: " + String.join(" ", words));
        }
    }
}
