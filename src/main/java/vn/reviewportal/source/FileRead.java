package vn.reviewportal.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.reviewportal.diag.Diagnostic;

/**
 * What reading one content file on its own core found, for the reading it is joined into: its
 * diagnostics, its text if a diagnostic may quote it, where to read it again otherwise, and the
 * file's digest.
 *
 * @param texts  the file's text by displayed path, kept when a diagnostic may quote it
 * @param onDisk the file by displayed path, when its text was not kept but is read again to quote it
 */
public record FileRead(List<Diagnostic> diagnostics, Map<String, String> texts, Map<String, Path> onDisk,
                       byte[] digest) {

    public FileRead {
        diagnostics = List.copyOf(diagnostics);
        texts = Map.copyOf(texts);
        onDisk = Map.copyOf(onDisk);
        digest = digest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }
}
