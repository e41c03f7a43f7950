package vn.reviewportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.reviewportal.archive.Archive;
import vn.reviewportal.output.PublishedSite;

/**
 * The file every build writes into the site is named in two packages that may not see each
 * other: 'portal archive' reads it for the manifest, the next build for what the site holds.
 * The build, which sees both, keeps the two names one.
 */
class BuildInfoTest {

    @Test
    void archiveAndTheNextBuildReadTheFileTheBuildWrites() {
        assertEquals(Archive.BUILD_INFO, PublishedSite.FILE);
    }
}
