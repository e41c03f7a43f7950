package vn.reviewportal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.SiteFile;

class LinkCheckTest {

    private static SiteFile file(String path, String text) {
        return new SiteFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The links of a site as the build checks them: every file handed to the output. */
    private static List<Diagnostic> check(SiteFile... files) {
        SiteOutput output = SiteOutput.inMemory();
        output.add(List.of(files));
        return output.brokenLinks();
    }

    @Test
    void everyAddressAndAnchorMustLeadIntoTheSite() {
        List<Diagnostic> problems = check(
                file("index.html", "<p>\n<a href=\"news/a.html#muc-2\">a</a> <img src=\"charts/x.svg\">"
                        + " <a href=\"https://example.org/\">x</a> <a href=\"#top\">top</a></p><h2 id=\"top\">T</h2>"),
                file("news/a.html", "<h2 id=\"muc-1\">1</h2><a href=\"../index.html#top\">home</a>"
                        + "<a href=\"../../ngoai.html\">out</a> <a href=\"/tuyet-doi.html\">abs</a>"));
        assertEquals(List.of("BROKEN-LINK", "BROKEN-LINK", "BROKEN-LINK", "BROKEN-LINK"),
                problems.stream().map(d -> d.code().id()).toList());
        assertEquals(new Position("index.html", 2, 10), problems.get(0).position());
        assertTrue(problems.get(0).message().contains("'news/a.html#muc-2', but news/a.html has no element with id 'muc-2'"),
                problems.get(0).message());
        assertTrue(problems.get(1).message().contains("'charts/x.svg', which does not exist"), problems.get(1).message());
        assertTrue(problems.get(2).message().contains("'../../ngoai.html'"), problems.get(2).message());
        assertTrue(problems.get(3).message().contains("not a relative address"), problems.get(3).message());
    }

    @Test
    void aSiteWhoseLinksAllResolvePasses() {
        assertEquals(List.of(), check(
                file("index.html", "<a href=\"news/a.html#muc-1\">a</a><link href=\"assets/style.css\">"),
                file("news/a.html", "<h2 id=\"muc-1\">1</h2><a href=\"../index.html\">home</a>"),
                file("assets/style.css", "body {}")));
    }

    @Test
    void aPageTakenAgainUnchangedIsStillCheckedAgainstTheNewSite() {
        SiteFile home = file("index.html", "<a href=\"news/a.html\">a</a>");
        // The preview server's wrapper keeps each page's links and hands them on for the same file.
        Map<SiteFile, PageLinks> kept = new ConcurrentHashMap<>();
        UnaryOperator<Function<SiteFile, PageLinks>> keeping = read -> file -> kept.computeIfAbsent(file, read);
        SiteOutput before = SiteOutput.inMemory(keeping);
        before.add(List.of(home, file("news/a.html", "<p>a</p>")));
        assertEquals(List.of(), before.brokenLinks());

        // The next preview build hands on the same home page; the article it links to is gone.
        SiteOutput after = SiteOutput.inMemory(keeping);
        after.add(List.of(home));
        List<Diagnostic> problems = after.brokenLinks();
        assertEquals(List.of("BROKEN-LINK"), problems.stream().map(d -> d.code().id()).toList());
        assertEquals(new Position("index.html", 1, 10), problems.get(0).position());
    }
}
