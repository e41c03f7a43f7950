package vn.reviewportal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import picocli.CommandLine;
import vn.reviewportal.output.OutputLock;

/**
 * How a command that changes a folder (build, publish, archive) waits for another one that is
 * changing it: two at once would mix their work, so the second waits, and says so.
 */
final class LockOptions {

    @CommandLine.Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait while another portal command changes the same folder "
                    + "(default: ${DEFAULT-VALUE}; 0 gives up at once).")
    int waitSeconds;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    /** The locks of several folders, released together. */
    static final class Held implements AutoCloseable {
        private final List<OutputLock> locks;

        private Held(List<OutputLock> locks) {
            this.locks = List.copyOf(locks);
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (int i = locks.size() - 1; i >= 0; i--) {
                try {
                    locks.get(i).close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** One folder to lock, and how it is named in messages. */
    record Folder(Path path, String shown) {
    }

    /**
     * Takes the lock of every folder, in the order of their paths (so that two commands that
     * lock the same two folders cannot each wait for the other), telling the console of a wait.
     */
    Held hold(Main.Console console, String command, List<Folder> folders) throws IOException, OutputLock.Busy {
        if (waitSeconds < 0) {
            throw new CommandLine.ParameterException(this.command.commandLine(),
                    "--wait is a number of seconds, 0 or more, not " + waitSeconds);
        }
        List<OutputLock> taken = new ArrayList<>();
        try {
            // By path, each once (a TreeMap: comparing the records themselves costs a cold JVM more).
            TreeMap<Path, Folder> byPath = new TreeMap<>();
            folders.forEach(folder -> byPath.putIfAbsent(folder.path(), folder));
            for (Folder folder : byPath.values()) {
                taken.add(OutputLock.acquire(folder.path(), folder.shown(), command, Duration.ofSeconds(waitSeconds),
                        message -> {
                            console.err().println("portal " + command + ": " + message);
                            console.err().flush();
                        }));
            }
            return new Held(taken);
        } catch (IOException | OutputLock.Busy | RuntimeException e) {
            new Held(taken).close();
            throw e;
        }
    }
}
