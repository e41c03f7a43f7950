package vn.reviewportal.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** ASCII slugs from Vietnamese text: "Đảng viên giữ cương vị" becomes "dang-vien-giu-cuong-vi". */
public final class Slugs {

    private static final Pattern LIST_PAGE = Pattern.compile("page-[0-9]+");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("con|prn|aux|nul|com[1-9]|lpt[1-9]");

    private Slugs() {
    }

    /**
     * Why a slug cannot name a page, if it cannot: "index" is the name of every folder's list
     * page, "page-2" and so on the names of the further pages of a list, and Windows cannot create files named after its devices (con, nul, com1 ...), so a
     * site with such a page could not be copied to a Windows server or a USB stick.
     */
    public static Optional<String> reserved(String slug) {
        if (slug.equals("index")) {
            return Optional.of("'index' is the name of the list page of each folder of the site");
        }
        if (LIST_PAGE.matcher(slug).matches()) {
            return Optional.of("'" + slug + "' is the name of a page of a list (news/" + slug
                    + ".html is a page of the news list)");
        }
        if (WINDOWS_DEVICE.matcher(slug).matches()) {
            return Optional.of("'" + slug + "' is the name of a device on Windows, where no file can have it");
        }
        return Optional.empty();
    }

    public static String slug(String text) {
        String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutD, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
