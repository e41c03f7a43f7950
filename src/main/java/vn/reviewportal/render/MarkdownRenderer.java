package vn.reviewportal.render;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import vn.reviewportal.model.Addresses;

/**
 * Article Markdown to HTML. Raw HTML in the Markdown is shown as text, never passed through,
 * and link and image addresses are limited to relative ones, http(s) and mailto, so that no
 * article can put script into a page.
 */
final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .attributeProviderFactory(context -> new SafeUrls())
            .build();

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** Drops any link or image address that is not relative, http(s) or mailto. */
    private static final class SafeUrls implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link) {
                String href = attributes.get("href");
                if (href != null && !Addresses.linkAllowed(href)) {
                    attributes.remove("href");
                }
            } else if (node instanceof Image) {
                String src = attributes.get("src");
                if (src != null && !Addresses.imageAllowed(src)) {
                    attributes.put("src", "");
                }
            }
        }
    }
}
