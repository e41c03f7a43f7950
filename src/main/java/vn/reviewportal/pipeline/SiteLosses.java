package vn.reviewportal.pipeline;

import java.util.ArrayList;
import java.util.List;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Content;
import vn.reviewportal.output.PublishedSite;

/**
 * A new site that would have no review period, or no article, in place of a published one that
 * has some: almost always a folder that was missing, unmounted or unreadable when the build ran,
 * rarely a decision. An error unless the build is told ({@code --allow-empty}).
 */
final class SiteLosses {

    private SiteLosses() {
    }

    static List<Diagnostic> of(Content content, PublishedSite published, BuildOptions options) {
        List<Diagnostic> losses = new ArrayList<>();
        if (options.allowEmpty()) {
            return losses;
        }
        String site = options.outputDisplay();
        if (content.periods().isEmpty() && !published.periods().isEmpty()) {
            losses.add(Diagnostic.error(Code.SITE_WOULD_LOSE_PERIODS, Position.wholeFile(options.contentDisplay() + "/periods"),
                    "no review period was read, but " + site + "/ has " + published.periods().size() + " ("
                            + String.join(", ", published.periods().stream().map(String::valueOf).toList())
                            + "); the new site would have no statistics",
                    "check that " + options.contentDisplay() + "/periods/ is there and readable (a drive or share "
                            + "not mounted?); to publish a site without periods on purpose, build with --allow-empty"));
        }
        if (content.articles().isEmpty() && published.articles() > 0) {
            losses.add(Diagnostic.error(Code.SITE_WOULD_LOSE_ARTICLES, Position.wholeFile(options.contentDisplay() + "/articles"),
                    "no article was read, but " + site + "/ has " + published.articles() + "; the new site would have no news",
                    "check that " + options.contentDisplay() + "/articles/ is there and readable (a drive or share "
                            + "not mounted?); to publish a site without articles on purpose, build with --allow-empty"));
        }
        return losses;
    }
}
