package vn.reviewportal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.reviewportal.TestFiles;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.PublishedPercent;

/**
 * The reader against a corpus of invented sentences, each with the verdict a careful reader gives
 * it, and against the cases the checker relies on: positions, counts, and what is not a share.
 *
 * <p>{@code src/test/resources/article-sentences/corpus.tsv} holds one case a line,
 * {@code verdict<TAB>text}, where {@code \n} in the text is a line break (a wrap inside a
 * paragraph; two make a new paragraph). A line with several shares has the worst verdict of them:
 * mismatch, then other-base, ratio, forced-100, truncated, ok.
 */
class ArticleClaimsTest {

    private static final Path CORPUS = TestFiles.project().resolve("src/test/resources/article-sentences/corpus.tsv");
    /** The verdicts from least to most severe. */
    private static final List<String> SEVERITY = List.of("ok", "truncated", "forced-100", "ratio", "other-base", "mismatch");

    private final ArticleClaims vi = new ArticleClaims(Language.VI);

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(CORPUS, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).map(line -> {
            String[] columns = line.split("\t", 2);
            String text = columns[1].replace("\\n", "\n");
            String start = columns[1].length() > 60 ? columns[1].substring(0, 60) + "…" : columns[1];
            return Arguments.of(columns[0], start, text);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void readsTheVerdictACarefulReaderGives(String expected, String start, String text) {
        assertEquals(expected, verdict(vi, text), () -> "shares read: " + sharesOf(vi, text));
    }

    /** The worst verdict of the shares the text states; "none" when it states none. */
    private static String verdict(ArticleClaims claims, String text) {
        List<ArticleClaims.Share> shares = sharesOf(claims, text);
        if (shares.isEmpty()) {
            return "none";
        }
        return shares.stream().map(share -> share.cause().map(ArticleClaimsTest::verdict).orElse("ok"))
                .max((a, b) -> Integer.compare(SEVERITY.indexOf(a), SEVERITY.indexOf(b))).orElseThrow();
    }

    private static String verdict(MismatchCause cause) {
        if (cause instanceof MismatchCause.Truncated) {
            return "truncated";
        }
        if (cause instanceof MismatchCause.OtherBase) {
            return "other-base";
        }
        if (cause instanceof MismatchCause.Ratio) {
            return "ratio";
        }
        return cause instanceof MismatchCause.ForcedTo100 ? "forced-100" : "mismatch";
    }

    private static List<ArticleClaims.Share> sharesOf(ArticleClaims claims, String text) {
        return claims.blocks(text).stream().flatMap(block -> claims.shares(block).stream()).toList();
    }

    @Test
    void corpusHasEveryVerdictItShould() throws IOException {
        List<String> verdicts = corpus().map(arguments -> (String) arguments.get()[0]).toList();
        assertTrue(verdicts.size() >= 70, "at least 70 cases");
        for (String verdict : List.of("ok", "mismatch", "truncated", "other-base", "ratio", "none")) {
            assertTrue(verdicts.contains(verdict), verdict);
        }
        assertTrue(verdicts.stream().allMatch(v -> v.equals("none") || SEVERITY.contains(v)), "known verdicts only");
    }

    @Test
    void aWrappedSentenceIsOneBlockWhosePositionsAreThoseOfTheBody() {
        String body = """
                # Kết quả kiểm điểm

                Qua kiểm điểm đã phát hiện 747 khuyết điểm,
                  đến nay đã khắc phục 497, đạt 66,5%.
                """;
        List<ArticleClaims.Block> blocks = vi.blocks(body);
        assertEquals(2, blocks.size());
        assertEquals("Kết quả kiểm điểm", blocks.get(0).text());
        ArticleClaims.Block paragraph = blocks.get(1);
        assertEquals("Qua kiểm điểm đã phát hiện 747 khuyết điểm, đến nay đã khắc phục 497, đạt 66,5%.", paragraph.text());
        ArticleClaims.Share share = vi.shares(paragraph).get(0);
        assertEquals(497, share.part());
        assertEquals(747, share.whole());
        assertEquals("497, đạt 66,5%", paragraph.text().substring(share.start(), share.end()));
        // "497" is on the body's line 3 (0-based), after two spaces and "đến nay đã khắc phục ".
        assertEquals(new ArticleClaims.Location(3, 24), paragraph.locate(share.start()));
        assertEquals(new ArticleClaims.Location(2, 28), paragraph.locate(paragraph.text().indexOf("747")));
        assertEquals(new ArticleClaims.Location(0, 3), blocks.get(0).locate(0));
    }

    @Test
    void listItemsQuotesTableRowsAndCodeAreBlocksOfTheirOwn() {
        String body = """
                Đoạn mở đầu
                - mục một
                  nối dòng
                1. mục hai

                > trích dẫn
                > nối tiếp

                | Chi bộ | Tỷ lệ |
                |---|---|
                | 12/15 | 80% |

                ```
                45/50 đạt 80%
                ```
                """;
        List<ArticleClaims.Block> blocks = vi.blocks(body);
        assertEquals(List.of("Đoạn mở đầu", "mục một nối dòng", "mục hai", "trích dẫn nối tiếp", "| Chi bộ | Tỷ lệ |",
                "| 12/15 | 80% |"), blocks.stream().map(ArticleClaims.Block::text).toList());
        assertEquals(List.of(false, false, false, false, true, true),
                blocks.stream().map(ArticleClaims.Block::tableRow).toList());
        assertEquals(new ArticleClaims.Location(2, 3), blocks.get(1).locate("mục một ".length()));
        assertEquals(new ArticleClaims.Location(6, 3), blocks.get(3).locate("trích dẫn ".length()));
        assertEquals(new ArticleClaims.Location(10, 1), blocks.get(5).locate(0));
    }

    @Test
    void aBoundIsKeptWithItsWording() {
        ArticleClaims.Share share = only("Toàn đảng bộ có 1.390 đảng viên, 1.285 đảng viên được xếp loại, đạt trên 90%.");
        assertEquals(new PublishedPercent(new BigDecimal("90"), PublishedPercent.Bound.ABOVE, "trên 90%"), share.published());
        assertEquals(new PublishedPercent(new BigDecimal("60"), PublishedPercent.Bound.NEARLY, "gần 60%"),
                only("Đảng ủy có 48 chi bộ; 28 chi bộ trong sạch, vững mạnh, chiếm gần 60%.").published());
        assertEquals(new PublishedPercent(new BigDecimal("95"), PublishedPercent.Bound.ABOUT, "xấp xỉ 95%"),
                only("Có 640 đảng viên, 608 đảng viên đạt xấp xỉ 95%.").published());
        assertEquals(new PublishedPercent(new BigDecimal("66.5"), PublishedPercent.Bound.EXACT, "66,5"),
                only("Đã khắc phục 497/747 khuyết điểm, đạt 66,5%.").published());
    }

    @Test
    void severalSharesOfOneBaseInOneSentence() {
        String text = "Trong 52 tổ chức cơ sở đảng, 12 tổ chức (chiếm 23,1%) hoàn thành xuất sắc nhiệm vụ, "
                + "30 tổ chức (57,7%) hoàn thành tốt nhiệm vụ. Tỷ lệ khắc phục đạt 66,5% (497/747 khuyết điểm).";
        List<ArticleClaims.Share> shares = sharesOf(vi, text);
        assertEquals(List.of("12 tổ chức (chiếm 23,1%", "30 tổ chức (57,7%", "66,5% (497/747 khuyết điểm)"),
                shares.stream().map(s -> text.substring(s.start(), s.end())).toList());
        assertEquals(List.of(52L, 52L, 747L), shares.stream().map(ArticleClaims.Share::whole).toList());
        assertTrue(shares.stream().allMatch(ArticleClaims.Share::holds));
    }

    @Test
    void theOtherCountsOfTheBlockGoWithTheShare() {
        ArticleClaims.Share share = only("Trong số 378 đảng viên được xếp loại, 210 đảng viên hoàn thành tốt nhiệm vụ, "
                + "chiếm 55,3%; toàn đảng bộ có 380 đảng viên.");
        assertEquals(List.of(380L), share.counts());
        assertEquals(new MismatchCause.OtherBase(380, "stated", true), share.cause().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Năm nay có 45 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, tăng 12,5% so với năm 2012.",
        "Số khuyết điểm của 52 tổ chức cơ sở đảng giảm 3%.",
        "Năm nay 45/52 tổ chức hoàn thành tốt nhiệm vụ, số tổ chức xuất sắc tăng 5%.",
        "Năm nay 45/52 tổ chức hoàn thành tốt nhiệm vụ, cao hơn 5%.",
        "Kết quả, 1.205 trên 1.390 đảng viên hoàn thành tốt nhiệm vụ, tỷ lệ này giảm 2,1%.",
        "Phấn đấu năm 2014 có 48/52 tổ chức cơ sở đảng đạt trong sạch, vững mạnh, bằng 92,3%.",
        "Theo chỉ tiêu, 45 trên 52 tổ chức đạt 86,5%.",
        "Kinh phí cho 52 tổ chức cơ sở đảng đạt 60% dự toán.",
        "Đã chi 45 triệu đồng cho 52 tổ chức cơ sở đảng, bằng 60% dự toán.",
        "Ngày 03/05/2013, 100% chi bộ đã họp.",
        "Trong tháng 5/2013 đạt 80%.",
        "Tính đến 6/2013, đã khắc phục xong, đạt 80%.",
        "Nghị quyết số 04/NQ-TW đạt 90%.",
        "Năm 2013 đạt 78,5%.",
        "Hội nghị Trung ương 4 khóa XI, chiếm 100%.",
        "Điện thoại 0912.345.678, đạt 95%.",
        "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 92,5%."})
    void noShareWhereNoCountIsDividedBy(String text) {
        assertEquals(List.of(), sharesOf(vi, text));
    }

    @Test
    void countsOfEachFigureInThePlainestWordings() {
        assertEquals(List.of(ArticleClaims.Figure.SHORTCOMINGS_FOUND, ArticleClaims.Figure.SHORTCOMINGS_REMEDIATED),
                figures("Qua kiểm điểm đã phát hiện 747 khuyết điểm, đến nay đã khắc phục 497, đạt 66,5%."));
        assertEquals(List.of(new ArticleClaims.Count(1356, ArticleClaims.Figure.SHORTCOMINGS_FOUND, 8, 25)),
                counts("Tổng số 1.356 khuyết điểm."));
        assertEquals(List.of(ArticleClaims.Figure.SHORTCOMINGS_FOUND), figures("Cấp ủy đã chỉ ra 120 khuyết điểm."));
        assertEquals(List.of(ArticleClaims.Figure.SHORTCOMINGS_REMEDIATED),
                figures("Các chi bộ đã khắc phục xong 497 khuyết điểm."));
        assertEquals(List.of(ArticleClaims.Figure.SHORTCOMINGS_REMEDIATED), figures("Khắc phục được 90 khuyết điểm."));
        assertEquals(List.of(ArticleClaims.Figure.MEMBERS_DISCIPLINED), figures("Đã thi hành kỷ luật 8 đảng viên vi phạm."));
        assertEquals(List.of(ArticleClaims.Figure.GRASSROOTS_ORGANIZATIONS), figures("Đảng bộ huyện có 55 tổ chức cơ sở đảng."));
        assertEquals(List.of(ArticleClaims.Figure.GRASSROOTS_ORGANIZATIONS), figures("Toàn bộ 55 tổ chức cơ sở đảng đã kiểm điểm."));
        assertEquals(List.of(new ArticleClaims.Count(55, ArticleClaims.Figure.GRASSROOTS_ORGANIZATIONS, 11, 32)),
                counts("Cả 55 trên 55 tổ chức cơ sở đảng trực thuộc đều kiểm điểm."));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Đảng bộ có 1.390 đảng viên, trong đó phát hiện 30 khuyết điểm.",
        "Kiểm điểm của tập thể chỉ ra 45 khuyết điểm.",
        "Các cá nhân đã nêu 120 khuyết điểm.",
        "Đã nêu 300 lượt ý kiến.",
        "Nhóm đảng viên trẻ chỉ ra 12 khuyết điểm.",
        "| Nhóm | Ghi chú |\n|---|---|\n| Chi bộ | phát hiện 12 khuyết điểm |",
        "Đã kỷ luật 2 cán bộ và cảnh cáo 1 đảng viên.",
        "Kỷ luật 3 tổ chức đảng."})
    void noCountOfASubGroupOrATableRow(String text) {
        assertEquals(List.of(), vi.blocks(text).stream().flatMap(b -> vi.counts(b).stream()).toList());
    }

    @Test
    void textIsReadInNfcAndWhateverTheCase() {
        String decomposed = Normalizer.normalize("ĐẢNG BỘ CÓ 52 TỔ CHỨC CƠ SỞ ĐẢNG; 19 TỔ CHỨC HOÀN THÀNH TỐT, CHIẾM 36,5%.",
                Normalizer.Form.NFD);
        ArticleClaims.Share share = sharesOf(vi, decomposed).get(0);
        assertEquals(List.of(19L, 52L), List.of(share.part(), share.whole()));
        assertTrue(share.holds());
        assertEquals(List.of(ArticleClaims.Figure.GRASSROOTS_ORGANIZATIONS), figures(decomposed));
    }

    @Test
    void englishNumbersHaveACommaForThousandsAndADotForDecimals() {
        ArticleClaims en = new ArticleClaims(Language.EN);
        ArticleClaims.Share share = sharesOf(en, "Đảng bộ có 1,356 đảng viên; 1,327 đảng viên được kiểm điểm, đạt 97.9%.").get(0);
        assertEquals(List.of(1327L, 1356L), List.of(share.part(), share.whole()));
        assertEquals(new BigDecimal("97.9"), share.published().value());
        assertTrue(share.holds());
        assertEquals(List.of(), sharesOf(en, "Đảng bộ có 1.356 đảng viên; 1.327 đảng viên được kiểm điểm, đạt 97,9%."));
        assertEquals(List.of(), sharesOf(vi, "Đảng bộ có 1,356 đảng viên; 1,327 đảng viên được kiểm điểm, đạt 97.9%."));
    }

    private ArticleClaims.Share only(String text) {
        List<ArticleClaims.Share> shares = sharesOf(vi, text);
        assertEquals(1, shares.size(), () -> "shares read: " + shares);
        return shares.get(0);
    }

    private List<ArticleClaims.Count> counts(String text) {
        return vi.blocks(text).stream().flatMap(b -> vi.counts(b).stream()).toList();
    }

    private List<ArticleClaims.Figure> figures(String text) {
        return counts(text).stream().map(ArticleClaims.Count::figure).toList();
    }
}
