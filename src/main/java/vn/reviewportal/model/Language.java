package vn.reviewportal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The language of the generated site: its UI strings, number and date formats. */
public enum Language {
    VI("vi", Locale.forLanguageTag("vi-VN")),
    EN("en", Locale.UK);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
