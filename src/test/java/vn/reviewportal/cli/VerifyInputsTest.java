package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/**
 * 'portal verify' given what is not an intact snapshot: a damaged, cut-short or hostile zip, or a
 * path that is no snapshot at all. Each is said in a sentence with the right exit status, never
 * as an internal error, and a zip is never inflated further than its manifest allows.
 */
class VerifyInputsTest {

    private static final String REMAKE = "; make it again with 'portal archive 2012 --zip --force' or restore it\n"
            + "verify failed: 1 problem\n";
    private static final String PATHS = "; PATH is an archive folder, a snapshot folder, a published site or a "
            + "snapshot zip\nverify failed: 1 problem\n";

    @TempDir
    Path work;

    private byte[] zip;

    private Cli.Run portal(String... args) {
        return Frozen.portal(work, args);
    }

    @BeforeEach
    void freeze() throws IOException {
        Frozen.buildAndFreeze(work);
        zip = Files.readAllBytes(work.resolve("archive/2012.zip"));
        Files.createDirectories(work.resolve("copies"));
    }

    @Test
    void aZipWithOneFlippedByteIsOneProblemLine() throws IOException {
        byte[] damaged = zip.clone();
        damaged[middleOfTheLargestEntry()] ^= 0x10;
        Files.write(work.resolve("copies/2012.zip"), damaged);

        Cli.Run run = portal("verify", "copies/2012.zip");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("copies/2012.zip: error[ARCHIVE-ZIP-DAMAGED]: the zip is damaged or incomplete: "),
                run.err());
        assertTrue(run.err().endsWith(REMAKE), run.err());
        assertEquals(2, run.err().lines().count(), run.err());
        Frozen.assertNoInternals(run);
    }

    @Test
    void aZipCutShortAnywhereIsOneProblemLine() throws IOException {
        for (int length : List.of(zip.length - 1, zip.length - 22, zip.length / 2, 30)) {
            Files.write(work.resolve("copies/2012.zip"), Arrays.copyOf(zip, length));
            Cli.Run run = portal("verify", "copies/2012.zip");
            assertEquals(1, run.status(), length + ": " + run.err());
            assertEquals("copies/2012.zip: error[ARCHIVE-ZIP-DAMAGED]: the zip is damaged or incomplete: its table "
                    + "of contents, at the end of the file, is missing or corrupt (the file was cut short, or changed)"
                    + REMAKE, run.err());
            Frozen.assertNoInternals(run);
        }
    }

    /**
     * 2 MB that inflate to 2 GiB of zeros, which the zip's own manifest says is 10 bytes, and the
     * same again not in the manifest: the first is read 11 bytes far, the second not at all.
     */
    @Test
    void aZipBombIsReadNoFurtherThanItsManifestSays() throws IOException {
        String sha256OfTenZeros = TestFiles.sha256(new byte[10]);
        String manifest = """
                {
                  "year" : 2012,
                  "frozen" : "2013-12-31",
                  "generator" : "review-portal 0.1.0",
                  "contentDigest" : "",
                  "files" : [ {
                    "path" : "bomb.bin",
                    "size" : 10,
                    "sha256" : "%s"
                  } ]
                }
                """.formatted(sha256OfTenZeros);
        RawZip bomb = new RawZip();
        bomb.stored("2012/manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        bomb.stored("2012/SHA256SUMS", (sha256OfTenZeros + "  bomb.bin\n").getBytes(StandardCharsets.UTF_8));
        bomb.zeros("2012/bomb.bin", 2048);
        bomb.zeros("2012/unlisted.bin", 2048);
        Files.write(work.resolve("copies/bomb.zip"), bomb.bytes());

        Cli.Run run = portal("verify", "copies/bomb.zip");
        assertEquals(1, run.status(), run.err());
        assertEquals("copies/bomb.zip!/2012/bomb.bin: error[ARCHIVE-CHANGED]: changed since it was frozen (more than "
                + "the 10 bytes the manifest says)\n"
                + "copies/bomb.zip!/2012/unlisted.bin: error[ARCHIVE-EXTRA-FILE]: extra (not in the manifest)\n"
                + "verify failed: 2 problems\n", run.err());
        Frozen.assertNoInternals(run);
    }

    @Test
    void aFileThatIsNotAZipIsSaidSo() throws IOException {
        Files.writeString(work.resolve("copies/2012.zip"), "Kết quả kiểm điểm năm 2012\n");
        Cli.Run notZip = portal("verify", "copies/2012.zip");
        assertEquals(1, notZip.status());
        assertEquals("copies/2012.zip: error[ARCHIVE-NOT-A-ZIP]: is not a zip file (a zip begins with the letters "
                + "PK)" + PATHS, notZip.err());

        Files.write(work.resolve("copies/empty.zip"), new byte[0]);
        Cli.Run empty = portal("verify", "copies/empty.zip");
        assertEquals(1, empty.status());
        assertEquals("copies/empty.zip: error[ARCHIVE-NOT-A-ZIP]: is empty (0 bytes), not a snapshot zip" + PATHS,
                empty.err());
        Frozen.assertNoInternals(notZip);
        Frozen.assertNoInternals(empty);
    }

    @Test
    void aFolderNamedLikeAZipIsSaidSo() throws IOException {
        Files.createDirectories(work.resolve("copies/2013.zip"));
        Cli.Run run = portal("verify", "copies/2013.zip/");
        assertEquals(1, run.status());
        assertEquals("copies/2013.zip: error[ARCHIVE-NO-SNAPSHOT]: no snapshot found (a snapshot folder has a "
                + "manifest.json); it is a folder, not a zip file\nverify failed: 1 problem\n", run.err());
        Frozen.assertNoInternals(run);
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        Cli.Run run = portal("verify", "copies/2019.zip");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("there is nothing at copies/2019.zip; PATH is an archive folder, a snapshot "
                + "folder, a published site or a snapshot zip\nUsage: portal verify"), run.err());
        Frozen.assertNoInternals(run);
    }

    @Test
    void aPathThatCannotBeReadIsSaidSo() throws Exception {
        Path copy = Files.write(work.resolve("copies/2012.zip"), zip);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("---------"));
        Cli.Run run = HeldToPermissions.portal(work, "verify", "copies/2012.zip");
        assertEquals(1, run.status());
        assertEquals("copies/2012.zip: error[ARCHIVE-UNREADABLE]: cannot be read: permission denied\nverify failed: 1 problem\n", run.err());
    }

    /** Where the middle of the largest entry's compressed data is in the zip: the entry's local header says. */
    private int middleOfTheLargestEntry() throws IOException {
        ZipEntry largest;
        try (ZipFile file = new ZipFile(work.resolve("archive/2012.zip").toFile())) {
            largest = Collections.max(Collections.list(file.entries()),
                    java.util.Comparator.comparingLong(ZipEntry::getCompressedSize));
        }
        byte[] name = largest.getName().getBytes(StandardCharsets.UTF_8);
        int header = indexOf(zip, name) - 30; // the first copy of the name is in the entry's local header
        int extra = (zip[header + 28] & 0xff) | (zip[header + 29] & 0xff) << 8;
        return header + 30 + name.length + extra + (int) largest.getCompressedSize() / 2;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the zip");
    }

    /**
     * A zip written byte by byte, so that one mebibyte of zeros can be deflated once and its
     * compressed block repeated: after a full flush a deflater starts afresh, so every mebibyte
     * compresses to the same bytes, and a 2 GiB entry takes milliseconds and 2 MB to make.
     */
    private static final class RawZip {
        private static final int MIB = 1 << 20;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int entries;

        void stored(String name, byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data);
            entry(name, 0, data, data.length, crc.getValue());
        }

        void zeros(String name, int mebibytes) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            byte[] zeros = new byte[MIB];
            deflater.setInput(zeros);
            byte[] buffer = new byte[64 * 1024];
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            int n;
            do { // a flush is complete when the buffer is not filled (Deflater.deflate)
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                block.write(buffer, 0, n);
            } while (n == buffer.length);
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            CRC32 crc = new CRC32();
            for (int i = 0; i < mebibytes; i++) {
                data.writeBytes(block.toByteArray());
                crc.update(zeros);
            }
            deflater.finish();
            while (!deflater.finished()) {
                data.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            entry(name, 8, data.toByteArray(), (long) mebibytes * MIB, crc.getValue());
        }

        private void entry(String name, int method, byte[] data, long size, long crc) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            int[] common = {20, 0, method, 0, 0x21}; // version needed, flags, method, time, date (1 Jan 1980)
            le(out, 0x04034b50, 4);
            for (int i = 0; i < common.length; i++) {
                le(out, common[i], 2);
            }
            sizes(out, crc, data.length, size, nameBytes.length);
            le(out, 0, 2);
            out.writeBytes(nameBytes);
            out.writeBytes(data);
            le(directory, 0x02014b50, 4);
            le(directory, 20, 2);
            for (int i = 0; i < common.length; i++) {
                le(directory, common[i], 2);
            }
            sizes(directory, crc, data.length, size, nameBytes.length);
            le(directory, 0, 2 + 2 + 2 + 2); // extra, comment, disk, internal attributes
            le(directory, 0, 4); // external attributes
            le(directory, offset, 4);
            directory.writeBytes(nameBytes);
            entries++;
        }

        private static void sizes(ByteArrayOutputStream to, long crc, long compressed, long size, int nameLength) {
            le(to, crc, 4);
            le(to, compressed, 4);
            le(to, size, 4);
            le(to, nameLength, 2);
        }

        byte[] bytes() {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            zip.writeBytes(out.toByteArray());
            zip.writeBytes(directory.toByteArray());
            le(zip, 0x06054b50, 4);
            le(zip, 0, 4); // this disk, the directory's disk
            le(zip, entries, 2);
            le(zip, entries, 2);
            le(zip, directory.size(), 4);
            le(zip, out.size(), 4);
            le(zip, 0, 2);
            return zip.toByteArray();
        }

        /** {@code value} as {@code bytes} little-endian bytes. */
        private static void le(ByteArrayOutputStream to, long value, int bytes) {
            for (int i = 0; i < bytes; i++) {
                to.write((int) (value >>> (8 * (i % 8))) & 0xff);
            }
        }
    }
}
