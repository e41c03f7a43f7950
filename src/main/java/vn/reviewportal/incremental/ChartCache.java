package vn.reviewportal.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.page.ChartPlan;

/**
 * Charts kept across builds, beside the output folder ({@code .site.cache/charts/} for
 * {@code site/}), under a SHA-256 of their plan and the generator version: a chart is drawn
 * again only when its figures, labels, size or the generator change. After a successful build
 * the charts it did not use are dropped, so the cache holds one site's charts at most.
 *
 * <p>The drawing also depends on the installed fonts, which no key can see: after changing the
 * fonts, delete the cache folder (docs/performance.md).
 */
final class ChartCache {

    private final Optional<Path> folder;
    private final String generator;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** A cache beside {@code outputDir}; none (every chart drawn) without an output folder. */
    ChartCache(Optional<Path> outputDir, String generator) {
        this.generator = generator;
        this.folder = outputDir.map(out -> out.toAbsolutePath().normalize())
                .map(out -> out.resolveSibling("." + out.getFileName() + ".cache").resolve("charts"));
    }

    /** The chart from the cache, or drawn by {@code draw} and kept. Safe on many threads. */
    SiteFile chart(ChartPlan plan, Function<ChartPlan, SiteFile> draw) {
        if (folder.isEmpty()) {
            return draw.apply(plan);
        }
        String key = key(plan);
        used.add(key);
        Path file = folder.get().resolve(key + ".svg");
        try {
            if (Files.isRegularFile(file)) {
                return new SiteFile(plan.path(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            // an unreadable entry is drawn again
        }
        SiteFile drawn = draw.apply(plan);
        try {
            Files.createDirectories(folder.get());
            Path temporary = folder.get().resolve(key + "." + Thread.currentThread().getId() + ".tmp");
            Files.write(temporary, drawn.bytes());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only means drawing again next time
        }
        return drawn;
    }

    /** Drops every chart this build did not use. */
    void dropUnused() {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.get())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.endsWith(".svg") || !used.contains(name.substring(0, name.length() - ".svg".length()))) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // left for the next build to drop
        }
    }

    private String key(ChartPlan plan) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((generator + "\n" + plan).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
