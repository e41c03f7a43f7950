package vn.reviewportal.output;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;

/**
 * Checks every link, image and stylesheet address of every page against the site about to be
 * written: each must lead to a file of the site, and its {@code #anchor} to an id on that page.
 * Addresses outside the site (http, https, mailto) are not followed.
 */
public final class LinkCheck {

    /**
     * Broken links reported at most, two fifths of the diagnostics shown: one template mistake
     * breaks a link on every page, and the first ones say where.
     */
    static final int LIMIT = Diagnostics.SHOWN * 2 / 5;

    private LinkCheck() {
    }

    /**
     * Checks the links of these pages against every path of the site.
     *
     * @param paths every file of the site
     * @param pages what each HTML page links to and which ids it has
     */
    static List<Diagnostic> check(Set<String> paths, List<PageLinks> pages) {
        List<PageLinks> sorted = pages.stream().sorted(Comparator.comparing(PageLinks::path)).toList();
        Map<String, Set<String>> ids = new HashMap<>();
        sorted.forEach(page -> ids.put(page.path(), page.ids()));
        // Each page is checked on any core, and the problems are gathered in page order. The same
        // address from pages of one folder (the menu, the footer) is followed only once.
        Map<String, String> followed = new ConcurrentHashMap<>();
        List<List<Diagnostic>> perPage = sorted.parallelStream().map(page -> {
            List<Diagnostic> broken = new ArrayList<>();
            String folder = page.path().substring(0, page.path().lastIndexOf('/') + 1);
            for (PageLinks.Address link : page.addresses()) {
                String address = link.address();
                String key = (address.startsWith("#") ? page.path() : folder) + "\0" + address;
                String problem = followed.computeIfAbsent(key, k -> {
                    String found = problem(page.path(), address, paths, ids);
                    return found == null ? "" : found;
                });
                if (!problem.isEmpty()) {
                    broken.add(Diagnostic.error(Code.BROKEN_LINK, new Position(page.path(), link.line(), link.column()),
                            "the page " + page.path() + " links to '" + address + "', " + problem,
                            "the link comes from a template or from the content; correct it there"));
                    if (broken.size() == LIMIT) {
                        break;
                    }
                }
            }
            return broken;
        }).toList();
        return perPage.stream().flatMap(List::stream).limit(LIMIT).toList();
    }

    private static String problem(String page, String address, Set<String> paths, Map<String, Set<String>> ids) {
        if (address.isEmpty() || address.startsWith("http://") || address.startsWith("https://")
                || address.startsWith("mailto:")) {
            return null;
        }
        if (address.startsWith("/") || address.startsWith("//") || address.contains(":")) {
            return "which is not a relative address inside the site";
        }
        int hash = address.indexOf('#');
        String target = hash < 0 ? address : address.substring(0, hash);
        String anchor = hash < 0 ? "" : address.substring(hash + 1);
        String path;
        try {
            path = target.isEmpty() ? page : resolve(page, target);
        } catch (IllegalArgumentException e) {
            return "which is not a valid address (characters such as [ ] or a lone % must be written "
                    + "differently in an address)";
        }
        if (path == null || !paths.contains(path)) {
            return "which does not exist in the site";
        }
        if (!anchor.isEmpty() && ids.containsKey(path) && !ids.get(path).contains(anchor)) {
            return "but " + path + " has no element with id '" + anchor + "'";
        }
        return null;
    }

    /**
     * The site path an address on {@code page} leads to, or null when it leaves the site.
     *
     * @throws IllegalArgumentException when the address cannot be read as one
     */
    static String resolve(String page, String address) {
        String resolved = URI.create("http://site/" + page).resolve(address.replace(" ", "%20")).getPath();
        if (resolved == null || !resolved.startsWith("/") || resolved.contains("/../")) {
            return null;
        }
        return URLDecoder.decode(resolved.substring(1), StandardCharsets.UTF_8);
    }
}
