package vn.reviewportal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What reading one file of a snapshot found: its size, its SHA-256 and, when asked for, its
 * bytes. A file is read at most one byte past the size expected of it, hashed as it is read:
 * a file that inflates to gigabytes costs no more than the size its manifest says.
 *
 * @param longer whether the file went on past the size expected (then size and SHA-256 are
 *               of its beginning only)
 * @param bytes  the bytes read, or null when they were not kept
 */
record Contents(long size, boolean longer, String sha256, byte[] bytes) {

    private static final int BUFFER = 64 * 1024;

    static Contents read(InputStream in, long expected, boolean keep) throws IOException {
        MessageDigest digest = Manifest.digest();
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream((int) Math.min(expected + 1, BUFFER)) : null;
        byte[] buffer = new byte[(int) Math.min(expected + 1, BUFFER)];
        long size = 0;
        while (size <= expected) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, expected + 1 - size));
            if (n < 0) {
                break;
            }
            digest.update(buffer, 0, n);
            if (keep) {
                kept.write(buffer, 0, n);
            }
            size += n;
        }
        return new Contents(size, size > expected, HexFormat.of().formatHex(digest.digest()),
                keep ? kept.toByteArray() : null);
    }
}
