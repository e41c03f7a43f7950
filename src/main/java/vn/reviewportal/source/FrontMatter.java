package vn.reviewportal.source;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;

/**
 * An article split into its YAML front matter and its Markdown body. The front matter sits
 * between a first line {@code ---} and the next line that is {@code ---} (or {@code ...}).
 *
 * @param yamlLine the file line of the first front-matter line
 * @param bodyLine the file line of the first body line
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    static Optional<FrontMatter> split(String file, String text, Diagnostics diagnostics) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            diagnostics.error(Code.FRONT_MATTER_MISSING, new Position(file, 1, 1),
                    "an article must start with front matter: a line '---', the title, date and so on, and another '---'",
                    "put these lines at the very top: '---', 'title: ...', 'date: 2013-05-03T15:00:00+07:00', '---'");
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                if (tooLong(file, lines.subList(0, i), diagnostics)) {
                    return Optional.empty();
                }
                String yaml = String.join("\n", lines.subList(1, i)) + "\n";
                String body = String.join("\n", lines.subList(i + 1, lines.size())) + "\n";
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        diagnostics.error(Code.FRONT_MATTER_UNCLOSED, new Position(file, 1, 1),
                "the front matter that starts here is never closed",
                "add a line '---' after the last front-matter key, before the article text");
        return Optional.empty();
    }

    /** Reports the first front-matter line longer than {@link YamlReader#MAX_LINE}, if there is one. */
    private static boolean tooLong(String file, List<String> lines, Diagnostics diagnostics) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).length() > YamlReader.MAX_LINE) {
                diagnostics.add(YamlReader.lineTooLong(new Position(file, i + 1, YamlReader.MAX_LINE + 1),
                        lines.get(i).length()));
                return true;
            }
        }
        return false;
    }
}
