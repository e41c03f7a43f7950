package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.authoring.Draft;
import vn.reviewportal.authoring.NewspaperImport;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.DiagnosticFormatter;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.diag.SourceLines;

@CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns a plain-text newspaper article (source line, date line, title, lead, paragraphs, "
                + "author) into a Markdown article with front matter, and says what it could not recognise.",
                "The text file must be saved as UTF-8. An existing file is never overwritten."})
final class ImportCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "FILE", description = "The text file, e.g. bai-bao.txt.")
    String file;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", defaultValue = "content/articles",
            description = "Where the article goes (default: ${DEFAULT-VALUE}); the folder it is in must exist.")
    String out;

    ImportCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PathArguments paths = new PathArguments(spec, console.workingDir());
        Path input = paths.existingFile("FILE", file, "portal import bai-bao.txt");
        Path folder = paths.folder("--out", out, "--out content/articles");
        // A mistyped --out, or the command run in the wrong folder, must not make a tree of folders.
        if (!Files.isDirectory(folder) && !Files.isDirectory(folder.toAbsolutePath().getParent())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " does not exist, nor does "
                    + "the folder above it; run the command in the folder that holds content/, or name the articles "
                    + "folder with --out DIR");
        }
        String shownOut = PathArguments.shown(out);
        Draft draft;
        try {
            if (Files.size(input) > NewspaperImport.MAX_BYTES) {
                return error(0, 0, "the file is " + Files.size(input) / (1024 * 1024) + " MiB; a newspaper article "
                        + "is a few kilobytes, and " + NewspaperImport.MAX_BYTES / (1024 * 1024) + " MiB is the most "
                        + "that is read", "name the text file of one article, e.g. portal import bai-bao.txt");
            }
            draft = NewspaperImport.read(Files.readAllBytes(input));
        } catch (NewspaperImport.UnrecognisedException e) {
            return error(e.line(), e.column(), e.getMessage(), e.hint());
        } catch (IOException e) {
            return fail(file + " cannot be read (" + e.getMessage() + ")");
        }
        String shown = shownOut + "/" + draft.fileName();
        try {
            Files.createDirectories(folder);
            // CREATE_NEW: never overwrite, even a file made by someone else since the check.
            Files.writeString(folder.resolve(draft.fileName()), draft.markdown(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return fail(shown + " already exists and is never overwritten");
        } catch (IOException e) {
            return fail(shown + " could not be written (" + e.getMessage() + ")");
        }
        draft.notes().forEach(note -> console.err().println(file + ": note: " + note));
        console.out().println("imported " + file + " as " + shown + ": \"" + draft.title() + "\", "
                + draft.date() + (draft.author().isEmpty() ? "" : ", " + draft.author()));
        console.out().flush();
        console.err().flush();
        return Main.OK;
    }

    /** What is wrong with the text file, at its place, as the build reports the content. */
    private int error(int line, int column, String message, String hint) {
        console.err().print(new DiagnosticFormatter(SourceLines.NONE, console.colour(), Diagnostics.SHOWN).formatOne(
                Diagnostic.error(Code.IMPORT, new Position(file, line, column), message, hint)));
        console.err().flush();
        return Main.CONTENT_ERRORS;
    }

    private int fail(String message) {
        console.err().println("portal import: " + message);
        console.err().flush();
        return Main.CONTENT_ERRORS;
    }
}
