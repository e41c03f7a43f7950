package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.output.SiteWriter;

@CommandLine.Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Copies the built site into a web server's folder: the copy is made beside it and swapped in "
                + "by renaming, so readers never see a half-copied site, even if the copy is interrupted.",
                "The version it replaces is kept beside the folder; --rollback puts it back."})
final class PublishCommand implements Callable<Integer> {

    private final Main.Console console;

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

    @Override
    public Integer call() throws IOException {
        Path target = console.workingDir().resolve(to);
        SiteWriter writer = new SiteWriter(target, true);
        if (rollback) {
            if (!writer.rollback()) {
                console.err().println("portal publish: there is no earlier version of " + to + " to put back");
                console.err().flush();
                return Main.CONTENT_ERRORS;
            }
            console.out().println("rolled " + to + " back to the version before the last publish");
            console.out().flush();
            return Main.OK;
        }
        Path source = console.workingDir().resolve(site);
        if (!Files.isRegularFile(source.resolve("index.html"))) {
            console.err().println("portal publish: " + site + "/ holds no built site; run 'portal build' first");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        List<SiteFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = source.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith(".")) {
                    files.add(new SiteFile(path, Files.readAllBytes(file)));
                }
            }
        }
        try {
            writer.write(files);
        } catch (SiteWriter.RefusedException e) {
            console.err().println("portal publish: " + e.getMessage());
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
        console.out().println("published " + files.size() + " files to " + to + "; 'portal publish --to " + to
                + " --rollback' puts the previous version back");
        console.out().flush();
        return Main.OK;
    }
}
