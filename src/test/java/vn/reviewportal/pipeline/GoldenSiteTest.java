package vn.reviewportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestFiles;
import vn.reviewportal.model.SiteFile;

/**
 * Builds the bundled default content and compares every file with the checked-in copy under
 * {@code src/test/resources/golden/site/}, byte for byte.
 *
 * <p>After a deliberate change to the output, regenerate with
 * {@code mvn -B test -Dtest=GoldenSiteTest -Dgolden.update=true} and review the diff of the
 * golden folder before committing it. Charts depend on the installed fonts (DejaVu Sans here).
 */
class GoldenSiteTest {

    private static final Path GOLDEN = TestFiles.project().resolve("src/test/resources/golden/site");

    @Test
    void theDefaultSiteIsExactlyTheReviewedOne() throws IOException {
        Path project = TestFiles.project();
        BuildReport report = new Pipeline(new BuildOptions(project.resolve("content"), "content",
                Optional.of(project.resolve("templates")), "templates", Optional.empty(), "", Optional.empty(), "")).run();
        assertEquals(true, report.succeeded(), report.diagnostics().toString());
        Map<String, byte[]> built = new TreeMap<>();
        report.files().forEach(f -> built.put(f.path(), f.bytes()));

        if (Boolean.getBoolean("golden.update")) {
            vn.reviewportal.TestFiles.deleteTree(GOLDEN);
            for (SiteFile file : report.files()) {
                Path target = GOLDEN.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
            }
        }
        Map<String, byte[]> golden = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                golden.put(GOLDEN.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        assertEquals(golden.keySet(), built.keySet(), "the same files");
        List<String> differing = new ArrayList<>();
        for (String path : golden.keySet()) {
            String expected = new String(golden.get(path), java.nio.charset.StandardCharsets.UTF_8);
            String actual = new String(built.get(path), java.nio.charset.StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                differing.add(path);
                assertEquals(expected, actual, path + " differs from the golden copy");
            }
        }
        assertEquals(List.of(), differing);
    }
}
