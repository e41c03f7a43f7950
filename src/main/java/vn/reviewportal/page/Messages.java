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
        if (arguments.length == 0 || text.indexOf('{') < 0) {
            return text;
        }
        // One pass over the text: a value that itself holds "{1}" is left as it is.
        StringBuilder out = new StringBuilder(text.length() + 16 * arguments.length);
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int close = text.indexOf('}', open);
            int index = close > open + 1 && close - open <= 3 ? placeholder(text, open + 1, close) : -1;
            if (index >= 0 && index < arguments.length) {
                out.append(text, from, open).append(arguments[index]);
                from = close + 1;
                open = close;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The number between the braces of a placeholder, or -1 when the text there is not one. */
    private static int placeholder(String text, int from, int to) {
        int index = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }
}
