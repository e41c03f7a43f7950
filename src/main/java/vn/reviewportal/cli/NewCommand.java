package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.authoring.ArticleSkeleton;
import vn.reviewportal.authoring.Draft;

@CommandLine.Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates a new article from a skeleton: content/articles/<date>-<title without diacritics>.md.",
                "An existing file is never overwritten."})
final class NewCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Parameters(index = "0", paramLabel = "article", description = "What to create: article.")
    String kind;

    @CommandLine.Parameters(index = "1", paramLabel = "TITLE", description = "The article's title, e.g. \"Sơ kết năm 2013\".")
    String title;

    @CommandLine.Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    String content;

    NewCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!kind.equals("article")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "'portal new' makes an article: "
                    + "portal new article \"Tiêu đề\"");
        }
        if (title.isBlank()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "the title is empty");
        }
        OffsetDateTime now = OffsetDateTime.now(console.clock().withZone(java.time.ZoneOffset.ofHours(7)));
        Draft draft = ArticleSkeleton.of(java.text.Normalizer.normalize(title.strip(), java.text.Normalizer.Form.NFC), now);
        Path folder = console.workingDir().resolve(content).resolve("articles");
        Path file = folder.resolve(draft.fileName());
        if (Files.exists(file)) {
            console.err().println("portal new: " + content + "/articles/" + draft.fileName()
                    + " already exists and is never overwritten; choose another title or edit that file");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        Files.createDirectories(folder);
        Files.writeString(file, draft.markdown(true), StandardCharsets.UTF_8);
        console.out().println("created " + content + "/articles/" + draft.fileName());
        console.out().flush();
        return Main.OK;
    }
}
