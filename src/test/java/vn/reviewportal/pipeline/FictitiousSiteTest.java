package vn.reviewportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestFiles;
import vn.reviewportal.diag.DiagnosticFormatter;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.SiteFile;

/**
 * Builds a made-up province ({@code src/test/resources/fictitious/content/}) that uses the
 * fields real reports need: levels of the tree declared and built in, ratings given only as
 * percentages or with some levels, members, counts printed with a leading zero, totals of some
 * groups only. Its diagnostics and every file of its site are compared with the checked-in
 * copies, as {@link GoldenSiteTest} does for the default content.
 *
 * <p>After a deliberate change: {@code mvn -B test -Dtest=FictitiousSiteTest -Dgolden.update=true},
 * then review the diff of {@code src/test/resources/fictitious/}.
 */
class FictitiousSiteTest {

    private static final Path ROOT = TestFiles.project().resolve("src/test/resources/fictitious");

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void theMadeUpProvinceBuildsWithExactlyTheReviewedDiagnosticsAndPages() throws IOException {
        BuildReport report = new Pipeline(new BuildOptions(ROOT.resolve("content"), "content", Optional.empty(),
                "templates", Optional.empty(), "", Optional.empty(), "")).run();
        String diagnostics = new DiagnosticFormatter(report.sources(), false, Diagnostics.SHOWN)
                .format(report.diagnostics());
        Map<String, String> built = new TreeMap<>();
        for (SiteFile file : report.files()) {
            built.put(file.path(), new String(file.bytes(), StandardCharsets.UTF_8));
        }
        Path golden = ROOT.resolve("site");
        Path expectedDiagnostics = ROOT.resolve("expected-diagnostics.txt");
        if (Boolean.getBoolean("golden.update")) {
            TestFiles.deleteTree(golden);
            for (SiteFile file : report.files()) {
                Path target = golden.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
            }
            Files.writeString(expectedDiagnostics, diagnostics);
        }
        assertEquals(true, report.succeeded(), diagnostics);
        assertEquals(Files.readString(expectedDiagnostics), diagnostics);
        Map<String, String> expected = read(golden);
        assertEquals(expected.keySet(), built.keySet(), "the same files");
        for (String path : expected.keySet()) {
            assertEquals(expected.get(path), built.get(path), path + " differs from the reviewed copy");
        }
    }
}
