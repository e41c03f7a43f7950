package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.authoring.ArticleSkeleton;
import vn.reviewportal.authoring.Draft;

@CommandLine.Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates a new article from a skeleton: content/articles/<date>-<title without diacritics>.md.",
                "An existing file is never overwritten."})
final class NewCommand implements Callable<Integer> {

    private static final String EXAMPLE = "portal new article \"Sơ kết năm 2013\"";

    private final Main.Console console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
    public Integer call() {
        if (!kind.equals("article")) {
            throw usage("'portal new' makes an article, not '" + kind + "': " + EXAMPLE);
        }
        String headline = checkedTitle();
        Path contentDir = new PathArguments(spec, console.workingDir()).existingFolder("--content", content,
                "--content content", "run the command in the folder that holds content/, or name it with --content DIR");
        String articles = PathArguments.shown(content) + "/articles";
        Path folder = contentDir.resolve("articles");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return fail(articles + " is a file, not a folder; the build reads the articles from the folder " + articles
                    + ": rename that file, then run the command again");
        }
        OffsetDateTime now = OffsetDateTime.now(console.clock().withZone(ZoneOffset.ofHours(7)));
        Draft draft = ArticleSkeleton.of(headline, now);
        String shown = articles + "/" + draft.fileName();
        try {
            Files.createDirectories(folder);
            // CREATE_NEW: never overwrite, even a file made by someone else since the check.
            Files.writeString(folder.resolve(draft.fileName()), draft.markdown(true), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return fail(shown + " already exists and is never overwritten; choose another title or edit that file");
        } catch (IOException e) {
            return fail(shown + " could not be written (" + e.getMessage() + ")");
        }
        console.out().println("created " + shown);
        console.out().flush();
        return Main.OK;
    }

    /**
     * The title as the article will carry it (composed, without surrounding spaces), or a usage
     * error: a title is one line of visible text with at least one letter or digit, which is
     * what the file name is made of.
     */
    private String checkedTitle() {
        String headline = Normalizer.normalize(title.strip(), Normalizer.Form.NFC);
        if (headline.isEmpty()) {
            throw usage("the title is empty; write it in quotes after 'article': " + EXAMPLE);
        }
        Optional<String> control = PathArguments.controlCharacter(headline);
        if (control.isPresent()) {
            throw usage("the title contains " + control.get() + "; a title is one line of text: " + EXAMPLE);
        }
        if (headline.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw usage("the title \"" + headline + "\" has no letter or digit; write the words of the headline: "
                    + EXAMPLE);
        }
        return headline;
    }

    private int fail(String message) {
        console.err().println("portal new: " + message);
        console.err().flush();
        return Main.CONTENT_ERRORS;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
