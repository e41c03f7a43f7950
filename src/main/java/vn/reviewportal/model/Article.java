package vn.reviewportal.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * A news article ({@code content/articles/<slug>.md}). {@code markdown} is the body after the
 * front matter; {@code bodyLine} is the file line on which the body starts, so that positions
 * inside the body can be reported as file positions.
 */
public record Article(String slug, String title, OffsetDateTime date, String author, String source,
                      String summary, List<String> tags, List<Ref> organizations, Optional<Ref> period,
                      String markdown, int bodyLine, Position at) {

    public Article {
        tags = List.copyOf(tags);
        organizations = List.copyOf(organizations);
    }
}
