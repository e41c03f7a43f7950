package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.authoring.Draft;
import vn.reviewportal.authoring.NewspaperImport;

@CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns a plain-text newspaper article (source line, date line, title, lead, paragraphs, "
                + "author) into a Markdown article with front matter, and says what it could not recognise.",
                "An existing file is never overwritten."})
final class ImportCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Parameters(paramLabel = "FILE", description = "The text file, e.g. bai-bao.txt.")
    String file;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", defaultValue = "content/articles",
            description = "Where the article goes (default: ${DEFAULT-VALUE}).")
    String out;

    ImportCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Path input = console.workingDir().resolve(file);
        if (!Files.isRegularFile(input)) {
            console.err().println("portal import: " + file + " is not a file");
            console.err().flush();
            return Main.USAGE;
        }
        Draft draft;
        try {
            draft = NewspaperImport.read(Files.readAllBytes(input));
        } catch (NewspaperImport.UnrecognisedException e) {
            console.err().println(file + ": error[IMPORT]: " + e.getMessage());
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        Path target = console.workingDir().resolve(out).resolve(draft.fileName());
        if (Files.exists(target)) {
            console.err().println("portal import: " + out + "/" + draft.fileName() + " already exists and is never "
                    + "overwritten");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, draft.markdown(), StandardCharsets.UTF_8);
        draft.notes().forEach(note -> console.err().println(file + ": note: " + note));
        console.out().println("imported " + file + " as " + out + "/" + draft.fileName() + ": \"" + draft.title() + "\", "
                + draft.date() + (draft.author().isEmpty() ? "" : ", " + draft.author()));
        console.out().flush();
        console.err().flush();
        return Main.OK;
    }
}
