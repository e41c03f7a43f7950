package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the command line as a clerk's account meets files: held to their permission bits. The
 * tests run as root here and in CI, and root reads every file; root without the capabilities to
 * override permissions does not, and {@code setpriv} starts a program without them. So a file
 * made unreadable with chmod is unreadable to the command run through here.
 */
final class HeldToPermissions {

    private HeldToPermissions() {
    }

    /** What to put before a command so that it is held to permissions (nothing when not root). */
    static List<String> prefix() {
        if (!System.getProperty("user.name").equals("root")) {
            return List.of();
        }
        Optional<Path> setpriv = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .map(dir -> Path.of(dir, "setpriv")).filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(setpriv.isPresent(), "setpriv (util-linux) makes root respect permissions; not found");
        return List.of(setpriv.get().toString(), "--bounding-set=-dac_override,-dac_read_search");
    }

    /** The command in a JVM of its own, in {@code work}, held to permissions. */
    static ProcessBuilder command(Path work, String... args) {
        List<String> command = new ArrayList<>(prefix());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dorg.freemarker.loggerLibrary=none", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("NO_COLOR", "1");
        return builder;
    }

    /** Runs the command to its end and returns what it printed. */
    static Cli.Run portal(Path work, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = command(work, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "portal " + String.join(" ", args) + " finishes");
        Cli.Run run = new Cli.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
