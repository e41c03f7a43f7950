package vn.reviewportal.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The right to change one folder (a site, a web server's folder, the archive) for as long as
 * a command runs: an operating-system lock on a file beside the folder ({@code .site.lock} for
 * {@code site/}). A scheduled build and a person's, or two CI jobs, would otherwise share one
 * staging folder and publish a mix of both. The system drops the lock when the process ends,
 * however it ends, so a lock is never left behind by a killed build.
 *
 * <p>The lock file stays (deleting it would let a third command lock a new file while a second
 * one waits on the old); it holds the process id of the command that last took it, for the
 * message of one that waits.
 */
public final class OutputLock implements AutoCloseable {

    /** Where in the file the lock is taken: beyond the text, which a waiting command reads (Windows locks reads too). */
    private static final long REGION = Long.MAX_VALUE / 2;
    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another command still holds the folder after the time allowed. */
    public static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /** The lock file of {@code folder}: {@code .<name>.lock} beside it. */
    public static Path fileOf(Path folder) {
        return folder.resolveSibling("." + folder.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code folder}, waiting up to {@code patience} while another command
     * holds it; {@code waiting} is told once, with who holds it, when there is a wait.
     *
     * @param command what this command is, written for the next one that waits ("build")
     * @throws Busy when the other command still holds it after {@code patience}
     */
    public static OutputLock acquire(Path folder, String shown, String command, Duration patience,
                                     Consumer<String> waiting) throws IOException, Busy {
        Path file = fileOf(folder);
        if (!Files.isDirectory(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    String holder = "portal " + command + ", process " + processId() + "\n";
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                    return new OutputLock(channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new Busy(shown + " is still being changed by another command (" + holder(channel)
                            + ") after waiting " + patience.toSeconds() + " s; let it finish and run this again, "
                            + "or allow a longer wait with --wait SECONDS");
                }
                if (!told) {
                    waiting.accept("waiting for another command to finish with " + shown + " (" + holder(channel) + ")...");
                    told = true;
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Busy("stopped while waiting for another command to finish with " + shown);
                }
            }
        } catch (IOException | Busy | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * This process's id, for the message of a command that waits. Read from /proc where there is
     * one: ProcessHandle is slow to start up for a command that is over in a fraction of a second
     * (docs/performance.md).
     */
    static long processId() {
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self")).toString());
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().pid();
        }
    }

    /** The lock, or null while another process (or another command in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null; // held by a channel of this very process (two commands run in one JVM)
        }
    }

    /** Who holds the lock, as the holder wrote it; a placeholder when it cannot be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(200);
            channel.read(text, 0);
            String written = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8).strip();
            return written.isEmpty() ? "another portal command" : written;
        } catch (IOException e) {
            return "another portal command";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
