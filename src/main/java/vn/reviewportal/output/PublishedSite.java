package vn.reviewportal.output;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the site already in the output folder was built from, as its {@code build-info.properties}
 * says: the ids of its review periods (2012, 2019-6-thang-dau, 2015-2020) and how many articles it has. A build compares these
 * with its own before it replaces the site, so that a periods or articles folder that was
 * missing or unreadable at the time does not silently publish a portal without statistics or
 * news. A site built before the file said so counts as unknown.
 */
public record PublishedSite(List<String> periods, int articles) {

    /** The file every build writes into the site; Archive.BUILD_INFO names it too (BuildInfoTest keeps them one). */
    public static final String FILE = "build-info.properties";

    public PublishedSite {
        periods = List.copyOf(periods);
    }

    /** The published site's figures, if it has a build-info that gives them. */
    public static Optional<PublishedSite> read(Path site) {
        Path file = site.resolve(FILE);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 64 * 1024) {
                return Optional.empty();
            }
            Properties info = new Properties();
            info.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String periods = info.getProperty("periods");
            String articles = info.getProperty("articles");
            if (periods == null || articles == null) {
                return Optional.empty();
            }
            List<String> ids = periods.isBlank() ? List.of()
                    : Arrays.stream(periods.split(",")).map(String::strip).toList();
            return Optional.of(new PublishedSite(ids, Integer.parseInt(articles.strip())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unknown: nothing to compare with
        }
    }

    /** The lines of build-info.properties that {@link #read(Path)} reads back. */
    public String lines() {
        return "periods=" + String.join(",", periods) + "\narticles=" + articles
                + "\n";
    }
}
