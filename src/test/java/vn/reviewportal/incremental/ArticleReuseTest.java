package vn.reviewportal.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.source.ContentLoader;
import vn.reviewportal.source.LoadedContent;

class ArticleReuseTest {

    /** One load, how many articles it took again, and what the next load may take. */
    private record Load(LoadedContent loaded, int reused, BuildMemory memory) {
    }

    private static Load load(ContentLoader loader, BuildMemory previous) {
        Reuse reuse = previous.reuse(true, Optional.empty(), "test");
        LoadedContent loaded = loader.load(reuse.articles().apply(loader::readArticle));
        return new Load(loaded, reuse.articlesReused(), reuse.done());
    }

    /** What the preview server relies on to load again in a few milliseconds after a save. */
    @Test
    void aLoadTakesUnchangedArticlesFromThePreviousOneAndReadsChangedOnes(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        Path second = dir.resolve("articles/2013-05-04-bai-moi.md");
        Files.writeString(second, "---\ntitle: Bài mới\ndate: 2013-05-04T08:00:00+07:00\nauthor: Ban biên tập\n---\nNội dung.\n");
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (var articles = Files.list(dir.resolve("articles"))) {
            for (Path article : articles.toList()) {
                Files.setLastModifiedTime(article, anHourAgo);
            }
        }
        ContentLoader loader = new ContentLoader(dir, "content");
        Load first = load(loader, BuildMemory.NONE);
        assertEquals(List.of(), first.loaded().diagnostics());
        assertEquals(0, first.reused());
        Load again = load(loader, first.memory());
        assertEquals(2, again.reused(), "nothing changed: both articles are taken as they were");
        assertEquals(first.loaded().content().orElseThrow().articles(), again.loaded().content().orElseThrow().articles());
        assertEquals(first.loaded().digest(), again.loaded().digest());

        Files.writeString(second, "---\ntitle: Bài đã sửa\ndate: 2013-05-04T08:00:00+07:00\nauthor: Ban biên tập\n---\nNội dung.\n");
        Load edited = load(loader, again.memory());
        assertEquals(1, edited.reused(), "the saved article is read again, the other one is not");
        assertTrue(edited.loaded().content().orElseThrow().articles().stream().anyMatch(a -> a.title().equals("Bài đã sửa")));
        assertTrue(!edited.loaded().digest().equals(again.loaded().digest()));
        Load justSaved = load(loader, edited.memory());
        assertEquals(1, justSaved.reused(), "a file saved in the last two seconds is read every time");
    }
}
