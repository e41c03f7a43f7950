package vn.reviewportal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import vn.reviewportal.diag.TerminalWriter;
import vn.reviewportal.pipeline.Version;

/**
 * The {@code portal} command. Exit status: 0 success (warnings allowed), 1 content errors,
 * 2 wrong usage.
 */
@CommandLine.Command(name = "portal", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Builds the review portal: a static intranet site with the results of the yearly review.",
        footer = {"", "Exit status: 0 success (warnings allowed), 1 content errors, 2 wrong usage.",
                "Run 'portal <command> --help' for the options of a command."})
public final class Main implements Callable<Integer> {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Console console = new Console(out, err, System.console() != null, System.getenv(), Path.of(""));
        // A worker thread that runs out of memory must not print a stack trace of its own: the
        // main thread reports it in a sentence (run). Anything else is one line, not a trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                err.println("portal: internal error in " + thread.getName() + ": " + e);
            }
        });
        int status;
        try {
            status = run(args, console);
        } catch (OutOfMemoryError e) {
            outOfMemory(err);
            status = CONTENT_ERRORS;
        }
        System.exit(status);
    }

    /** Runs the command line with the given streams and environment; returns the exit status. */
    static int run(String[] args, Console terminal) {
        // Whatever a command prints passes through a TerminalWriter: a file name, a line of a file
        // or a snapshot's text must be shown on the terminal, never act on it.
        Console console = terminal.shown();
        CommandLine commandLine = new CommandLine(new Main(), new Factory(console));
        // Picocli reads every command's annotations when it is added, a good part of an up-to-date
        // build (docs/performance.md): a run that names its command gets only that one; anything
        // else (help, no command, a mistyped one) gets them all, for the list and suggestions.
        Optional<Class<?>> named = COMMANDS.stream()
                .filter(type -> type != CommandLine.HelpCommand.class && args.length > 0 && args[0].equals(name(type)))
                .findFirst();
        if (named.isPresent()) {
            commandLine.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach(type -> commandLine.addSubcommand(name(type), type));
        }
        commandLine.setOut(console.out());
        commandLine.setErr(console.err());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            console.err().println("portal: internal error: " + e);
            CommandLine.ParseResult command = parsed.subcommand();
            if (command != null && command.hasMatchedOption("--debug")) {
                e.printStackTrace(console.err());
            } else if (command != null && command.commandSpec().findOption("--debug") != null) {
                console.err().println("Run the same command with --debug to see where it happened, and report it.");
            } else {
                console.err().println("Please report it, with the command you ran.");
            }
            console.err().flush();
            return CONTENT_ERRORS;
        });
        CommandLine.IParameterExceptionHandler picocli = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            Optional<Integer> explained = UnknownOption.explain(e, console.err());
            return explained.isPresent() ? explained.get() : picocli.handleParseException(e, arguments);
        });
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(console.colour()
                ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            outOfMemory(console.err());
            status = CONTENT_ERRORS;
        } catch (StackOverflowError e) {
            console.err().println("portal: internal error: " + e);
            console.err().println("Run the same command with --debug to see where it happened, and report it.");
            status = CONTENT_ERRORS;
        }
        console.out().flush();
        console.err().flush();
        return status;
    }

    /** The commands in the order 'portal --help' lists them (the most used first: they are looked for in this order). */
    private static final List<Class<?>> COMMANDS = List.of(BuildCommand.class, CheckCommand.class,
            ArchiveCommand.class, VerifyCommand.class, DiffCommand.class, ServeCommand.class, PublishCommand.class,
            NewCommand.class, ImportCommand.class, SampleCommand.class, CommandLine.HelpCommand.class);

    private static String name(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }

    /** Said when the heap is exhausted; a constant, so that saying it needs no memory. */
    private static final String OUT_OF_MEMORY = "portal: the build ran out of memory; the site was not changed.\n"
            + "Give Java more, e.g. PORTAL_JAVA_OPTS=-Xmx12g ./portal build; docs/performance.md says how much "
            + "content needs how much memory.";

    /**
     * The site is held in memory until it is written, so a very large content can exhaust the
     * heap: say so in a sentence, not a stack trace (the site on disk is untouched).
     */
    private static void outOfMemory(PrintWriter err) {
        err.println(OUT_OF_MEMORY);
        err.flush();
    }

    /** {@code portal} alone: say what is missing and show the commands. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("portal: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * Streams, terminal, environment, working folder and clock of one run, handed to every
     * command; relative paths on the command line are resolved against {@code workingDir}.
     */
    record Console(PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env, Path workingDir,
                   Clock clock) {
        Console {
            env = Map.copyOf(env);
        }

        Console(PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env, Path workingDir) {
            this(out, err, terminal, env, workingDir, Clock.systemDefaultZone());
        }

        /** The same console, printing through a {@link TerminalWriter}. */
        Console shown() {
            return new Console(new PrintWriter(new TerminalWriter(out, colour()), true),
                    new PrintWriter(new TerminalWriter(err, colour()), true), terminal, env, workingDir, clock);
        }

        /** Colours only on a terminal, and never when NO_COLOR is set. */
        boolean colour() {
            return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        }
    }

    /** Creates the commands with the console of this run, instead of a static. */
    private record Factory(Console console) implements CommandLine.IFactory {
        /** Every command, made with the console of this run. */
        private static final Map<Class<?>, Function<Console, Object>> COMMANDS = Map.of(
                BuildCommand.class, BuildCommand::new, CheckCommand.class, CheckCommand::new,
                ServeCommand.class, ServeCommand::new, PublishCommand.class, PublishCommand::new,
                ArchiveCommand.class, ArchiveCommand::new, VerifyCommand.class, VerifyCommand::new,
                DiffCommand.class, DiffCommand::new, NewCommand.class, NewCommand::new,
                ImportCommand.class, ImportCommand::new, SampleCommand.class, SampleCommand::new);

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Function<Console, Object> command = COMMANDS.get(type);
            return command != null ? type.cast(command.apply(console)) : CommandLine.defaultFactory().create(type);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.generator()};
        }
    }
}
