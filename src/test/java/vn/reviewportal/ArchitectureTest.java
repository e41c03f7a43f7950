package vn.reviewportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code what {@code docs/architecture.md} says it is: the packages and what each may
 * import (its table is read here, so the page and the code cannot drift apart), the stages in
 * the order and under the timers of its other table, and the rules of STYLE.md that a scan of
 * the sources can see.
 */
class ArchitectureTest {

    private static final Path MAIN = TestFiles.project().resolve("src/main/java/vn/reviewportal");
    private static final Path ARCHITECTURE = TestFiles.project().resolve("docs/architecture.md");
    private static final Pattern REFERENCE = Pattern.compile("\\bvn\\.reviewportal\\.([a-z]+)\\.");
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path source) {
        return MAIN.relativize(source).getName(0).toString();
    }

    /** The rows of the Markdown table under {@code heading}, each as its cells. */
    private static List<List<String>> table(String heading) throws IOException {
        List<String> lines = Files.readAllLines(ARCHITECTURE);
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, "docs/architecture.md has no section '" + heading + "'");
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("|") && !line.startsWith("|---")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(cell.trim());
                }
                rows.add(cells);
            }
        }
        return rows.subList(1, rows.size()); // without the header
    }

    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(cell);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Each package of the page, with the packages it may import. */
    private static Map<String, Set<String>> allowed() throws IOException {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (List<String> row : table("## The packages")) {
            allowed.put(names(row.get(0)).get(0), Set.copyOf(names(row.get(2))));
        }
        return allowed;
    }

    @Test
    void packagesImportOnlyWhatTheArchitecturePageAllows() throws IOException {
        Map<String, Set<String>> allowed = allowed();
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            String pkg = packageOf(source);
            Set<String> mayUse = allowed.get(pkg);
            assertTrue(mayUse != null, "package '" + pkg + "' is not on docs/architecture.md: " + source);
            Matcher m = REFERENCE.matcher(Files.readString(source));
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(pkg) && !mayUse.contains(target)) {
                    violations.add(MAIN.relativize(source) + " uses " + target);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void thePageListsEveryPackageAndEachIsNamedAfterWhatItHolds() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path source : sources()) {
            packages.add(packageOf(source));
        }
        assertEquals(new TreeSet<>(allowed().keySet()), packages);
        assertTrue(packages.stream().noneMatch(p -> p.matches("util|utils|common|helper|helpers|manager|misc|build")));
    }

    @Test
    void thePipelineRunsTheStagesOfThePageInItsOrderEachUnderItsOwnTimer() throws IOException {
        List<String> documented = new ArrayList<>();
        for (List<String> row : table("## The stages")) {
            documented.add(names(row.get(0)).get(0));
            List<String> where = names(row.get(1));
            Path stageClass = MAIN.resolve(where.get(0)).resolve(where.get(1) + ".java");
            assertTrue(Files.isRegularFile(stageClass), "the page names " + where + ", which does not exist");
        }
        String pipeline = Files.readString(MAIN.resolve("pipeline/Pipeline.java"));
        Matcher timer = Pattern.compile("run\\.time\\(\"([a-z]+)\"").matcher(pipeline);
        List<String> timed = new ArrayList<>();
        while (timer.find()) {
            timed.add(timer.group(1));
        }
        assertEquals(documented, timed);
    }

    @Test
    void onlyTheOutputTheCachesTheArchiveAndTheAuthoringCommandsWriteFiles() throws IOException {
        Pattern writes = Pattern.compile("Files\\.(write|writeString|newOutputStream|newBufferedWriter|move|copy"
                + "|createDirector(y|ies)|createFile|delete|deleteIfExists)\\(|FileOutputStream|FileWriter");
        Set<String> writers = Set.of("output", "incremental", "archive", "sample", "cli");
        // The stages between reading and writing do not touch the file system at all.
        Set<String> pure = Set.of("check", "stats", "page", "chart", "model", "diag");
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            String pkg = packageOf(source);
            String code = JavaCode.withoutCommentsAndStrings(Files.readString(source));
            if (!writers.contains(pkg) && writes.matcher(code).find()) {
                violations.add(MAIN.relativize(source) + " writes files");
            }
            if (pure.contains(pkg) && code.contains("java.nio.file.Files")) {
                violations.add(MAIN.relativize(source) + " reads the file system");
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void classesAreImportedNotNamedInFullInTheCode() throws IOException {
        Pattern qualified = Pattern.compile("(?<![\\w.])(?:java|javax|vn|freemarker|org|com|picocli)\\.(?:[a-z][a-z0-9_]*\\.)+[A-Z]");
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            List<String> lines = JavaCode.withoutCommentsAndStrings(Files.readString(source)).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith("import ") && !line.startsWith("package ") && qualified.matcher(line).find()) {
                    violations.add(MAIN.relativize(source) + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noGlobalMutableStateAndNoExitOutsideMain() throws IOException {
        Pattern staticField = Pattern.compile("^\\s*(private |public |protected )?static (?!final)(?!class)(?!record)"
                + "(?!interface)(?!enum)(?!<)[\\w<>\\[\\], ]+ \\w+\\s*(=|;)", Pattern.MULTILINE);
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            if (staticField.matcher(text).find()) {
                violations.add(source.getFileName() + ": static field that is not final");
            }
            if (text.contains("Locale.setDefault") || text.contains("TimeZone.setDefault")) {
                violations.add(source.getFileName() + ": changes a JVM-wide default");
            }
            if (text.contains("System.exit") && !source.endsWith("cli/Main.java")) {
                violations.add(source.getFileName() + ": exits the JVM");
            }
        }
        assertEquals(List.of(), violations);
    }
}
