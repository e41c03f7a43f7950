package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.reviewportal.TestFiles;

/**
 * Vietnamese typed on a Mac or pasted from some web pages arrives decomposed (NFD: "ả" as "a"
 * and two combining marks). The same content saved decomposed must give the very same site as
 * composed (NFC): slugs, search entries, sort order, comparisons with archived figures, feeds.
 */
class UnicodeNormalisationTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"default", "sample"})
    void decomposedContentGivesTheSameSiteAsComposed(String which) throws IOException {
        Path nfc = work.resolve("nfc");
        Path nfd = work.resolve("nfd");
        if (which.equals("default")) {
            TestFiles.copyTree(TestFiles.project().resolve("content"), nfc.resolve("content"));
        } else {
            Files.createDirectories(nfc);
            assertEquals(0, Cli.run(nfc, "sample", "--orgs", "15", "--periods", "2", "--articles", "12", "--seed", "5",
                    "--out", "content").status());
        }
        TestFiles.copyTree(nfc.resolve("content"), nfd.resolve("content"));
        int changed = decompose(nfd.resolve("content"));
        assertNotEquals(0, changed, "the content has Vietnamese letters to decompose");

        Cli.Run composed = Cli.run(nfc, "build");
        Cli.Run decomposed = Cli.run(nfd, "build");
        assertEquals(0, composed.status(), composed.err());
        assertEquals(composed.status(), decomposed.status());
        assertEquals(composed.err(), decomposed.err(), "the same warnings at the same columns");
        Map<String, String> expected = TestFiles.snapshot(nfc.resolve("site"));
        Map<String, String> actual = TestFiles.snapshot(nfd.resolve("site"));
        List<String> differing = expected.keySet().stream().filter(p -> !expected.get(p).equals(actual.get(p))).toList();
        assertEquals(List.of(), differing, "files that differ between the composed and the decomposed content's site");
        assertEquals(expected.keySet(), actual.keySet());
    }

    /** Rewrites every file under {@code dir} in NFD; returns how many files that changed. */
    private static int decompose(Path dir) throws IOException {
        int changed = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
                if (!nfd.equals(text)) {
                    Files.writeString(file, nfd, StandardCharsets.UTF_8);
                    changed++;
                }
            }
        }
        return changed;
    }
}
