package vn.reviewportal.source;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.reviewportal.diag.Diagnostics;

/**
 * What reading content files gathers: diagnostics, the text of each file a diagnostic may quote,
 * the files to read again instead when their text is not kept, and a digest of what was read.
 * A file read on its own core has a reading of its own, joined in file-name order into the
 * reading of the whole folder, so that the result does not depend on the cores. Not thread-safe.
 */
final class FileReading {

    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, String> texts = new LinkedHashMap<>();
    /** Files whose text is not kept but read again when a diagnostic quotes a line, by displayed path. */
    private final Map<String, Path> onDisk = new LinkedHashMap<>();
    /**
     * What is read goes into the digest; for a reading of one file, into that file's own digest,
     * made on first use (the joined reading takes in that file's digest).
     */
    private MessageDigest digest;

    private FileReading(MessageDigest digest) {
        this.digest = digest;
    }

    /** The reading of the whole content folder, into which the readings of single files are joined. */
    static FileReading ofFolder() {
        return new FileReading(sha256());
    }

    /** The reading of one file, on any core. */
    static FileReading ofOneFile() {
        return new FileReading(null);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Keeps the text of a file read, for diagnostics to quote. */
    void keep(String display, String text) {
        texts.put(display, text);
    }

    /** Drops the text of a file read, to be read again from the file if a diagnostic quotes it. */
    void quoteFromDisk(String display, Path file) {
        if (texts.remove(display) != null) {
            onDisk.put(display, file);
        }
    }

    void addToDigest(byte[] part) {
        if (digest == null) {
            digest = sha256();
        }
        digest.update(part);
    }

    /** Ends a reading of one file: what it found, without its working state. */
    FileRead done() {
        return new FileRead(diagnostics.list(), texts, onDisk, digest == null ? new byte[0] : digest.digest());
    }

    /**
     * Takes in what a reading of one file found: its diagnostics, text and share of the digest.
     * What a previous load read may be joined again.
     */
    void join(FileRead one) {
        diagnostics.addAll(one.diagnostics());
        texts.putAll(one.texts());
        onDisk.putAll(one.onDisk());
        digest.update(one.digest());
    }

    SourceTexts sources() {
        return new SourceTexts(texts, onDisk);
    }

    /**
     * SHA-256 over the text of every file read (composed, without a byte-order mark), with its
     * path, in the order read (which is fixed); a file read on another core counts by its own
     * SHA-256 of the same.
     */
    String digest() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
