package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import vn.reviewportal.sample.SampleContent;

@CommandLine.Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Writes an illustrative content folder of any size, for trying the portal out, tests and "
                + "benchmarks. The figures are made up, and every page built from them says so.",
                "The same options always give the same files."})
final class SampleCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Option(names = "--orgs", paramLabel = "N", defaultValue = "60",
            description = "Organizations, the bloc committee included (default: ${DEFAULT-VALUE}).")
    int organizations;

    @CommandLine.Option(names = "--periods", paramLabel = "P", defaultValue = "3",
            description = "Yearly review periods, the last one 2024 (default: ${DEFAULT-VALUE}).")
    int periods;

    @CommandLine.Option(names = "--articles", paramLabel = "A", defaultValue = "20",
            description = "News articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @CommandLine.Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the made-up figures (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Option(names = "--language", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of the site (default: ${DEFAULT-VALUE}).")
    String language;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The content folder to write; it must not exist or be empty.")
    String out;

    SampleCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = new CommandLine(this);
        if (organizations < 1 || periods < 1 || articles < 0) {
            throw new CommandLine.ParameterException(cmd, "--orgs and --periods must be at least 1, --articles at least 0");
        }
        if (!language.equals("vi") && !language.equals("en")) {
            throw new CommandLine.ParameterException(cmd, "--language is vi or en, not " + language);
        }
        Path target = console.workingDir().resolve(out);
        if (Files.exists(target) && !isEmptyFolder(target)) {
            console.err().println("portal sample: " + out + " already exists and is not empty; name a new folder");
            console.err().flush();
            return Main.USAGE;
        }
        new SampleContent(organizations, periods, articles, seed, language.equals("en")).write(target);
        console.out().println("wrote illustrative content to " + out + "/: " + organizations + " organizations, "
                + periods + " periods, " + articles + " articles; build it with: portal build --content " + out);
        console.out().flush();
        return Main.OK;
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }
}
