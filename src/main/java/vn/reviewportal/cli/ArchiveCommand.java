package vn.reviewportal.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import vn.reviewportal.archive.Archive;
import vn.reviewportal.archive.Manifest;

@CommandLine.Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Freezes the built site as the snapshot of a year, in archive/<year>/: every file as built, "
                + "a banner on every page saying it is a frozen copy, and a manifest of every file's size and SHA-256.",
                "An existing snapshot is never overwritten. Keep archive/ under version control beside content/; "
                        + "'portal build' copies every snapshot into the site unchanged."})
final class ArchiveCommand implements Callable<Integer> {

    private final Main.Console console;

    @CommandLine.Parameters(paramLabel = "YEAR", description = "The year the snapshot is of, e.g. 2012.")
    int year;

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

    ArchiveCommand(Main.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        LocalDate frozen;
        try {
            frozen = date == null ? LocalDate.now(console.clock()) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--date is written YYYY-MM-DD, not " + date);
        }
        if (year < 1900 || year > 9999) {
            throw new CommandLine.ParameterException(new CommandLine(this), "YEAR is a year such as 2012, not " + year);
        }
        try {
            Manifest manifest = new Archive(console.workingDir().resolve(archive), archive)
                    .freeze(console.workingDir().resolve(site), year, frozen, force, zip);
            console.out().println("froze " + site + "/ as " + archive + "/" + year + "/: " + manifest.files().size()
                    + " files, " + manifest.pages() + " pages" + (zip ? ", and " + archive + "/" + year + ".zip" : "")
                    + "; check it any time with: portal verify " + archive);
            console.out().flush();
            return Main.OK;
        } catch (Archive.RefusedException e) {
            console.err().println("portal archive: " + e.getMessage());
            console.err().flush();
            return Main.CONTENT_ERRORS;
        }
    }
}
