package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.ShortcomingCount;

class ContentLoaderTest {

    @Test
    void theDefaultContentHoldsTheSeedReportsFigures() {
        LoadedContent loaded = new ContentLoader(TestFiles.project().resolve("content"), "content").load();
        assertEquals(List.of(), loaded.diagnostics());
        Content content = loaded.content().orElseThrow();
        Period period = content.period(PeriodSpan.year(2012)).orElseThrow();
        Result result = period.resultFor("dbk-cqt-bac-ninh").orElseThrow();
        assertEquals(55, result.reviewed().orElseThrow().done());
        assertEquals(55, result.reviewed().orElseThrow().required());
        assertEquals(161, result.suggestedContents().orElseThrow());
        assertEquals(List.of(16L, 64L, 215L, 409L, 4716L),
                result.comments().stream().map(c -> c.count()).toList());
        ShortcomingCount organizations = result.shortcomings().get(0);
        assertEquals(List.of(747L, 497L), List.of(organizations.found(), organizations.remediated()));
        assertEquals(Optional.of(PublishedPercent.exact(new BigDecimal("66.3"))), organizations.reportedPercent());
        assertEquals(List.of(2005L, 1334L), List.of(result.shortcomings().get(1).found(), result.shortcomings().get(1).remediated()));
        assertEquals(List.of(5140L, 3665L), List.of(result.shortcomings().get(2).found(), result.shortcomings().get(2).remediated()));
        assertEquals(OptionalLong.of(8), result.discipline().orElseThrow().members());
        assertEquals(OptionalLong.of(1), result.discipline().orElseThrow().committeeMembers());
        Article article = content.articles().get(0);
        assertTrue(article.source().contains("Vân Giang"), article.source());
        assertEquals("2013-05-03T15:00+07:00", article.date().toString());
    }

    @Test
    void everyProblemInAFileIsReportedInOneRun(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        String period = Files.readString(dir.resolve("periods/2012.yaml"))
                .replace("found: 747", "found: -747")
                .replace("found: 2005", "found: 2.005")
                .replace("suggested_contents: 161", "suggested_content: 161");
        Files.writeString(dir.resolve("periods/2012.yaml"), period);
        LoadedContent loaded = new ContentLoader(dir, "content").load();
        assertTrue(loaded.content().isEmpty());
        assertEquals(List.of("UNKNOWN-KEY", "NEGATIVE-COUNT", "NOT-A-COUNT"),
                loaded.diagnostics().stream().map(d -> d.code().id()).toList());
        assertTrue(loaded.diagnostics().get(2).hint().contains("2005"), loaded.diagnostics().get(2).hint());
    }

    @Test
    void invalidUtf8IsReportedWhereItIs(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        // "Kết quả" saved by an editor in a Windows code page: 0xEA alone is not UTF-8.
        byte[] bytes = "language: vi\ntitle: K?t qu\n".getBytes(StandardCharsets.US_ASCII);
        bytes[21] = (byte) 0xEA;
        Files.write(dir.resolve("site.yaml"), bytes);
        List<Diagnostic> problems = new ContentLoader(dir, "content").load().diagnostics();
        assertEquals(Code.INVALID_UTF8, problems.get(0).code());
        assertEquals(new Position("content/site.yaml", 2, 9), problems.get(0).position());
    }

    @Test
    void aLinkLeadingOutOfTheContentFolderIsNotFollowed(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        TestFiles.copyTree(TestFiles.project().resolve("content"), content);
        Path secret = Files.writeString(dir.resolve("secret.md"), "---\ntitle: Bí mật\ndate: 2013-05-03T15:00:00+07:00\n---\nx\n");
        Files.createSymbolicLink(content.resolve("articles/2013-05-04-lien-ket.md"), secret);
        List<Diagnostic> problems = new ContentLoader(content, "content").load().diagnostics();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Code.OUTSIDE_CONTENT, problems.get(0).code());
        assertEquals("content/articles/2013-05-04-lien-ket.md", problems.get(0).position().file());
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        Files.writeString(dir.resolve("site.yaml"), "\uFEFF" + Files.readString(dir.resolve("site.yaml")));
        assertEquals(List.of(), new ContentLoader(dir, "content").load().diagnostics());
    }

    /** What lets a build take articles from the one before without the loader knowing of it. */
    @Test
    void eachArticleFileIsReadByTheFunctionTheLoadIsGiven(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        ContentLoader loader = new ContentLoader(dir, "content");
        Set<Path> asked = ConcurrentHashMap.newKeySet();
        ArticleRead noArticle = new ArticleRead(new FileRead(List.of(), Map.of(), Map.of(), new byte[0]), Optional.empty());
        LoadedContent loaded = loader.load(file -> {
            asked.add(file);
            return noArticle;
        });
        try (var files = Files.list(dir.resolve("articles"))) {
            assertEquals(files.collect(Collectors.toSet()), asked);
        }
        assertEquals(List.of(), loaded.content().orElseThrow().articles(), "the load takes what the function gives");
    }
}
