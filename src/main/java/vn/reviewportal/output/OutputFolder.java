package vn.reviewportal.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder that a command replaces as a whole (the built site, a web server's folder), as the
 * user named it and as it really is. A name that is a symbolic link is followed: the site is
 * written into the folder the link leads to, beside which the new copy is staged, so that a web
 * server that serves the link's target sees the new site (replacing the link itself with a new
 * folder would leave that target silently old).
 *
 * @param named  the path as given, made absolute
 * @param real   the folder that is written: {@code named}, or where its link leads
 * @param linkTo where the link leads, as the link says it, when {@code named} is a link
 */
public record OutputFolder(Path named, Path real, Optional<String> linkTo) {

    /** Thrown when the named folder cannot be written as a site at all; the message says why. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param named  the folder as given, absolute
     * @param shown  how the user wrote it, for messages
     * @throws Refused when it is the root of the file system, a file, or a link that leads nowhere
     */
    public static OutputFolder of(Path named, String shown) throws Refused {
        Path absolute = named.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new Refused(shown + " is the root of the file system, which cannot hold a site; "
                    + "name a folder of its own, e.g. --out site");
        }
        Path real = absolute;
        Optional<String> linkTo = Optional.empty();
        if (Files.isSymbolicLink(absolute)) {
            try {
                linkTo = Optional.of(Files.readSymbolicLink(absolute).toString());
                real = absolute.toRealPath();
            } catch (FileSystemException e) {
                throw new Refused(shown + " is a symbolic link to " + linkTo.orElse("a place") + ", which "
                        + (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && isLoop(e) ? "leads round in a loop"
                                : "does not exist (is the drive or share mounted?)")
                        + "; make the link lead to a folder, or name the folder itself");
            } catch (IOException e) {
                throw new Refused(shown + " is a symbolic link that cannot be followed: " + e.getMessage());
            }
            if (real.getParent() == null) {
                throw new Refused(shown + " is a symbolic link to the root of the file system, which cannot hold a site");
            }
        }
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new Refused(shown + " is a file, not a folder; name a folder for the site, e.g. --out site");
        }
        return new OutputFolder(absolute, real, linkTo);
    }

    private static boolean isLoop(FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        return reason.contains("levels of symbolic links");
    }

    /** Said when the name is a link: where the site really goes. */
    public Optional<String> note(String shown) {
        return linkTo.map(target -> shown + " is a symbolic link to " + real + "; the site is written there");
    }
}
