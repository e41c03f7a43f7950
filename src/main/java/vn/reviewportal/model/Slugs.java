package vn.reviewportal.model;

import java.text.Normalizer;
import java.util.Locale;

/** ASCII slugs from Vietnamese text: "Đảng viên giữ cương vị" becomes "dang-vien-giu-cuong-vi". */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String text) {
        String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutD, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
