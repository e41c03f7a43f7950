package vn.reviewportal.output;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.SiteFile;

/**
 * Checks every link, image and stylesheet address of every page against the site about to be
 * written: each must lead to a file of the site, and its {@code #anchor} to an id on that page.
 * Addresses outside the site (http, https, mailto) are not followed.
 */
public final class LinkCheck {

    private static final Pattern ADDRESS = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    /** Broken links reported at most; one template mistake breaks a link on every page. */
    static final int LIMIT = 20;

    private LinkCheck() {
    }

    public static List<Diagnostic> check(List<SiteFile> files) {
        Set<String> paths = new HashSet<>();
        List<SiteFile> htmlFiles = new ArrayList<>();
        for (SiteFile file : files) {
            paths.add(file.path());
            if (file.path().endsWith(".html")) {
                htmlFiles.add(file);
            }
        }
        htmlFiles.sort(java.util.Comparator.comparing(SiteFile::path));
        // Each page is read on any core, and the problems are gathered in page order. The same
        // address from pages of one folder (the menu, the footer) is followed only once, and a
        // page's anchors are collected only when a link points into it.
        Map<String, SiteFile> byPath = new HashMap<>();
        htmlFiles.forEach(file -> byPath.put(file.path(), file));
        Map<String, Set<String>> ids = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> followed = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.Function<String, Set<String>> anchors = path -> ids.computeIfAbsent(path,
                p -> idsOf(new String(byPath.get(p).bytes(), StandardCharsets.UTF_8)));
        List<List<Diagnostic>> perPage = htmlFiles.parallelStream().map(file -> {
            List<Diagnostic> broken = new ArrayList<>();
            String html = new String(file.bytes(), StandardCharsets.UTF_8);
            String folder = file.path().substring(0, file.path().lastIndexOf('/') + 1);
            Matcher m = ADDRESS.matcher(html);
            while (m.find() && broken.size() < LIMIT) {
                String address = m.group(1);
                String key = (address.startsWith("#") ? file.path() : folder) + "\0" + address;
                String problem = followed.computeIfAbsent(key, k -> {
                    String found = problem(file.path(), address, paths, byPath.keySet(), anchors);
                    return found == null ? "" : found;
                });
                problem = problem.isEmpty() ? null : problem;
                if (problem != null) {
                    String before = html.substring(0, m.start(1));
                    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                    int column = before.length() - before.lastIndexOf('\n');
                    broken.add(Diagnostic.error("BROKEN-LINK", new Position(file.path(), line, column),
                            "the page " + file.path() + " links to '" + address + "', " + problem,
                            "the link comes from a template or from the content; correct it there"));
                }
            }
            return broken;
        }).toList();
        return perPage.stream().flatMap(List::stream).limit(LIMIT).toList();
    }

    private static String problem(String page, String address, Set<String> paths, Set<String> pages,
                                  java.util.function.Function<String, Set<String>> anchors) {
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
        if (!anchor.isEmpty() && pages.contains(path) && !anchors.apply(path).contains(anchor)) {
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
        return java.net.URLDecoder.decode(resolved.substring(1), StandardCharsets.UTF_8);
    }

    private static Set<String> idsOf(String html) {
        Set<String> found = new HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
