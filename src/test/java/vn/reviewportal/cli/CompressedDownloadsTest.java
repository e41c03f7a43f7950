package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compressed_downloads: always} on the 60-organization sample, beside the same sample built
 * as it is (which, at 60 organizations, {@code auto} leaves uncompressed): the files of every
 * organization and of the tidy dataset are published as {@code .gz}, and hold,
 * unpacked, exactly what the plain site's files hold; the pages link to them and say so.
 */
class CompressedDownloadsTest {

    @TempDir
    static Path work;
    private static Path plain;
    private static Path packed;

    @BeforeAll
    static void build() throws IOException {
        assertEquals(0, Cli.run(work, "sample", "--orgs", "60", "--periods", "3", "--seed", "1", "--out", "sample")
                .status());
        Cli.Run first = Cli.run(work, "build", "--content", "sample", "--out", "plain");
        assertEquals(0, first.status(), first.err());
        Path site = work.resolve("sample/site.yaml");
        Files.writeString(site, Files.readString(site) + "compressed_downloads: always\n");
        Cli.Run second = Cli.run(work, "build", "--content", "sample", "--out", "packed");
        assertEquals(0, second.status(), second.err());
        plain = work.resolve("plain");
        packed = work.resolve("packed");
    }

    private static byte[] unpacked(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static List<String> files(Path site, String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void eachCompressedFileUnpacksToThePlainSitesFileAndNothingElseChangesName() throws IOException {
        List<String> before = files(plain, "data");
        List<String> after = files(packed, "data");
        assertEquals(before.size(), after.size(), "a file for each file");
        int compressed = 0;
        for (String path : after) {
            if (path.endsWith(".gz")) {
                String original = path.substring(0, path.length() - 3);
                assertArrayEquals(Files.readAllBytes(plain.resolve(original)), unpacked(packed.resolve(path)), path);
                compressed++;
            } else {
                assertTrue(before.contains(path), path + " is in the plain site too");
            }
        }
        for (String path : List.of("data/dataset/2024.csv.gz", "data/dataset/2024.json.gz", "data/2024/shortcomings.csv.gz",
                "data/2024/shortcomings.json.gz", "data/organizations/periods.csv.gz", "data/organizations/periods.json.gz")) {
            assertTrue(after.contains(path), path + " is published compressed");
        }
        for (String path : List.of("data/dataset/organizations.csv", "data/dataset/organizations.json",
                "data/2024/organizations.csv", "data/2024/organizations.json")) {
            assertTrue(after.contains(path), path + " stays as it is: the list of organizations, or a table of its own");
        }
        assertTrue(compressed >= 10, compressed + " files compressed");
    }

    @Test
    void thePagesLinkTheCompressedFilesAndSaySo() throws IOException {
        String periods = Files.readString(packed.resolve("periods/index.html"));
        assertTrue(periods.contains("href=\"../data/dataset/2024.csv.gz\" download>CSV (nén gzip)</a>"), periods);
        assertTrue(periods.contains("href=\"../data/dataset/organizations.csv\" download>CSV</a>"));
        assertTrue(periods.contains("được nén gzip (đuôi .gz)"), "the section says why and how to open them");
        assertFalse(Files.readString(plain.resolve("periods/index.html")).contains("gzip"));
        String organization = Files.readString(packed.resolve("organizations/chi-bo-0001-01.html"));
        assertTrue(organization.contains("href=\"../data/organizations/periods.json.gz\" download>JSON (nén gzip)</a>"),
                "an organization's table links the compressed files of every organization's rows");
        assertTrue(organization.contains("href=\"../data/organizations/periods.csv.gz\" download>CSV (nén gzip)</a>"));
    }
}
