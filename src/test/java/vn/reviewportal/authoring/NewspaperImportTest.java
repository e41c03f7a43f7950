package vn.reviewportal.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.reviewportal.TestFiles;

class NewspaperImportTest {

    /** Our own text in the shape of a copied newspaper page. */
    private static final String PAGE = """
            Bao dien tu Bac Ninh
            Thứ hai, 14/04/2014 - 07:45
            Chi bộ Sở Tư pháp hoàn thành khắc phục khuyết điểm
            Sau đợt kiểm điểm, chi bộ đã sửa xong 12/15 hạn chế được chỉ ra.

            Chi bộ   đã lập kế hoạch cụ thể cho từng hạn chế và giao người theo dõi.

            # Các hạn chế còn lại đang được xử lý trong quý II.

            Minh Hà
            Top
            """;

    @Test
    void readsEveryPartOfTheArticle() throws Exception {
        Draft draft = NewspaperImport.read(PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals("Chi bộ Sở Tư pháp hoàn thành khắc phục khuyết điểm", draft.title());
        assertEquals("2014-04-14T07:45+07:00", draft.date().toString());
        assertEquals("Minh Hà", draft.author());
        assertEquals("Báo điện tử Bắc Ninh, 14/04/2014", draft.source());
        assertEquals("Sau đợt kiểm điểm, chi bộ đã sửa xong 12/15 hạn chế được chỉ ra.", draft.summary());
        assertEquals(3, draft.paragraphs().size());
        assertEquals("Chi bộ đã lập kế hoạch cụ thể cho từng hạn chế và giao người theo dõi.", draft.paragraphs().get(1));
        assertEquals(List.of("left out the page's navigation word \"Top\" at the end"), draft.notes());
        assertEquals("2014-04-14-chi-bo-so-tu-phap-hoan-thanh-khac-phuc-khuyet.md", draft.fileName());
        assertTrue(draft.markdown().contains("\n\\# Các hạn chế còn lại"), "a line starting with # stays text");
    }

    @Test
    void copesWithByteOrderMarkWindowsLineEndsAndDecomposedText() throws Exception {
        String messy = "\uFEFF" + Normalizer.normalize(PAGE, Normalizer.Form.NFD).replace("\n", "\r\n")
                .replace("Minh Hà", "  Minh Hà  ");
        Draft draft = NewspaperImport.read(messy.getBytes(StandardCharsets.UTF_8));
        assertEquals(NewspaperImport.read(PAGE.getBytes(StandardCharsets.UTF_8)), draft);
    }

    @Test
    void saysWhatItCouldNotRecognise() throws Exception {
        Draft noTime = NewspaperImport.read("""
                Báo Bắc Ninh
                Chủ nhật, 06/04/2014
                Tiêu đề bài
                Đoạn đầu tiên của bài viết.
                Đoạn cuối cùng cũng kết thúc bằng dấu chấm.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals("2014-04-06T00:00+07:00", noTime.date().toString());
        assertEquals("", noTime.author());
        assertEquals(List.of("the date line gives no time; 00:00 is used",
                "the last line does not look like the author's name; 'author' is left out"), noTime.notes());
        NewspaperImport.UnrecognisedException missing = assertThrows(NewspaperImport.UnrecognisedException.class,
                () -> NewspaperImport.read("Một đoạn văn không có ngày tháng.\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(missing.getMessage().contains("no date line"), missing.getMessage());
    }

    @Test
    void theSeedReportImportsWithItsTitleDateAuthorAndSource() throws IOException, Exception {
        Path seed = TestFiles.project().resolve("../shared/seed/000_daea17a68034c953.txt").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the seed report is beside the project on these machines");
        Draft draft = NewspaperImport.read(Files.readAllBytes(seed));
        assertTrue(draft.title().startsWith("Kiểm tra việc khắc phục, sửa chữa khuyết điểm sau kiểm điểm"), draft.title());
        assertEquals("2013-05-03T08:19+07:00", draft.date().toString());
        assertEquals("Vân Giang", draft.author());
        assertEquals("Báo điện tử Bắc Ninh, 03/05/2013", draft.source());
    }
}
