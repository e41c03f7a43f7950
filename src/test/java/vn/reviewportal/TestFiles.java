package vn.reviewportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** File helpers for tests: the project folder, copying trees and fingerprinting a folder. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The project folder (Surefire passes it; an IDE runs tests from it). */
    public static Path project() {
        return Path.of(System.getProperty("portal.projectDir", "")).toAbsolutePath();
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every file under {@code root} (relative path, forward slashes) with the SHA-256 of its bytes. */
    public static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    /**
     * Where two folders differ, for a failure message: each file in one and not the other, and for
     * each file in both with other bytes, its first line that differs in each.
     */
    public static String differences(Path one, Path two) throws IOException {
        Map<String, String> a = snapshot(one);
        Map<String, String> b = snapshot(two);
        StringBuilder out = new StringBuilder();
        for (String path : new TreeSet<>(concat(a.keySet(), b.keySet()))) {
            if (!a.containsKey(path) || !b.containsKey(path)) {
                out.append(path).append(a.containsKey(path) ? " only in " + one : " only in " + two).append('\n');
            } else if (!a.get(path).equals(b.get(path))) {
                List<String> x = Files.readAllLines(one.resolve(path));
                List<String> y = Files.readAllLines(two.resolve(path));
                int line = 0;
                while (line < Math.min(x.size(), y.size()) && x.get(line).equals(y.get(line))) {
                    line++;
                }
                out.append(path).append(" line ").append(line + 1).append(":\n  ")
                        .append(line < x.size() ? x.get(line) : "(end)").append("\n  ")
                        .append(line < y.size() ? y.get(line) : "(end)").append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
