package vn.reviewportal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import vn.reviewportal.diag.Suggestions;

/**
 * An option a command does not have, said in one line with the option meant: picocli's own
 * message lists the option's value as a second unknown option ("'--outt', 'x'") and finds no
 * suggestion for a letter left out or doubled in a short name ("--ot", "--tmplates") or for
 * capitals ("--Out"); the content's own "did you mean" does.
 */
final class UnknownOption {

    private UnknownOption() {
    }

    /**
     * Says what is wrong when {@code e} is an unknown option of a command; empty for any other
     * mistake, which picocli explains itself.
     */
    static Optional<Integer> explain(CommandLine.ParameterException e, PrintWriter err) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || !unmatched.isUnknownOption()
                || e.getCommandLine().getParent() == null) {
            return Optional.empty();
        }
        CommandLine command = e.getCommandLine();
        String typed = unmatched.getUnmatched().get(0);
        String option = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        List<String> names = command.getCommandSpec().options().stream().flatMap(o -> List.of(o.names()).stream())
                .filter(name -> name.startsWith("--")).toList();
        Optional<String> meant = Suggestions.closest(bare(option), names.stream().map(UnknownOption::bare).toList())
                .map(name -> "--" + name);
        String usage = "portal " + command.getCommandName();
        err.println(usage + ": unknown option '" + option + "'; " + meant.map(name -> "did you mean " + name + "?")
                .orElse("'" + usage + " --help' lists its options"));
        err.flush();
        return Optional.of(Main.USAGE);
    }

    /** The name without its dashes, in small letters: "--Out" and "-out" are both "out". */
    private static String bare(String option) {
        return option.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }
}
