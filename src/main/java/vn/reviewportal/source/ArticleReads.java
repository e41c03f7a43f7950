package vn.reviewportal.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The articles one build read, by the state of the file each was read from. The next build
 * takes an article (with its diagnostics) from here instead of reading it again when its file
 * has the same size, modification time and identity, as version control does to find changed
 * files. The preview server builds again on every save. Immutable.
 */
public final class ArticleReads {

    public static final ArticleReads NONE = new ArticleReads(Map.of(), 0);

    private final Map<Stamp, ArticleRead> byStamp;
    private final int reused;

    private ArticleReads(Map<Stamp, ArticleRead> byStamp, int reused) {
        this.byStamp = Map.copyOf(byStamp);
        this.reused = reused;
    }

    /** How many articles the build that made this record took from the one before instead of reading them. */
    public int reused() {
        return reused;
    }

    /**
     * Reads each article with {@code read}, unless this record holds it as read from the file in
     * the same state.
     */
    public Reuse reuse(Function<Path, ArticleRead> read) {
        return new Reuse(byStamp, read);
    }

    /**
     * An article reading that takes unchanged articles from the previous build, and records what
     * it reads or takes for the next one. Called for each article file, on any thread.
     */
    public static final class Reuse implements Function<Path, ArticleRead> {
        private final Map<Stamp, ArticleRead> previous;
        private final Function<Path, ArticleRead> read;
        private final Map<Stamp, ArticleRead> next = new ConcurrentHashMap<>();
        private final AtomicInteger reused = new AtomicInteger();

        private Reuse(Map<Stamp, ArticleRead> previous, Function<Path, ArticleRead> read) {
            this.previous = previous;
            this.read = read;
        }

        @Override
        public ArticleRead apply(Path file) {
            Optional<Stamp> stamp = Stamp.of(file);
            ArticleRead known = stamp.map(previous::get).orElse(null);
            if (known != null) {
                reused.incrementAndGet();
            }
            ArticleRead article = known != null ? known : read.apply(file);
            stamp.ifPresent(state -> next.put(state, article));
            return article;
        }

        /** The articles read or taken so far, for the next build; asked once the content is loaded. */
        public ArticleReads next() {
            return new ArticleReads(next, reused.get());
        }
    }

    /** A file's state as the file system reports it without reading the file. */
    private record Stamp(Path file, long size, long modifiedNanos, Object fileKey) {

        /**
         * Files changed in the last two seconds are not stamped (and so read again next time):
         * the file system's clock moves in steps of milliseconds, and a second save within the
         * same step, of the same length, would otherwise go unseen.
         */
        private static final Duration SETTLED = Duration.ofSeconds(2);

        static Optional<Stamp> of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Instant modified = attributes.lastModifiedTime().toInstant();
                if (modified.plus(SETTLED).isAfter(Instant.now())) {
                    return Optional.empty();
                }
                return Optional.of(new Stamp(file, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        attributes.fileKey()));
            } catch (IOException e) {
                return Optional.empty(); // read it, and let the reading report the problem
            }
        }
    }
}
