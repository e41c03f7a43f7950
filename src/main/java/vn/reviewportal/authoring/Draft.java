package vn.reviewportal.authoring;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import vn.reviewportal.model.Slugs;

/**
 * An article ready to be written as Markdown with front matter, and what could not be
 * recognised while making it (said to the user, never silently dropped).
 */
public record Draft(String title, OffsetDateTime date, String author, String source, String summary,
                    List<String> paragraphs, List<String> notes) {

    public Draft {
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
    }

    /**
     * Words of the title kept in the file name, and the characters they may take: a name stays
     * readable in a file list and a web address, and far below the 255 bytes a file system allows
     * (a title of one very long word would otherwise make a name no disk can store).
     */
    static final int SLUG_WORDS = 10;
    static final int SLUG_LENGTH = 80;

    /** The file name: the date and the title without diacritics, e.g. 2013-05-03-kiem-tra-viec-khac-phuc.md. */
    public String fileName() {
        String slug = Slugs.slug(title);
        String[] words = slug.split("-");
        String shortSlug = String.join("-", Arrays.copyOf(words, Math.min(words.length, SLUG_WORDS)));
        if (shortSlug.length() > SLUG_LENGTH) {
            String cut = shortSlug.substring(0, SLUG_LENGTH);
            // At the last whole word, unless the first word alone is longer than the limit.
            shortSlug = cut.contains("-") && shortSlug.charAt(SLUG_LENGTH) != '-' ? cut.substring(0, cut.lastIndexOf('-')) : cut;
            shortSlug = shortSlug.replaceAll("-+$", "");
        }
        return date.toLocalDate() + "-" + (shortSlug.isEmpty() ? "bai-viet" : shortSlug) + ".md";
    }

    public String markdown() {
        return markdown(false);
    }

    /** With {@code hints}, the optional keys are written as comments to fill in. */
    public String markdown(boolean hints) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title)).append('\n');
        text.append("date: ").append(date).append('\n');
        if (!author.isEmpty()) {
            text.append("author: ").append(quoted(author)).append('\n');
        }
        if (!source.isEmpty()) {
            text.append("source: ").append(quoted(source)).append('\n');
        }
        if (!summary.isEmpty()) {
            text.append("summary: ").append(quoted(summary)).append('\n');
        }
        text.append("tags: []\n");
        if (hints) {
            text.append("# author: Ban biên tập\n")
                    .append("# source: \"Theo Báo điện tử Bắc Ninh, 03/05/2013\"\n")
                    .append("# summary: \"Một hai câu tóm tắt, hiện trong danh sách tin.\"\n")
                    .append("# organizations: [dbk-cqt-bac-ninh]\n")
                    .append("# period: 2012\n");
        }
        text.append("---\n");
        for (String paragraph : paragraphs) {
            text.append('\n').append(escapedMarkdown(paragraph)).append('\n');
        }
        return text.toString();
    }

    /** A YAML double-quoted string: safe for colons, quotes and anything else in a title. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A paragraph of plain text that Markdown must not read as a heading, list, quote or HTML. */
    static String escapedMarkdown(String paragraph) {
        String escaped = paragraph.replace("\\", "\\\\").replace("<", "\\<").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("`", "\\`");
        if (escaped.matches("^(#|>|-|\\+|=|\\d+[.)]\\s).*")) {
            escaped = "\\" + escaped;
        }
        return escaped;
    }
}
