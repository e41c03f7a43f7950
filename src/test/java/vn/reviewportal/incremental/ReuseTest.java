package vn.reviewportal.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestContent;
import vn.reviewportal.check.CheckedContent;
import vn.reviewportal.check.ContentChecker;
import vn.reviewportal.check.TextCheck;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.SiteConfig;

/** What the preview server takes again from the last build is what a fresh build would make. */
class ReuseTest {

    /** The seed's content, with an article whose figures disagree (497/747 is 66.5 %, not 60 %). */
    private static Content content() {
        return TestContent.seed()
                .article(TestContent.ARTICLE, a -> a.markdown(a.markdown() + "\nĐã khắc phục 497/747 khuyết điểm, đạt 60,0%.\n"))
                .build();
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
    void anArticleReadUnchangedIsTakenAgainAsAFreshCheckWouldFindIt() {
        Content content = content();
        Reuse first = BuildMemory.NONE.reuse(true, Optional.empty(), "test");
        CheckedContent checked = ContentChecker.check(content, first.articleTexts(Language.VI));
        assertTrue(checked.diagnostics().stream().anyMatch(d -> d.code().id().equals("ARTICLE-PERCENT-MISMATCH")));
        BuildMemory memory = first.done();

        AtomicInteger runs = new AtomicInteger();
        CheckedContent again = ContentChecker.check(content, counting(memory.reuse(true, Optional.empty(), "test"),
                Language.VI, runs));
        assertEquals(0, runs.get(), "every article is the same object: none is checked again");
        assertEquals(checked.diagnostics(), again.diagnostics());
        assertEquals(checked.findings(), again.findings());
        assertEquals(ContentChecker.check(content).diagnostics(), again.diagnostics(), "as a fresh check finds");
    }

    @Test
    void anArticleCheckedInAnotherLanguageIsCheckedAgain() {
        Content content = content();
        Reuse first = BuildMemory.NONE.reuse(true, Optional.empty(), "test");
        CheckedContent vietnamese = ContentChecker.check(content, first.articleTexts(Language.VI));
        BuildMemory memory = first.done();

        // The same article objects in an English site: its figures are read the English way
        // ("60,0%" is then 0 %), not taken from the Vietnamese check.
        SiteConfig site = content.site();
        Content english = new Content(new SiteConfig(site.title(), site.description(), site.notice(), Language.EN,
                site.root(), site.rootAt(), site.baseUrl()), content.levels(), content.organizations(), content.periods(),
                content.articles());
        AtomicInteger runs = new AtomicInteger();
        CheckedContent checked = ContentChecker.check(english, counting(memory.reuse(true, Optional.empty(), "test"),
                Language.EN, runs));
        assertEquals(english.articles().size(), runs.get());
        assertEquals(ContentChecker.check(english).diagnostics(), checked.diagnostics());
        assertNotEquals(vietnamese.diagnostics(), checked.diagnostics(), "the two languages read the figure differently");
    }

    @Test
    void aOneOffBuildRemembersNothing() {
        Reuse once = BuildMemory.NONE.reuse(false, Optional.empty(), "test");
        ContentChecker.check(content(), once.articleTexts(Language.VI));
        assertEquals(BuildMemory.NONE, once.done());
    }
}
