package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The files and folders a command is given on its command line, checked the same way for every
 * option and argument before anything is read or written. A name that is empty, carries an
 * invisible control character (a line break or an ESC pasted with it, which would also reach
 * the terminal in every message), is longer than a file system allows, names a file where a
 * folder is expected (or the reverse), or lies inside a folder it must be kept apart from, is
 * wrong usage: exit 2, with a sentence that names the option, the value and what to type.
 */
final class PathArguments {

    /** The longest name of one file or folder that Linux and Windows file systems allow (bytes of UTF-8 on ext4). */
    static final int LONGEST_NAME = 255;

    private final CommandLine commandLine;
    private final Path workingDir;

    PathArguments(CommandLine.Model.CommandSpec command, Path workingDir) {
        this.commandLine = command.commandLine();
        this.workingDir = workingDir;
    }

    /**
     * A folder that need not exist yet, but is not a file and is not inside one.
     *
     * @param option  the option as typed, e.g. {@code --out}
     * @param example what to type instead, e.g. {@code --out site}
     */
    Path folder(String option, String value, String example) {
        Path path = named(option, value, "folder", example);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw usage(subject(option, value) + " is a file, not a folder; name a folder, e.g. " + example);
        }
        return path;
    }

    /** A folder that exists already; {@code missing} says what to do when it does not. */
    Path existingFolder(String option, String value, String example, String missing) {
        Path path = folder(option, value, example);
        if (!Files.isDirectory(path)) {
            throw usage(subject(option, value) + " does not exist; " + missing);
        }
        return path;
    }

    /** A file or a folder that exists; {@code missing} says what to do when there is nothing there. */
    Path existing(String option, String value, String example, String missing) {
        Path path = named(option, value, "file or folder", example);
        if (!Files.exists(path)) {
            throw usage("there is nothing at " + value + "; " + missing);
        }
        return path;
    }

    /** A file that exists and can be read. */
    Path existingFile(String option, String value, String example) {
        Path path = named(option, value, "file", example);
        if (Files.isDirectory(path)) {
            throw usage(subject(option, value) + " is a folder, not a file; name a file, e.g. " + example);
        }
        if (!Files.isRegularFile(path)) {
            throw usage(subject(option, value) + " does not exist; name a file, e.g. " + example);
        }
        return path;
    }

    /** One of two folders that must not be the same, nor one inside the other. */
    record Folder(String option, String value, Path path, String what) {
    }

    /**
     * Refuses {@code named} when it is {@code kept}, lies inside it, or holds it: writing there
     * would write into, or replace, what the command reads.
     *
     * @param why     what would happen, e.g. "the site would be written among the content files"
     * @param example what to type instead
     */
    void apart(Folder named, Folder kept, String why, String example) {
        Path a = real(named.path());
        Path b = real(kept.path());
        String relation = a.equals(b) ? " is " : a.startsWith(b) ? " is inside " : b.startsWith(a) ? " holds " : null;
        if (relation != null) {
            throw usage(subject(named.option(), named.value()) + relation + kept.what() + " ("
                    + subject(kept.option(), kept.value()) + "); " + why + ": name a folder of its own, e.g. " + example);
        }
    }

    /** A folder as the user wrote it, without the slashes at its end, for messages ("site/" is shown as "site"). */
    static String shown(String folder) {
        String trimmed = folder.replaceAll("[/\\\\]+$", "");
        return trimmed.isEmpty() ? folder : trimmed;
    }

    private Path named(String option, String value, String kind, String example) {
        if (value.isBlank()) {
            throw usage(option + " is empty; name a " + kind + ", e.g. " + example);
        }
        Optional<String> control = controlCharacter(value);
        if (control.isPresent()) {
            throw usage(option + " \"" + escaped(value) + "\" contains " + control.get()
                    + ", perhaps pasted with the name; type the name again, e.g. " + example);
        }
        for (String name : value.split("[/\\\\]")) {
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > LONGEST_NAME) {
                throw usage(option + " names a " + kind + " \"" + name.substring(0, 20) + "…\" that is longer than a "
                        + "file system allows (" + bytes + " bytes; at most " + LONGEST_NAME + " in one name); choose "
                        + "a shorter name, e.g. " + example);
            }
        }
        Path path;
        try {
            path = workingDir.resolve(value);
        } catch (InvalidPathException e) {
            throw usage(subject(option, value) + " cannot be the name of a " + kind + " here (" + e.getReason()
                    + "); choose another name, e.g. " + example);
        }
        fileAbove(Path.of(value)).ifPresent(file -> {
            throw usage(subject(option, value) + " is inside " + file + ", which is a file, not a folder; name a "
                    + kind + " elsewhere, e.g. " + example);
        });
        return path;
    }

    /** The nearest existing entry above the path as typed, if it is a file instead of a folder. */
    private Optional<Path> fileAbove(Path typed) {
        for (Path above = typed.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(workingDir.resolve(above))) {
                return Files.isDirectory(workingDir.resolve(above)) ? Optional.empty() : Optional.of(above);
            }
        }
        return Optional.empty();
    }

    /**
     * Where a path really is, so that "site", "./site" and a link to it compare equal: the
     * longest part that exists with its links followed, and the rest as written.
     */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute; // cannot be followed: the command that uses it says why
        }
    }

    /** C0 and C1 control characters, which no one types in a name or a title on purpose. */
    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** The first control character of {@code text}, in words: "an invisible control character (U+001B)". */
    static Optional<String> controlCharacter(String text) {
        return text.chars().filter(PathArguments::isControl).findFirst()
                .stream().mapToObj(c -> String.format(Locale.ROOT, "an invisible control character (U+%04X)", c))
                .findFirst();
    }

    /** The value with its control characters written out, so that the message itself is safe to print. */
    private static String escaped(String value) {
        StringBuilder text = new StringBuilder();
        value.chars().forEach(c -> text.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                : isControl(c) ? String.format(Locale.ROOT, "\\u%04X", c) : String.valueOf((char) c)));
        return text.toString();
    }

    /** "--out site" for an option, "bai.txt" for an argument (whose label, such as FILE, says nothing more). */
    private static String subject(String option, String value) {
        return option.startsWith("-") ? option + " " + value : value;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }
}
