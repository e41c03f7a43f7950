package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.output.OutputFolder;
import vn.reviewportal.output.OutputLock;
import vn.reviewportal.output.SiteWriter;

@CommandLine.Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Copies the built site into a web server's folder: the copy is made beside it and swapped in "
                + "by renaming, so readers never see a half-copied site, even if the copy is interrupted.",
                "The version it replaces is kept beside the folder; --rollback puts it back."})
final class PublishCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final String EXAMPLE = "--to /var/www/portal";

    @CommandLine.Option(names = "--to", paramLabel = "DIR", required = true,
            description = "The web server's folder for the portal, e.g. /var/www/portal.")
    String to;

    @CommandLine.Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
            description = "The built site to publish (default: ${DEFAULT-VALUE}).")
    String site;

    @CommandLine.Option(names = "--rollback", description = "Put back the version the last publish replaced.")
    boolean rollback;

    PublishCommand(Main.Console console) {
        this.console = console;
    }

    @CommandLine.Mixin
    LockOptions lock;

    @Override
    public Integer call() {
        PathArguments paths = new PathArguments(spec, console.workingDir());
        Path named = paths.folder("--to", to, EXAMPLE);
        OutputFolder target;
        try {
            target = OutputFolder.of(named, to);
        } catch (OutputFolder.Refused e) {
            return fail(Main.USAGE, e.getMessage());
        }
        Path source = paths.folder("--site", site, "--site site");
        if (!rollback) {
            paths.apart(new PathArguments.Folder("--to", to, named, "the web server's folder"),
                    new PathArguments.Folder("--site", site, source, "the built site"),
                    "the site would be published into itself", EXAMPLE);
            // Before any lock is taken, so that a mistyped --site leaves no lock file beside it.
            if (!Files.isDirectory(source)
                    || !Files.isRegularFile(source.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) {
                return refuse(Code.NO_BUILT_SITE, PathArguments.shown(site), site + "/ holds no built site; run "
                        + "'portal build' first");
            }
        }
        target.note(to).ifPresent(note -> console.err().println("note: " + note));
        // The site must not be rebuilt while it is copied, nor the web server's folder be
        // published twice at once.
        List<LockOptions.Folder> folders = rollback ? List.of(new LockOptions.Folder(target.real(), to))
                : List.of(new LockOptions.Folder(source.toAbsolutePath().normalize(), site),
                        new LockOptions.Folder(target.real(), to));
        try (LockOptions.Held held = lock.hold(console, "publish", folders)) {
            return rollback ? rollBack(new SiteWriter(target.real(), true)) : publish(source, new SiteWriter(target.real(), true));
        } catch (OutputLock.Busy e) {
            return fail(Main.CONTENT_ERRORS, e.getMessage() + "; " + to + " was not changed");
        } catch (IOException e) {
            return refuse(Code.OUTPUT_FAILED, PathArguments.shown(to), to + " could not be written (" + e.getMessage()
                    + "); readers still see the version that was there before");
        }
    }

    private int rollBack(SiteWriter writer) throws IOException {
        if (!writer.rollback()) {
            return refuse(Code.NO_EARLIER_VERSION, PathArguments.shown(to), "there is no earlier version of " + to
                    + " to put back");
        }
        console.out().println("rolled " + to + " back to the version before the last publish");
        console.out().flush();
        return Main.OK;
    }

    private int publish(Path named, SiteWriter writer) throws IOException {
        Path source = named.toRealPath();
        List<SiteFile> files = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(source) && hidden(source, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = source.relativize(file).toString().replace('\\', '/');
                if (hidden(source, file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (!attributes.isRegularFile()) {
                    links.add(path); // a build writes only files: this was put there by hand
                } else {
                    files.add(new SiteFile(path, Files.readAllBytes(file)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!links.isEmpty()) {
            // One diagnostic for each, in path order; what is to be done is the same for all.
            String built = PathArguments.shown(site);
            new Reporter(console).diagnostics(links.stream().sorted()
                    .map(path -> Diagnostic.error(Code.NOT_BUILT, Position.wholeFile(built + "/" + path), site
                            + "/ holds what a build never writes, which is not published",
                            "run 'portal build --rebuild' to write the site afresh"))
                    .toList());
            return Main.CONTENT_ERRORS;
        }
        try {
            writer.write(files);
        } catch (SiteWriter.RefusedException e) {
            return refuse(Code.OUTPUT_FAILED, PathArguments.shown(to), e.getMessage());
        }
        console.out().println("published " + files.size() + " files to " + to + "; 'portal publish --to " + to
                + " --rollback' puts the previous version back");
        console.out().flush();
        return Main.OK;
    }

    /** The build's own files beside the pages (its marker, a deployment's .git) are not published. */
    private static boolean hidden(Path source, Path entry) {
        return source.relativize(entry).getName(0).toString().startsWith(".");
    }

    /** What stands in the way in a file or folder, as a build reports its errors; nothing was published. */
    private int refuse(Code code, String file, String message) {
        new Reporter(console).diagnostics(List.of(Diagnostic.error(code, Position.wholeFile(file), message, "")));
        return Main.CONTENT_ERRORS;
    }

    /** What stands in the way outside the site's files (the folder named, another command), said in a line. */
    private int fail(int status, String message) {
        console.err().println("portal publish: " + message);
        console.err().flush();
        return status;
    }
}
