package vn.reviewportal.source;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Slugs;

/**
 * Reads an article, {@code articles/<slug>.md}: its front matter (title, date, author and what
 * it is about) and its Markdown body. The file name is the article's web address.
 */
final class ArticleReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NUMBERED = Pattern.compile("\\d+[.)] ");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");
    private static final List<String> KEYS = List.of("title", "date", "author", "source", "summary", "tags",
            "organizations", "period");

    private final YamlReader yaml;

    ArticleReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * @param file the file as named in messages, e.g. {@code content/articles/2013-05-03-tieu-de.md}
     * @param text its text as read
     * @return the article, or empty after reporting why there is none
     */
    Optional<Article> read(String file, String text, Diagnostics diagnostics) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String slug = name.substring(0, name.length() - ".md".length());
        if (!SLUG.matcher(slug).matches()) {
            String suggested = Slugs.slug(slug);
            diagnostics.error(Code.INVALID_SLUG, Position.wholeFile(file),
                    "the file name '" + name + "' cannot be used as a web address",
                    "use lowercase letters a-z, digits and hyphens" + (suggested.isEmpty() ? "" : ", e.g. '" + suggested + ".md'"));
            return Optional.empty();
        }
        Optional<String> reserved = Slugs.reserved(slug);
        if (reserved.isPresent()) {
            diagnostics.error(Code.RESERVED_NAME, Position.wholeFile(file), "the file name '" + name
                    + "' cannot be used for an article: " + reserved.get(), "rename the file, e.g. to '"
                    + slug + "-1.md' or, better, after the article's title");
            return Optional.empty();
        }
        return FrontMatter.split(file, text, diagnostics).flatMap(fm -> article(file, slug, fm, diagnostics));
    }

    private Optional<Article> article(String file, String slug, FrontMatter fm, Diagnostics diagnostics) {
        return yaml.read(file, fm.yaml(), fm.yamlLine(), diagnostics)
                .flatMap(root -> Fields.of(root, "the front matter", KEYS, diagnostics))
                .flatMap(f -> {
                    Optional<String> title = f.text("title", true);
                    Optional<OffsetDateTime> date = f.dateTime("date", true);
                    String author = f.text("author", false).orElse("");
                    String source = f.text("source", false).orElse("");
                    String summary = f.text("summary", false).orElseGet(() -> firstParagraph(fm.body()));
                    List<String> tags = f.texts("tags");
                    List<Ref> organizations = new ArrayList<>();
                    for (YamlNode item : f.list("organizations", false).orElse(List.of())) {
                        if (item instanceof YamlNode.Scalar scalar && Fields.validId(scalar.text(), item.at(), diagnostics)) {
                            organizations.add(new Ref(scalar.text(), item.at()));
                        } else if (!(item instanceof YamlNode.Scalar)) {
                            diagnostics.error(Code.WRONG_TYPE, item.at(), "each item of 'organizations' must be an id",
                                    "write one organization id per line, each starting with '- '");
                        }
                    }
                    // A year is a count (period: 2012); a half-year or a term is its id (period: 2019-6-thang-dau).
                    Optional<Ref> period = f.node("period", false)
                            .filter(n -> n instanceof YamlNode.Scalar s && PeriodSpan.parse(s.text().strip())
                                    .filter(p -> p.kind() != PeriodSpan.Kind.YEAR).isPresent())
                            .map(n -> new Ref(((YamlNode.Scalar) n).text().strip(), f.valueAt("period")))
                            .or(() -> f.count("period", false).stream()
                                    .mapToObj(y -> new Ref(Long.toString(y), f.valueAt("period"))).findFirst());
                    if (title.isEmpty() || date.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Article(slug, title.get(), date.get(), author, source, summary, tags,
                            organizations, period, fm.body(), fm.bodyLine(), Position.wholeFile(file)));
                });
    }

    /**
     * The first paragraph of a Markdown body as plain text, for an article without a summary:
     * headings, lists, tables and quotes are skipped, links keep their text, emphasis marks go.
     */
    static String firstParagraph(String markdown) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.lines().toList()) {
            String text = line.strip();
            if (text.isEmpty()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (paragraph.length() == 0 && (text.startsWith("#") || text.startsWith("|") || text.startsWith(">")
                    || text.startsWith("- ") || text.startsWith("* ") || NUMBERED.matcher(text).lookingAt()
                    || text.startsWith("```") || text.startsWith("---") || text.startsWith("!["))) {
                continue;
            }
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(text);
        }
        String linksAsText = LINK.matcher(paragraph).replaceAll("$1");
        return EMPHASIS.matcher(linksAsText).replaceAll("").strip();
    }
}
