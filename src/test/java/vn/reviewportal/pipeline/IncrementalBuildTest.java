package vn.reviewportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.model.SiteFile;
import vn.reviewportal.sample.SampleContent;

/** A rebuild after an edit renders only what the edit touches, and gives the clean build's bytes. */
class IncrementalBuildTest {

    @TempDir
    Path work;

    private Pipeline pipeline;
    private BuildReport first;

    @BeforeEach
    void buildOnce() throws IOException {
        new SampleContent(20, 2, 12, 7, false).write(work.resolve("content"));
        // Saved an hour ago, so that the next build may take unchanged articles as they were read.
        java.nio.file.attribute.FileTime anHourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        try (var files = Files.walk(work.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
        TestFiles.copyTree(TestFiles.project().resolve("templates"), work.resolve("templates"));
        pipeline = new Pipeline(new BuildOptions(work.resolve("content"), "content",
                Optional.of(work.resolve("templates")), "templates", Optional.empty(), "", Optional.empty(), ""));
        first = pipeline.run();
        assertTrue(first.succeeded(), first.diagnostics().toString());
    }

    private static Map<String, String> files(BuildReport report) {
        Map<String, String> files = new TreeMap<>();
        for (SiteFile f : report.files()) {
            files.put(f.path(), TestFiles.sha256(f.bytes()));
        }
        return files;
    }

    private BuildReport editAndRebuild(String file, UnaryOperator<String> edit) throws IOException {
        Path path = work.resolve(file);
        Files.writeString(path, edit.apply(Files.readString(path)));
        BuildReport incremental = pipeline.run(first.memory());
        BuildReport clean = pipeline.run();
        assertTrue(incremental.succeeded(), incremental.diagnostics().toString());
        assertEquals(files(clean), files(incremental), "the incremental build is the clean build, byte for byte");
        return incremental;
    }

    @Test
    void anEditedArticleRendersItsPageAndTheListsShowingIt() throws IOException {
        String article;
        try (var list = Files.list(work.resolve("content/articles"))) {
            article = "content/articles/" + list.sorted().findFirst().orElseThrow().getFileName();
        }
        BuildReport rebuilt = editAndRebuild(article, s -> s.replaceFirst("title: \"", "title: \"Đã sửa: "));
        assertTrue(rebuilt.renderedPages() >= 2 && rebuilt.renderedPages() <= 6,
                "the article, the news list and the home page, not all " + rebuilt.pages() + ": " + rebuilt.renderedPages());
    }

    @Test
    void anEditedPeriodRendersLessThanEverything() throws IOException {
        BuildReport rebuilt = editAndRebuild("content/periods/2024.yaml",
                s -> s.replaceFirst("title: .*", "title: Kiểm điểm năm 2024 (đã sửa)"));
        assertTrue(rebuilt.renderedPages() < rebuilt.pages(), rebuilt.renderedPages() + " of " + rebuilt.pages());
    }

    @Test
    void anEditedTemplateRendersEveryPage() throws IOException {
        BuildReport rebuilt = editAndRebuild("templates/news-list.ftlh", s -> s.replace("<h1>", "<h1 class=\"news\">"));
        assertEquals(rebuilt.pages(), rebuilt.renderedPages());
    }

    @Test
    void nothingChangedRendersNothing() {
        BuildReport again = pipeline.run(first.memory());
        assertEquals(0, again.renderedPages());
        assertEquals(files(first), files(again));
    }
}
