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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    /** From this many organizations on, the results go in sheets unless --no-sheets says otherwise. */
    static final int SHEETS_FROM = 10_000;

    @CommandLine.Option(names = "--sheets", negatable = true,
            description = "Write each period's results below the bloc committee as an Excel sheet beside its period "
                    + "file (periods/2024.xlsx), as an office keeps them; the site built is the same. The default from "
                    + SHEETS_FROM + " organizations on, as a national portal's offices would send them; --no-sheets keeps "
                    + "every figure in YAML.")
    Boolean sheets;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The content folder to write; it must not exist or be empty.")
    String out;

    SampleCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        within("--orgs", organizations, 1, SampleContent.MAX_ORGANIZATIONS, "");
        within("--periods", periods, 1, SampleContent.MAX_PERIODS, " (one a year, the last in 2024)");
        within("--articles", articles, 0, SampleContent.MAX_ARTICLES, "");
        if (!language.equals("vi") && !language.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--language is vi or en, not " + language);
        }
        Path target = new PathArguments(spec, console.workingDir()).folder("--out", out, "--out /tmp/sample");
        String shown = PathArguments.shown(out);
        try {
            if (Files.exists(target) && !isEmptyFolder(target)) {
                // Never into a folder that holds anything: it may be the real content.
                return fail(Main.USAGE, shown + " already exists and is not empty; name a new or empty folder, "
                        + "e.g. --out /tmp/sample");
            }
            new SampleContent(organizations, periods, articles, seed, language.equals("en"), inSheets()).write(target);
        } catch (IOException e) {
            return fail(Main.CONTENT_ERRORS, shown + " could not be written (" + e.getMessage() + ")");
        }
        console.out().println("wrote illustrative content to " + shown + "/: " + organizations + " organizations, "
                + periods + " periods, " + articles + " articles; build it with: portal build --content " + shown);
        console.out().flush();
        return Main.OK;
    }

    /** Sheets when asked for, or at national size when not said. */
    private boolean inSheets() {
        return sheets != null ? sheets : organizations >= SHEETS_FROM;
    }

    /** A count the sample can write and the build can read, or a usage error that says which. */
    private void within(String option, int value, int least, int most, String why) {
        if (value < least || value > most) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " is a number from " + least + " to "
                    + most + why + ", not " + value);
        }
    }

    private int fail(int status, String message) {
        console.err().println("portal sample: " + message);
        console.err().flush();
        return status;
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
