package vn.reviewportal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The generator's version, from the build. */
public final class Version {

    private Version() {
    }

    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** "review-portal 0.1.0", as printed in page footers. */
    public static String generator() {
        return "review-portal " + number();
    }
}
