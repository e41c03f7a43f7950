package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.reviewportal.TestFiles;

/** Every page the generator writes is valid HTML for the Nu HTML Checker (run offline, in-process). */
class HtmlValidityTest {

    @TempDir
    Path work;

    private int portal(String... args) {
        return Cli.run(work, args).status();
    }

    @Test
    void everyPageOfTheDefaultSiteAndOfASampleIsValid() throws Exception {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        assertEquals(0, portal("build"));
        assertEquals(0, portal("archive", "2012", "--date", "2013-12-31"));
        assertEquals(0, portal("build"));
        assertEquals(0, portal("sample", "--orgs", "14", "--periods", "2", "--articles", "12", "--out", "sample"));
        assertEquals(0, portal("build", "--content", "sample", "--out", "sample-site"));
        // 700 organizations put 117 directly under the root: its tables of them are read a page at a time.
        assertEquals(0, portal("sample", "--orgs", "700", "--periods", "2", "--articles", "2", "--out", "wide"));
        assertEquals(0, portal("build", "--content", "wide", "--out", "wide-site"));

        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            private String file = "";

            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        int pages = 0;
        for (Path site : List.of(work.resolve("site"), work.resolve("sample-site"))) {
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    validator.checkHtmlFile(page.toFile(), true);
                    pages++;
                }
            }
        }
        // Of the wide tree, the pages of a table read a page at a time, first and further pages.
        List<Path> paged = List.of(Path.of("periods/2024.html"), Path.of("periods/2024-trang-2.html"),
                Path.of("comparison.html"), Path.of("comparison-trang-2.html"),
                Path.of("organizations/dbk-minh-hoa.html"), Path.of("organizations/dbk-minh-hoa/truc-thuoc-2.html"),
                Path.of("organizations/index.html"));
        for (Path page : paged) {
            Path file = work.resolve("wide-site").resolve(page);
            assertTrue(Files.isRegularFile(file), page + " is written");
            validator.checkHtmlFile(file.toFile(), true);
            pages++;
        }
        assertTrue(pages > 50, "pages checked: " + pages);
        assertEquals(List.of(), errors.stream().limit(30).toList());
    }
}
