package vn.reviewportal.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.reviewportal.model.Language;

/**
 * The site's UI strings in one language, from {@code messages/<code>.properties} (UTF-8).
 * Placeholders {0}, {1}... are replaced by already formatted values.
 */
public record Messages(Map<String, String> texts) {

    public Messages {
        texts = Map.copyOf(texts);
    }

    public static Messages load(Language language) {
        String resource = "/messages/" + language.code() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " in the generator");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return new Messages(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no UI text '" + key + "'");
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
