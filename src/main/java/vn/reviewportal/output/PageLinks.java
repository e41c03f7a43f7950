package vn.reviewportal.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.reviewportal.model.SiteFile;

/**
 * What the link check needs of one page: every address it links to (href and src, where it
 * stands) and every id it has. Taken as the page is made, so that the page's bytes need not be
 * kept until the whole site is checked.
 */
public record PageLinks(String path, List<Address> addresses, Set<String> ids) {

    /** One address on the page, with the line and column where its value starts. */
    public record Address(String address, int line, int column) {
    }

    private static final byte[][] ADDRESS_NAMES = {ascii("href"), ascii("src")};
    private static final byte[][] ID_NAME = {ascii("id")};

    public PageLinks {
        addresses = List.copyOf(addresses);
        ids = Set.copyOf(ids);
    }

    /**
     * Reads the page's attributes. An attribute is its name after white space, then {@code ="}
     * and the value up to the next {@code "}: the way every template and the Markdown renderer
     * write them. The page is read as UTF-8 bytes: every character that delimits an attribute is
     * ASCII, which in UTF-8 never occurs inside another character. Each address passes through
     * {@code same}: one that hands back an equal address seen before lets pages built from one
     * template share their addresses instead of each holding copies.
     */
    public static PageLinks of(SiteFile page, UnaryOperator<Address> same) {
        byte[] html = page.bytes();
        List<Address> addresses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        for (int i = 1; i + 1 < html.length; i++) {
            if (html[i] != '=' || html[i + 1] != '"') {
                continue;
            }
            boolean address = named(html, i, ADDRESS_NAMES);
            if (!address && !named(html, i, ID_NAME)) {
                continue;
            }
            int start = i + 2;
            int end = start;
            while (end < html.length && html[end] != '"') {
                end++;
            }
            if (end == html.length) {
                break; // no closing quote: not an attribute
            }
            String value = new String(html, start, end - start, StandardCharsets.UTF_8);
            if (address) {
                for (; scanned < start; scanned++) {
                    if (html[scanned] == '\n') {
                        line++;
                        lineStart = scanned + 1;
                    }
                }
                addresses.add(same.apply(new Address(value, line, utf16Length(html, lineStart, start) + 1)));
            } else if (!value.isEmpty()) {
                ids.add(value);
            }
            i = end;
        }
        return new PageLinks(page.path(), addresses, ids);
    }

    /** Whether one of {@code names}, after white space, ends just before {@code equals}. */
    private static boolean named(byte[] html, int equals, byte[][] names) {
        for (byte[] name : names) {
            int start = equals - name.length;
            if (start >= 1 && whiteSpace(html[start - 1])
                    && Arrays.equals(html, start, equals, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }

    /** How many UTF-16 characters the UTF-8 bytes from {@code from} to {@code to} are. */
    private static int utf16Length(byte[] utf8, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            int b = utf8[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                length += b >= 0xF0 ? 2 : 1; // a four-byte character is two UTF-16 characters
            }
        }
        return length;
    }

    private static boolean whiteSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B;
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
