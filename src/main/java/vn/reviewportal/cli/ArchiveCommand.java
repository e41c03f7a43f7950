package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import vn.reviewportal.archive.Archive;
import vn.reviewportal.archive.Manifest;
import vn.reviewportal.output.OutputLock;

@CommandLine.Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Freezes the built site as the snapshot of a year, in archive/<year>/: every file as built, "
                + "a banner on every page saying it is a frozen copy, and a manifest of every file's size and SHA-256.",
                "An existing snapshot is never overwritten. Keep archive/ under version control beside content/; "
                        + "'portal build' copies every snapshot into the site unchanged."})
final class ArchiveCommand implements Callable<Integer> {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Main.Console console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Text, not a number: "abc" is answered in a sentence, not with picocli's "is not an int". */
    @CommandLine.Parameters(paramLabel = "YEAR", description = "The year the snapshot is of, e.g. 2012.")
    String year;

    @CommandLine.Option(names = "--site", paramLabel = "DIR", defaultValue = "site",
            description = "The built site to freeze (default: ${DEFAULT-VALUE}).")
    String site;

    @CommandLine.Option(names = "--archive", paramLabel = "DIR", defaultValue = "archive",
            description = "The archive folder (default: ${DEFAULT-VALUE}).")
    String archive;

    @CommandLine.Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The day of freezing shown in the banner (default: today).")
    String date;

    @CommandLine.Option(names = "--force",
            description = "Freeze again: the existing snapshot is moved into archive/.replaced/, never deleted.")
    boolean force;

    @CommandLine.Option(names = "--zip", description = "Also write archive/<year>.zip, byte-identical for the same snapshot.")
    boolean zip;

    @CommandLine.Mixin
    LockOptions lock;

    ArchiveCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        int frozenYear = year();
        LocalDate frozen = frozen();
        Path sitePath = folder("--site", site);
        Path archivePath = folder("--archive", archive);
        // The site must not be rebuilt while it is frozen, nor one year frozen twice at once.
        try (LockOptions.Held held = lock.hold(console, "archive", List.of(
                new LockOptions.Folder(sitePath.toAbsolutePath().normalize(), site),
                new LockOptions.Folder(archivePath.toAbsolutePath().normalize(), archive)))) {
            Manifest manifest = new Archive(archivePath, archive)
                    .freeze(sitePath, site, frozenYear, frozen, force, zip);
            console.out().println("froze " + site + "/ as " + archive + "/" + frozenYear + "/: "
                    + manifest.files().size() + " files, " + manifest.pages() + " pages"
                    + (zip ? ", and " + archive + "/" + frozenYear + ".zip" : "")
                    + "; check it any time with: portal verify " + archive);
            console.out().flush();
            return Main.OK;
        } catch (Archive.RefusedException e) {
            new Reporter(console).diagnostics(e.diagnostics());
            return Main.CONTENT_ERRORS;
        } catch (OutputLock.Busy e) {
            console.err().println("portal archive: " + e.getMessage() + "; nothing was frozen");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            console.err().println("portal archive: the lock beside " + site + " or " + archive + " cannot be written ("
                    + e.getMessage() + "); nothing was frozen");
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
    }

    private int year() {
        if (!YEAR.matcher(year).matches() || Integer.parseInt(year) < 1900) {
            throw usage("YEAR is a year such as 2012, not '" + year + "'");
        }
        return Integer.parseInt(year);
    }

    private LocalDate frozen() {
        if (date == null) {
            return LocalDate.now(console.clock());
        }
        try {
            if (DAY.matcher(date).matches()) {
                return LocalDate.parse(date);
            }
        } catch (DateTimeParseException e) {
            // not a day of the calendar, such as 2013-02-30: said below
        }
        throw usage("--date is a day written YYYY-MM-DD, such as 2013-12-31, not '" + date + "'");
    }

    /** A folder option, checked as every command checks the paths it is given ({@link PathArguments}). */
    private Path folder(String option, String typed) {
        return new PathArguments(spec, console.workingDir()).folder(option, typed, option + " " + option.substring(2));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
