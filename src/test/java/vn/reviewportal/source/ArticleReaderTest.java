package vn.reviewportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.Ref;

class ArticleReaderTest {

    private static final String FILE = "content/articles/2013-05-04-bai-moi.md";

    private final ArticleReader reader = new ArticleReader(new YamlReader(ContentFolder.MAX_FILE_BYTES));
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void theFrontMatterAndTheBodyAreReadAndTheFileNameIsTheSlug() {
        Article article = reader.read(FILE, """
                ---
                title: Bài mới
                date: 2013-05-04T08:00:00+07:00
                tags: [kiểm điểm]
                organizations: [khoi]
                period: 2012
                ---
                ## Tiêu đề

                Đảng bộ đã *hoàn thành* [kiểm điểm](x.html).
                """, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.list());
        assertEquals("2013-05-04-bai-moi", article.slug());
        assertEquals("Bài mới", article.title());
        assertEquals("2013-05-04T08:00+07:00", article.date().toString());
        assertEquals(List.of("kiểm điểm"), article.tags());
        assertEquals(List.of(new Ref("khoi", new Position(FILE, 5, 17))), article.organizations());
        assertEquals(Optional.of("2012"), article.period().map(Ref::id));
        assertEquals(8, article.bodyLine());
        assertEquals("## Tiêu đề\n\nĐảng bộ đã *hoàn thành* [kiểm điểm](x.html).\n", article.markdown());
        assertEquals("Đảng bộ đã hoàn thành kiểm điểm.", article.summary(), "without a summary, the first paragraph");
    }

    @Test
    void frontMatterPositionsAreFilePositions() {
        Optional<Article> article = reader.read(FILE, """
                ---
                title: Bài mới
                date: 2013-05-04
                ---
                Nội dung.
                """, diagnostics);
        assertEquals(Optional.empty(), article);
        assertEquals(List.of(Diagnostic.error(Code.INVALID_DATE, new Position(FILE, 3, 7),
                "'date' must be a date and time with its time zone, but this is '2013-05-04'",
                "for 3 May 2013, 15:00 in Vietnam write 2013-05-03T15:00:00+07:00")), diagnostics.list());
    }

    @Test
    void aFileNameThatCannotBeAWebAddressIsRefusedWithOneThatCan() {
        reader.read("content/articles/Bài mới.md", "---\ntitle: Bài mới\n---\n", diagnostics);
        assertEquals(List.of(Diagnostic.error(Code.INVALID_SLUG, Position.wholeFile("content/articles/Bài mới.md"),
                "the file name 'Bài mới.md' cannot be used as a web address",
                "use lowercase letters a-z, digits and hyphens, e.g. 'bai-moi.md'")), diagnostics.list());
    }

    @Test
    void aSummaryDefaultsToTheFirstParagraph() {
        assertEquals("Đảng bộ đã hoàn thành kiểm điểm.",
                ArticleReader.firstParagraph("## Tiêu đề\n\nĐảng bộ đã *hoàn thành*\n[kiểm điểm](x.html).\n\nĐoạn hai."));
    }
}
