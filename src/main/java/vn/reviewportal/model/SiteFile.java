package vn.reviewportal.model;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.regex.Pattern;

/** One file of the generated site: a relative path with forward slashes, and its bytes. */
public record SiteFile(String path, byte[] bytes) {

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    public SiteFile {
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            throw new IllegalArgumentException("not a safe site path: " + path);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** How many bytes the file has. */
    public int size() {
        return bytes.length;
    }

    /** Whether the file has exactly these bytes. */
    public boolean hasBytes(byte[] other) {
        return Arrays.equals(bytes, other);
    }

    /** Writes the bytes to the stream, without the copy that {@link #bytes()} makes. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiteFile f && f.path.equals(path) && Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return path + " (" + bytes.length + " bytes)";
    }
}
