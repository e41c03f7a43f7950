package vn.reviewportal.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.DownloadCompression;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.SiteConfig;

/** Reads {@code site.yaml}: the site's title, language, root organization and web address. */
final class SiteReader {

    private static final List<String> KEYS = List.of("title", "description", "notice", "language", "root", "base_url",
            "compressed_downloads");

    private final YamlReader yaml;

    SiteReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * @param file the file as named in messages, e.g. {@code content/site.yaml}
     * @param text its text as read
     * @return the site, or empty after reporting why there is none
     */
    Optional<SiteConfig> read(String file, String text, Diagnostics diagnostics) {
        return yaml.read(file, text, 1, diagnostics).flatMap(root -> site(root, diagnostics));
    }

    private static Optional<SiteConfig> site(YamlNode root, Diagnostics diagnostics) {
        return Fields.of(root, "site.yaml", KEYS, diagnostics).flatMap(f -> {
            Optional<String> title = f.text("title", true);
            String description = f.text("description", false).orElse("");
            String notice = f.text("notice", false).orElse("");
            Optional<String> baseUrl = f.text("base_url", false).flatMap(url -> {
                if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
                    diagnostics.error(Code.INVALID_URL, f.valueAt("base_url"), "'" + url
                            + "' is not a web address", "write the address the site is published at, "
                            + "e.g. http://intranet.example/portal/");
                    return Optional.empty();
                }
                return Optional.of(url.endsWith("/") ? url : url + "/");
            });
            Optional<Language> language = f.text("language", true).flatMap(code -> {
                Optional<Language> known = Language.fromCode(code);
                if (known.isEmpty()) {
                    diagnostics.error(Code.UNKNOWN_LANGUAGE, f.valueAt("language"),
                            "the site language '" + code + "' is not available", "write 'language: vi' or 'language: en'");
                }
                return known;
            });
            Optional<String> rootId = f.id("root", true);
            Optional<DownloadCompression> compression = f.text("compressed_downloads", false)
                    .map(word -> {
                        Optional<DownloadCompression> known = DownloadCompression.fromWord(word);
                        if (known.isEmpty()) {
                            diagnostics.error(Code.UNKNOWN_CHOICE, f.valueAt("compressed_downloads"), "'" + word
                                    + "' is not a choice of compressed_downloads", "write 'auto' (compressed above "
                                    + String.format(Locale.ROOT, "%,d", DownloadCompression.AUTO_ABOVE)
                                    + " organizations), 'always' or 'never'");
                        }
                        return known;
                    })
                    .orElse(Optional.of(DownloadCompression.AUTO));
            if (title.isEmpty() || language.isEmpty() || rootId.isEmpty() || compression.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SiteConfig(title.get(), description, notice, language.get(), rootId.get(),
                    f.valueAt("root"), baseUrl, compression.get()));
        });
    }
}
