package vn.reviewportal.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.reviewportal.pipeline.BuildOptions;

/**
 * The folders a build reads (content, templates, archive), watched for changes with every
 * folder below them, new ones included. What cannot be watched is said on the console.
 */
final class FolderWatch implements AutoCloseable {

    /** How long the events of one save are gathered: an editor writes a file in a few quick steps. */
    private static final long GATHER_MILLIS = 10;

    /** A folder watched for changes, and how messages name it. */
    private record Watched(Path dir, String display) {
    }

    private final List<Watched> watched;
    private final PrintWriter console;
    private final WatchService watcher;

    FolderWatch(BuildOptions options, PrintWriter console) throws IOException {
        List<Watched> folders = new ArrayList<>(List.of(new Watched(options.contentDir(), options.contentDisplay())));
        options.templatesDir().ifPresent(dir -> folders.add(new Watched(dir, options.templatesDisplay())));
        options.archiveDir().ifPresent(dir -> folders.add(new Watched(dir, options.archiveDisplay())));
        this.watched = List.copyOf(folders);
        this.console = console;
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Watched folder : watched) {
            if (Files.isDirectory(folder.dir())) {
                registerTree(folder.dir());
            }
        }
    }

    /** Waits for the next change. */
    WatchKey take() throws InterruptedException {
        return watcher.take();
    }

    /** The next change if one has come, or comes within {@code millis}; else null. */
    WatchKey poll(long millis) throws InterruptedException {
        return millis == 0 ? watcher.poll() : watcher.poll(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the events of {@code key} and those that follow within {@link #GATHER_MILLIS}, the
     * events of one save, and watches the folders they created.
     */
    void gather(WatchKey key) throws InterruptedException {
        List<Path> created = new ArrayList<>();
        do {
            Path dir = (Path) key.watchable();
            key.pollEvents().forEach(e -> {
                if (e.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                    created.add(dir.resolve(name));
                }
            });
            key.reset();
            key = watcher.poll(GATHER_MILLIS, TimeUnit.MILLISECONDS);
        } while (key != null);
        created.forEach(this::registerTree);
    }

    /**
     * Watches {@code root} and every folder below it that can be read. One that cannot (no
     * permission, too many watches) is said on the console and passed over: the build reports
     * what it cannot read, and the rest is watched. A folder that has gone again is no news. Once
     * an unreadable folder's permissions change, its parent reports it and it is watched then.
     */
    private void registerTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    try {
                        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                    } catch (IOException e) {
                        cannotWatch(dir, e);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    cannotWatch(file, e);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        cannotWatch(dir, e);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            cannotWatch(root, e);
        }
    }

    private void cannotWatch(Path dir, IOException e) {
        if (e instanceof NoSuchFileException) {
            return;
        }
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        console.println("cannot watch " + display(dir) + " (" + reason + "): changes in it are not seen until it can be read");
        console.flush();
    }

    /** The folder as messages name it: under the display name of the watched folder that holds it. */
    private String display(Path path) {
        for (Watched folder : watched) {
            if (path.startsWith(folder.dir())) {
                String below = folder.dir().relativize(path).toString().replace('\\', '/');
                return below.isEmpty() ? folder.display() : folder.display() + "/" + below;
            }
        }
        return path.toString();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
