package vn.reviewportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium through its own ChromeDriver: the driver path is set, so Selenium
 * Manager never runs (and never reaches for the network), and the browser's name lookups are
 * pinned to this machine. {@code .ci/run} installs both packages.
 */
public final class TestBrowser implements AutoCloseable {

    private final Path profile;
    private final WebDriver driver;

    private TestBrowser(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    public static TestBrowser start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isExecutable(Path.of("/usr/bin/chromedriver")), "Chromium and ChromeDriver (.ci/run installs them)");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("portal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--no-pings", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new TestBrowser(profile, new ChromeDriver(options));
    }

    public WebDriver driver() {
        return driver;
    }

    /** The console messages of level SEVERE (errors, CSP refusals, failed loads) since the last call. */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            TestFiles.deleteTree(profile);
        }
    }
}
