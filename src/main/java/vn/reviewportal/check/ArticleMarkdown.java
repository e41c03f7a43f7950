package vn.reviewportal.check;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Addresses;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Characters;

/**
 * What in an article's Markdown a reader would not get as its writer meant it: raw HTML (shown
 * as text, never run), link and image addresses that the site drops (javascript:, data:, file:
 * and other schemes), nesting too deep for any page (an error: usually a paste gone wrong),
 * tables too large to read on a page (a warning: such figures belong in a download), and
 * control characters written as character references (an error, as when typed).
 */
final class ArticleMarkdown {

    /** Deepest nesting of quotes and lists; real articles need three or four levels. */
    static final int MAX_DEPTH = 16;
    /** Article pages are news/<slug>.html, one folder below the site's root. */
    private static final int ARTICLE_FOLDER_DEPTH = 1;
    /** Largest table that still reads as a table on a page. */
    static final int MAX_TABLE_ROWS = 2_000;

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** The article's Markdown parsed with the source spans of blocks and inlines: what the checks of its text read. */
    Node parse(Article article) {
        return parser.parse(article.markdown());
    }

    /** @param document the article's Markdown as {@link #parse(Article)} gives it */
    void check(Article article, Node document, Diagnostics diagnostics) {
        document.accept(new Visitor(article, diagnostics));
    }

    private static final class Visitor extends AbstractVisitor {
        private final Article article;
        private final Diagnostics diagnostics;
        private int depth;
        private boolean tooDeepReported;
        private boolean rawHtmlReported;

        Visitor(Article article, Diagnostics diagnostics) {
            this.article = article;
            this.diagnostics = diagnostics;
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            nested(blockQuote);
        }

        @Override
        public void visit(BulletList list) {
            nested(list);
        }

        @Override
        public void visit(OrderedList list) {
            nested(list);
        }

        private void nested(Node node) {
            depth++;
            if (depth > MAX_DEPTH) {
                if (!tooDeepReported) {
                    tooDeepReported = true;
                    diagnostics.error(Code.MARKDOWN_TOO_DEEP, at(node), "quotes and lists are nested more than "
                                    + MAX_DEPTH + " levels deep here",
                            "check for stray '>' or indented '-' at the start of lines; a page can show a few levels only");
                }
            } else {
                visitChildren(node);
            }
            depth--;
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                int rows = 0;
                for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                    for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                        rows += row instanceof TableRow ? 1 : 0;
                    }
                }
                if (rows > MAX_TABLE_ROWS) {
                    diagnostics.warning(Code.TABLE_TOO_LARGE, at(table), "this table has " + rows + " rows; more than "
                                    + MAX_TABLE_ROWS + " cannot be read on a page",
                            "keep the main figures in the article and publish the whole table as a period's data");
                }
            }
            visitChildren(block); // a table's cells hold text and links like any paragraph
        }

        @Override
        public void visit(HtmlBlock html) {
            rawHtml(html);
        }

        @Override
        public void visit(HtmlInline html) {
            rawHtml(html);
        }

        private void rawHtml(Node html) {
            if (!rawHtmlReported) {
                rawHtmlReported = true;
                diagnostics.warning(Code.RAW_HTML, at(html), "HTML tags in an article are shown as text, not as markup",
                        "write the formatting in Markdown (**bold**, lists with '- ', links as [text](address))");
            }
        }

        @Override
        public void visit(Text text) {
            referenced(text, text.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock code) {
            referenced(code, code.getInfo());
        }

        /**
         * A character that {@link Characters} refuses, written as a character reference
         * ({@code &#x202E;}), which the Markdown reader turns into the character itself: the
         * file's text held none, the page would. Code keeps its references as they are written.
         */
        private void referenced(Node node, String text) {
            int refused = text == null ? -1 : Characters.firstRefused(text, false);
            if (refused >= 0) {
                char c = text.charAt(refused);
                diagnostics.error(Characters.code(c), at(node), "this text holds " + Characters.describe(c)
                                + ", written as a character reference", Characters.writtenAs(c,
                        String.format("a character reference (&#x%X; or &#%d;)", (int) c, (int) c)));
            }
        }

        @Override
        public void visit(Link link) {
            referenced(link, link.getDestination());
            referenced(link, link.getTitle());
            if (!Addresses.linkAllowed(link.getDestination())) {
                dropped(link, link.getDestination(), "link",
                        "only web (http, https), mailto and relative addresses are kept");
            } else {
                insideTheSite(link, link.getDestination());
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            referenced(image, image.getDestination());
            referenced(image, image.getTitle());
            if (!Addresses.imageAllowed(image.getDestination())) {
                dropped(image, image.getDestination(), "image",
                        "images are shown only from the site itself, which the intranet can always reach");
            } else {
                insideTheSite(image, image.getDestination());
            }
        }

        private void dropped(Node node, String destination, String what, String rule) {
            String shown = destination.length() > 40 ? destination.substring(0, 40) + "…" : destination;
            diagnostics.warning(Code.ADDRESS_REMOVED, at(node), "the " + what + " address '" + shown
                    + "' is removed from the page: " + rule, "put the file in the site or link to a web page instead");
        }

        /**
         * A relative address must stay inside the site, which is opened from a USB stick or
         * under any folder of a web server: '/tai-lieu/a.pdf' works only at the server's root,
         * and '../../x' climbs out of the site. A browser reads '\\' as '/' and '%2e' as '.', so
         * the address is judged as the browser will read it; and one the page cannot hold as
         * written (a lone '%', a '[') is said here, at the article's own line, rather than at a
         * line of the page made from it. (Whether the target exists is checked once the site is
         * rendered.)
         */
        private void insideTheSite(Node node, String destination) {
            String address = destination.strip();
            String path = address.replaceFirst("[?#].*$", "");
            if (path.contains(":")) {
                return;
            }
            Optional<String> unreadable = unreadable(address);
            String decoded = decoded(path).replace('\\', '/');
            if (decoded.startsWith("/")) {
                diagnostics.error(Code.ABSOLUTE_ADDRESS, at(node), "the address '" + shown(path) + "' starts with '/', which "
                                + "breaks when the site is opened from a folder or a USB stick",
                        "write it relative to the article's page (news/" + article.slug() + ".html), e.g. '.."
                                + decoded + "'");
                return;
            }
            int depth = ARTICLE_FOLDER_DEPTH;
            for (String segment : decoded.split("/")) {
                depth += segment.equals("..") ? -1 : segment.isEmpty() || segment.equals(".") ? 0 : 1;
                if (depth < 0) {
                    diagnostics.error(Code.LINK_LEAVES_SITE, at(node), "the address '" + shown(path)
                                    + "' leads out of the site, which has nothing there to show",
                            "an article's page is one folder deep: '../' leads to the site's first page");
                    return;
                }
            }
            unreadable.ifPresent(why -> diagnostics.error(Code.INVALID_ADDRESS, at(node), "the address '" + shown(address)
                    + "' cannot be written in a page as it is: " + why, "write '/' between folders, and a character "
                    + "such as [ ] { } | ^ or a lone % as its escape (%5B %5D %7B %7D %7C %5E %25)"));
        }

        /** Why a page cannot hold the address as written, the way the link check reads it; empty if it can. */
        private static Optional<String> unreadable(String address) {
            for (int i = 0; i < address.length(); i++) {
                char c = address.charAt(i);
                if (c == '%' && !(i + 2 < address.length() && hex(address.charAt(i + 1)) && hex(address.charAt(i + 2)))) {
                    return Optional.of("a '%' must start an escape of two hex digits, such as %20");
                }
                if (c == '\\') {
                    return Optional.of("'\\' is not a separator of folders in an address");
                }
            }
            String written = address.replace(" ", "%20"); // as the link check reads the page's href
            try {
                new URI(written);
                return Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.of(e.getIndex() >= 0 && e.getIndex() < written.length()
                        ? "the character '" + written.charAt(e.getIndex()) + "' is not allowed there"
                        : "it is not a valid address");
            }
        }

        private static boolean hex(char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        /** The address with each %XX escape read as its byte, as a browser reads dots and slashes; bad escapes stay. */
        private static String decoded(String path) {
            if (path.indexOf('%') < 0) {
                return path;
            }
            byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(utf8.length);
            for (int i = 0; i < utf8.length; i++) {
                if (utf8[i] == '%' && i + 2 < utf8.length && hex((char) utf8[i + 1]) && hex((char) utf8[i + 2])) {
                    bytes.write(Character.digit(utf8[i + 1], 16) * 16 + Character.digit(utf8[i + 2], 16));
                    i += 2;
                } else {
                    bytes.write(utf8[i]);
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        private static String shown(String address) {
            return address.length() > 60 ? address.substring(0, 60) + "…" : address;
        }

        private Position at(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return new Position(article.at().file(), article.bodyLine(), 1);
            }
            SourceSpan span = spans.get(0);
            return new Position(article.at().file(), article.bodyLine() + span.getLineIndex(), span.getColumnIndex() + 1);
        }
    }
}
