package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import vn.reviewportal.TestBrowser;
import vn.reviewportal.TestFiles;

/**
 * axe-core (from npm, installed by .ci/run) in Chromium on the home, article, period and
 * organization pages: no serious or critical accessibility violation. Screenshots of the home
 * and a period page are written to target/screenshots/ for review.
 */
class AccessibilityBrowserTest {

    private static final Path AXE = TestFiles.project().resolve("node_modules/axe-core/axe.min.js");

    /** Runs axe and returns its serious and critical violations, one line each. */
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
            + "    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' — '"
            + "      + v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 3).join(', '); }));"
            + "});";

    @TempDir
    static Path work;
    private static TestBrowser chromium;

    @BeforeAll
    static void build() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(AXE), "axe-core (npm install, run by .ci/run)");
        chromium = TestBrowser.start();
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        assertEquals(0, Main.run(new String[] {"build"}, new Main.Console(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false, Map.of(), work)));
    }

    @AfterAll
    static void close() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void noSeriousOrCriticalViolationOnTheMainPages() throws IOException {
        WebDriver browser = chromium.driver();
        String axe = Files.readString(AXE);
        List<String> violations = new ArrayList<>();
        for (String page : List.of("index.html", "news/2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012.html",
                "periods/2012.html", "organizations/dbk-cqt-bac-ninh.html", "search.html", "data-quality.html")) {
            browser.get(work.resolve("site").resolve(page).toUri().toString());
            ((JavascriptExecutor) browser).executeScript(axe);
            Object result = ((JavascriptExecutor) browser).executeAsyncScript(RUN);

            for (Object violation : (List<?>) result) {
                violations.add(page + ": " + violation);
            }
            if (page.equals("index.html") || page.equals("periods/2012.html")) {
                Path shots = Files.createDirectories(TestFiles.project().resolve("target/screenshots"));
                byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                Files.write(shots.resolve(page.replace('/', '-').replace(".html", ".png")), png);
            }
        }
        assertEquals(List.of(), violations);

        // The check can fail: an image without a text alternative is a critical violation.
        browser.get(work.resolve("site/index.html").toUri().toString());
        ((JavascriptExecutor) browser).executeScript(axe + ";document.querySelector('main')"
                + ".appendChild(document.createElement('img')).src = 'charts/none.svg';");
        List<?> control = (List<?>) ((JavascriptExecutor) browser).executeAsyncScript(RUN);
        assertEquals(1, control.size(), control.toString());
        assertEquals(true, control.get(0).toString().startsWith("image-alt (critical)"), control.toString());
    }
}
