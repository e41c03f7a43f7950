package vn.reviewportal.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.check.TextCheck;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.SiteConfig;
import vn.reviewportal.source.ContentLoader;

/** What the preview server takes again from the last build is what a fresh build would make. */
class ReuseTest {

    @TempDir
    Path dir;

    private Content content() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        Path article;
        try (var list = Files.list(dir.resolve("articles"))) {
            article = list.sorted().findFirst().orElseThrow();
        }
        Files.writeString(article, Files.readString(article) + "\nĐã khắc phục 497/747 khuyết điểm, đạt 60,0%.\n");
        return new ContentLoader(dir, "content").load().content().orElseThrow();
    }

    /** The wrapper of {@code reuse}, around a check that counts how often it really runs. */
    private static UnaryOperator<Function<Article, TextCheck>> counting(Reuse reuse, Language language,
                                                                        AtomicInteger runs) {
        return check -> reuse.articleTexts(language).apply(article -> {
            runs.incrementAndGet();
            return check.apply(article);
        });
    }

    @Test
    void anArticleReadUnchangedIsTakenAgainAsAFreshCheckWouldFindIt() throws IOException {
        Content content = content();
        Reuse first = BuildMemory.NONE.reuse(true, Optional.empty(), "test");
        CheckedContent checked = ContentChecker.check(content, first.articleTexts(Language.VI));
        assertTrue(checked.diagnostics().stream().anyMatch(d -> d.code().id().equals("ARTICLE-PERCENT-MISMATCH")));
        BuildMemory memory = first.done(ContentLoader.ArticleReads.NONE);

        AtomicInteger runs = new AtomicInteger();
        CheckedContent again = ContentChecker.check(content, counting(memory.reuse(true, Optional.empty(), "test"),
                Language.VI, runs));
        assertEquals(0, runs.get(), "every article is the same object: none is checked again");
        assertEquals(checked.diagnostics(), again.diagnostics());
        assertEquals(checked.findings(), again.findings());
        assertEquals(ContentChecker.check(content).diagnostics(), again.diagnostics(), "as a fresh check finds");
    }

    @Test
    void anArticleCheckedInAnotherLanguageIsCheckedAgain() throws IOException {
        Content content = content();
        Reuse first = BuildMemory.NONE.reuse(true, Optional.empty(), "test");
        CheckedContent vietnamese = ContentChecker.check(content, first.articleTexts(Language.VI));
        BuildMemory memory = first.done(ContentLoader.ArticleReads.NONE);

        // The same article objects in an English site: its figures are read the English way
        // ("60,0%" is then 0 %), not taken from the Vietnamese check.
        SiteConfig site = content.site();
        Content english = new Content(new SiteConfig(site.title(), site.description(), site.notice(), Language.EN,
                site.root(), site.rootAt(), site.baseUrl()), content.organizations(), content.periods(), content.articles());
        AtomicInteger runs = new AtomicInteger();
        CheckedContent checked = ContentChecker.check(english, counting(memory.reuse(true, Optional.empty(), "test"),
                Language.EN, runs));
        assertEquals(english.articles().size(), runs.get());
        assertEquals(ContentChecker.check(english).diagnostics(), checked.diagnostics());
        assertNotEquals(vietnamese.diagnostics(), checked.diagnostics(), "the two languages read the figure differently");
    }

    @Test
    void aOneOffBuildRemembersNothing() throws IOException {
        Reuse once = BuildMemory.NONE.reuse(false, Optional.empty(), "test");
        ContentChecker.check(content(), once.articleTexts(Language.VI));
        assertEquals(BuildMemory.NONE, once.done(ContentLoader.ArticleReads.NONE));
    }
}
