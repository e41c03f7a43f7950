package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.FolderNames;
import vn.reviewportal.diag.Position;

class ContentFolderTest {

    @TempDir
    Path work;

    /** The site names the content folder by its own name: the last one typed, or the real folder's for . and .. */
    @Test
    void theFolderKeepsTheNameTypedForMessagesAndHasItsOwnNameForTheSite() throws IOException {
        Path content = Files.createDirectories(work.resolve("abc/tinh-bn"));
        assertEquals(new FolderNames("content", "content"), new ContentFolder(work.resolve("content"), "content").names());
        assertEquals(new FolderNames(content.toString(), "tinh-bn"),
                new ContentFolder(content, content.toString()).names());
        assertEquals(new FolderNames(content.toString(), "tinh-bn"),
                new ContentFolder(work.resolve(content + "/"), content + "/").names());
        assertEquals(new FolderNames(".", "tinh-bn"), new ContentFolder(content.resolve("."), ".").names());
        assertEquals(new FolderNames(".", "tinh-bn"), new ContentFolder(content.resolve("./"), "./").names());
        assertEquals(new FolderNames("tinh-bn/..", "abc"),
                new ContentFolder(content.resolve(".."), "tinh-bn/..").names());
        assertEquals("content", new ContentFolder(Path.of("/"), "/").names().own(), "the root of a drive has no name");
    }

    /** The system's message names only the path when a file may not be read or has gone; the diagnostic says why. */
    @Test
    void aFileTheSystemWillNotReadIsReportedWithTheReasonInWordsAndWhatToDo() {
        Position at = Position.wholeFile("content/periods/2013.yaml");
        assertEquals(Diagnostic.error(Code.UNREADABLE, at, "the file may not be read by the user running the portal "
                        + "(permission denied)", "ask whoever manages this computer to let your user read the file, "
                        + "or copy it again into the content folder, which makes you its owner"),
                ContentFolder.unreadable(at, "the file", new AccessDeniedException("/srv/content/periods/2013.yaml")));
        assertEquals("the folder disappeared while it was being read", ContentFolder.unreadable(at, "the folder",
                new NoSuchFileException("/srv/content/periods")).message());
        Diagnostic failed = ContentFolder.unreadable(at, "the file",
                new FileSystemException("/srv/content/periods/2013.yaml", null, "Input/output error"));
        assertEquals("the file cannot be read: the system says \"Input/output error\"", failed.message());
        assertTrue(failed.hint().startsWith("check that the disk or the network folder is reachable"), failed.hint());
        assertEquals("the file cannot be read: the system says \"an input or output error\"",
                ContentFolder.unreadable(at, "the file", new IOException()).message());
    }
}
