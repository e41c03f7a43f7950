package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.reviewportal.TestFiles;

/** Where the archive tests start: the default content built, and its 2012 frozen as a folder and a zip. */
final class Frozen {

    /** The last day of 2013 in Hà Nội: the day 2012 is frozen. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2013-12-31T03:00:00Z"), ZoneOffset.ofHours(7));

    /** What a message for a user never holds: Java's and the libraries' own words. */
    private static final List<String> INTERNALS = List.of("Exception", "exception", "java.", "vn.reviewportal",
            "reference chain", "internal error", "--debug", "Source:", "StreamReadFeature", "`");

    private Frozen() {
    }

    static Cli.Run portal(Path work, String... args) {
        return Cli.run(work, CLOCK, args);
    }

    static void buildAndFreeze(Path work) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        Cli.Run build = portal(work, "build");
        assertEquals(0, build.status(), build.err());
        Cli.Run archive = portal(work, "archive", "2012", "--zip");
        assertEquals(0, archive.status(), archive.err());
    }

    static void assertNoInternals(Cli.Run run) {
        for (String internal : INTERNALS) {
            assertFalse(run.out().contains(internal) || run.err().contains(internal),
                    "'" + internal + "' in:\n" + run.out() + run.err());
        }
    }
}
