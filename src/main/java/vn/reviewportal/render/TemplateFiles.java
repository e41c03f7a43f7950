package vn.reviewportal.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;

/**
 * The site's templates folder as one look at it finds it: its digest (any change renders every
 * page again), the asset files it adds to the site, and what in it cannot be used. A link that
 * leads out of the folder is an error, never followed: its target would be published
 * ({@code templates/assets/x -> /etc/passwd}). So is anything that cannot be read, and a file
 * too large for a template or an asset of a web page, since a build that quietly used the
 * built-in copy instead would publish a site that looks other than the one meant.
 *
 * @param digest      SHA-256 over every file's path and bytes; "built-in" without a folder
 * @param assets      the files of {@code assets/} and {@code robots.txt}, as site paths
 * @param diagnostics what cannot be used, at most {@link #LIMIT}
 */
public record TemplateFiles(String digest, List<String> assets, List<Diagnostic> diagnostics) {

    /** Largest file of a templates folder: a template, a style sheet, a picture of the header. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /**
     * Problems reported at most, a fifth of those shown: a folder named by mistake
     * ({@code --templates /proc}) has thousands, and the first few say what is wrong.
     */
    static final int LIMIT = Diagnostics.SHOWN / 5;

    public TemplateFiles {
        assets = List.copyOf(assets);
        diagnostics = List.copyOf(diagnostics);
    }

    /** No folder of the site's own: the built-in templates only. */
    static final TemplateFiles BUILT_IN = new TemplateFiles("built-in", List.of(), List.of());

    /**
     * @param dir     the site's templates folder; none or absent means the built-in templates
     * @param display how the folder is named in messages, e.g. {@code templates}
     */
    public static TemplateFiles read(Optional<Path> dir, String display) {
        if (dir.isEmpty() || !Files.exists(dir.get())) {
            return BUILT_IN;
        }
        Path root = dir.get();
        if (isSystemFolder(root)) {
            return failed(Diagnostic.error(Code.TEMPLATES_UNREADABLE, Position.wholeFile(display), display
                    + " is a folder of the operating system, not of templates", "name the folder that holds the site's "
                    + "templates with --templates DIR, or leave it out to use the built-in templates"));
        }
        if (!Files.isDirectory(root)) {
            return failed(Diagnostic.error(Code.TEMPLATES_UNREADABLE, Position.wholeFile(display),
                    display + " is not a folder", "name the folder that holds the templates with --templates DIR"));
        }
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            return failed(Diagnostic.error(Code.TEMPLATES_UNREADABLE, Position.wholeFile(display),
                    "the templates folder cannot be read: " + reason(e), "check that the folder exists and can be read"));
        }
        Walk walk = new Walk(real, display);
        try {
            Files.walkFileTree(real, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            walk.problem(display, "cannot be read: " + reason(e), "check that the folder can be read");
        }
        if (!walk.problems.isEmpty()) {
            return failed(walk.problems());
        }
        MessageDigest digest = sha256();
        List<String> assets = new ArrayList<>();
        walk.files.forEach((relative, fileDigest) -> {
            digest.update(relative.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(fileDigest);
            if (relative.startsWith("assets/") || relative.equals("robots.txt")) {
                assets.add(relative);
            }
        });
        return new TemplateFiles(HexFormat.of().formatHex(digest.digest()), assets, List.of());
    }

    /** File systems the kernel makes up: their files are not files (reading some never ends). */
    private static final Set<String> SYSTEM_FILE_SYSTEMS = Set.of("proc", "sysfs", "devtmpfs",
            "devpts", "debugfs", "tracefs", "securityfs", "cgroup", "cgroup2", "configfs", "bpf", "pstore", "mqueue",
            "fusectl", "binfmt_misc", "hugetlbfs", "efivarfs", "autofs");

    /** Whether {@code path} is on one of the operating system's own file systems ({@code /proc}, {@code /sys}, {@code /dev}). */
    public static boolean isSystemFolder(Path path) {
        try {
            return SYSTEM_FILE_SYSTEMS.contains(Files.getFileStore(path).type());
        } catch (IOException | RuntimeException e) {
            return false; // whatever it is, reading it will say so
        }
    }

    private static TemplateFiles failed(Diagnostic problem) {
        return failed(List.of(problem));
    }

    private static TemplateFiles failed(List<Diagnostic> problems) {
        return new TemplateFiles("unusable", List.of(), problems);
    }

    /** One walk over the folder, following links that stay inside it. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final String display;
        /** Each file's own SHA-256, by its path in the folder, in path order. */
        private final TreeMap<String, byte[]> files = new TreeMap<>();
        private final List<Diagnostic> problems = new ArrayList<>();
        private int more;

        Walk(Path root, String display) {
            this.root = root;
            this.display = display;
        }

        private String relative(Path path) {
            return root.relativize(path).toString().replace('\\', '/');
        }

        private String shown(Path path) {
            String relative = relative(path);
            return relative.isEmpty() ? display : display + "/" + relative;
        }

        /** Whether {@code path}, with every link on the way followed, is still inside the folder. */
        private boolean inside(Path path) throws IOException {
            return path.toRealPath().startsWith(root);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            try {
                if (!inside(dir)) {
                    outside(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
            } catch (IOException e) {
                problem(shown(dir), "cannot be read: " + reason(e), "check that the folder can be read");
                return FileVisitResult.SKIP_SUBTREE;
            }
            // A folder named by mistake (the whole disk) would be walked for hours to say the same.
            return more > LIMIT * 100 ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        private byte[] digestOf(Path file) throws IOException {
            MessageDigest digest = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    total += n;
                    if (total > MAX_FILE_BYTES) {
                        throw new IOException("it grew beyond " + MAX_FILE_BYTES / (1024 * 1024) + " MiB while read");
                    }
                }
            }
            return digest.digest();
        }

        /** The problems found, with a last line counting those not shown. */
        List<Diagnostic> problems() {
            if (more == 0) {
                return problems;
            }
            List<Diagnostic> all = new ArrayList<>(problems);
            all.add(Diagnostic.error(Code.TEMPLATES_UNREADABLE, Position.wholeFile(display), "and " + more
                    + (more == 1 ? " more problem" : " more problems") + " in " + display,
                    "is " + display + " the folder of the site's templates? name it with --templates DIR"));
            return all;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            try {
                if (attributes.isSymbolicLink()) {
                    problem(shown(file), "is a link to " + Files.readSymbolicLink(file) + ", which does not exist",
                            "delete the link, or put the file itself in the folder");
                } else if (!inside(file)) {
                    outside(file);
                } else if (!attributes.isRegularFile()) {
                    problem(shown(file), "is not a file", "only templates and the files of assets/ belong here");
                } else if (attributes.size() > MAX_FILE_BYTES) {
                    problem(shown(file), "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB",
                            "a template or a file of a web page is far smaller; is this the right folder?");
                } else {
                    files.put(relative(file), digestOf(file));
                }
            } catch (IOException e) {
                problem(shown(file), "cannot be read: " + reason(e), "check that the file can be read");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                problem(shown(file), "is a link that leads back into a folder that holds it", "delete the link");
            } else {
                problem(shown(file), "cannot be read: " + reason(e), "check that it can be read");
            }
            return FileVisitResult.CONTINUE;
        }

        private void outside(Path path) {
            String target;
            try {
                // As the link is written (what 'ls -l' shows): the real path differs from machine to machine.
                target = Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString() : path.toRealPath().toString();
            } catch (IOException e) {
                target = "somewhere else";
            }
            problems(Diagnostic.error(Code.TEMPLATE_OUTSIDE, Position.wholeFile(shown(path)), shown(path)
                            + " is a link to " + target + ", outside the templates folder; it is not published",
                    "copy the file into the templates folder instead of linking to it"));
        }

        void problem(String shown, String what, String hint) {
            problems(Diagnostic.error(Code.TEMPLATES_UNREADABLE, Position.wholeFile(shown), shown + " " + what, hint));
        }

        private void problems(Diagnostic diagnostic) {
            if (problems.size() < LIMIT) {
                problems.add(diagnostic);
            } else {
                more++;
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it is gone";
        }
        String message = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage();
        return message == null ? "an error of the file system" : message;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
