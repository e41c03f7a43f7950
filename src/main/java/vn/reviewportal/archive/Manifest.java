package vn.reviewportal.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a snapshot holds: every file with its size and SHA-256, the year, the day it was
 * frozen, the generator that built it and the digest of the content it was built from.
 * Stored as {@code manifest.json} in the snapshot, beside a {@code SHA256SUMS} that
 * {@code sha256sum -c} can check without this program.
 */
public record Manifest(int year, String frozen, String generator, String contentDigest, List<Entry> files) {

    public static final String FILE = "manifest.json";
    public static final String SUMS = "SHA256SUMS";

    public Manifest {
        files = List.copyOf(files);
    }

    /** One file of a snapshot, by its path inside the snapshot. */
    public record Entry(String path, long size, String sha256) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    byte[] toJson() throws IOException {
        return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    byte[] sums() {
        StringBuilder text = new StringBuilder();
        files.forEach(f -> text.append(f.sha256()).append("  ").append(f.path()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public int pages() {
        return (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
