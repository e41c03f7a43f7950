package vn.reviewportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of STYLE.md:
 * {@code cli → pipeline → source · check · stats · page · render · chart · output → model · diag};
 * {@code cli → sample}, which writes content files, and {@code cli, pipeline → archive}, which
 * freezes and reads snapshots; neither needs anything else.
 * Among the stages, only what the plan hands on is shared: the page plan is read by render
 * and chart, and statistics by page. Scans the sources for references to project packages.
 */
class ArchitectureTest {

    private static final Path MAIN = TestFiles.project().resolve("src/main/java/vn/reviewportal");
    private static final Pattern REFERENCE = Pattern.compile("\\bvn\\.reviewportal\\.([a-z]+)\\.");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("cli", Set.of("pipeline", "incremental", "serve", "archive", "sample", "authoring", "output", "model", "diag")),
            Map.entry("serve", Set.of("pipeline", "incremental", "model", "diag")),
            Map.entry("authoring", Set.of("model")),
            Map.entry("archive", Set.of("diag")),
            Map.entry("sample", Set.of()),
            Map.entry("pipeline", Set.of("incremental", "source", "check", "stats", "page", "render", "chart", "output", "archive",
                    "model", "diag")),
            Map.entry("incremental", Set.of("source", "check", "page", "render", "output", "model", "diag")),
            Map.entry("source", Set.of("model", "diag")),
            Map.entry("check", Set.of("model", "diag")),
            Map.entry("stats", Set.of("model", "diag")),
            Map.entry("page", Set.of("stats", "model", "diag")),
            Map.entry("render", Set.of("page", "model", "diag")),
            Map.entry("chart", Set.of("page", "model", "diag")),
            Map.entry("output", Set.of("model", "diag")),
            Map.entry("model", Set.of("diag")),
            Map.entry("diag", Set.of()));

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void packagesDependOnlyDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            String pkg = MAIN.relativize(source).getName(0).toString();
            Set<String> allowed = ALLOWED.get(pkg);
            assertTrue(allowed != null, "package '" + pkg + "' is not in the architecture: " + source);
            Matcher m = REFERENCE.matcher(Files.readString(source));
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(pkg) && !allowed.contains(target)) {
                    violations.add(MAIN.relativize(source) + " uses " + target);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void packagesAreNamedAfterWhatTheyHold() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path source : sources()) {
            packages.add(MAIN.relativize(source).getName(0).toString());
        }
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages);
        assertTrue(packages.stream().noneMatch(p -> p.matches("util|utils|common|helper|helpers|manager|misc")));
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
