package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.reviewportal.TestFiles;

class FeedAndSitemapTest {

    @TempDir
    Path work;

    private int build() {
        return Main.run(new String[] {"build"}, new Main.Console(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false, Map.of(), work));
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void theAtomFeedListsTheArticlesWithRelativeLinksAndFullDates() throws Exception {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        assertEquals(0, build());
        Document feed = xml(work.resolve("site/feed.xml"));
        Element entry = (Element) feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
        assertEquals("Đảng bộ khối Các cơ quan tỉnh đẩy mạnh khắc phục khuyết điểm sau kiểm điểm",
                entry.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("2013-05-03T15:00:00+07:00", entry.getElementsByTagName("updated").item(0).getTextContent());
        String href = ((Element) entry.getElementsByTagName("link").item(0)).getAttribute("href");
        assertTrue(Files.isRegularFile(work.resolve("site").resolve(href)), href);
        assertTrue(Files.readString(work.resolve("site/index.html")).contains("type=\"application/atom+xml\""));
        assertFalse(Files.exists(work.resolve("site/sitemap.xml")), "no sitemap without base_url");
    }

    @Test
    void aSiteThatKnowsItsAddressHasASitemap() throws Exception {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        Path site = work.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site) + "base_url: http://intranet.example/portal\n");
        assertEquals(0, build());
        Document sitemap = xml(work.resolve("site/sitemap.xml"));
        String first = sitemap.getElementsByTagName("loc").item(0).getTextContent();
        assertEquals("http://intranet.example/portal/archive/index.html", first);
        assertTrue(Files.readString(work.resolve("site/sitemap.xml")).contains("<loc>http://intranet.example/portal/periods/2012.html</loc>"));
        assertFalse(Files.readString(work.resolve("site/sitemap.xml")).contains("404.html"));
        assertTrue(Files.readString(work.resolve("site/robots.txt")).contains("Disallow: /"), "an intranet stays unindexed");
    }
}
