package vn.reviewportal.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import vn.reviewportal.check.ArticleNumbers.Counted;
import vn.reviewportal.check.ArticleNumbers.Fraction;
import vn.reviewportal.check.ArticleNumbers.Reading;
import vn.reviewportal.check.ArticleNumbers.Stated;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;

/**
 * Reads what an article's text states: the shares it gives of counts it also gives ("19 tổ chức
 * hoàn thành tốt nhiệm vụ, chiếm 36,5%" after "hiện có 52 tổ chức cơ sở đảng"), and the counts it
 * gives of the figures the period data holds ("phát hiện 747 khuyết điểm"). A pure reader: it
 * reports nothing, so that the checks decide what to say. Where a reader of the article could not
 * tell which count a percentage is of, it reads no share at all, since a false alarm costs the
 * person who keeps the portal more than a missed one.
 *
 * <p>Text is read in NFC and case-insensitively; numbers the way the site's language writes them
 * (Vietnamese 1.356 and 97,8; English 1,356 and 97.8).
 */
final class ArticleClaims {

    /** Where a character of a block lies in the body: the 0-based line and the 1-based column. */
    record Location(int line, int column) {
    }

    /** Where one line of the body starts in a block's text, and at which column of that line. */
    record Span(int offset, int line, int column) {
    }

    /**
     * Text a sentence cannot cross: a paragraph (in a list item or a quote too) with its lines joined
     * by single spaces, a heading or a table row. Columns count the characters of the line in NFC, as
     * the text is read.
     */
    record Block(String text, List<Span> spans, boolean tableRow) {
        Block {
            spans = List.copyOf(spans);
            if (spans.isEmpty()) {
                throw new IllegalArgumentException("a block starts on some line");
            }
        }

        /** The line and column in the body of the character at {@code offset} in {@link #text()}. */
        Location locate(int offset) {
            Span at = spans.get(0);
            for (Span span : spans) {
                if (span.offset() > offset) {
                    break;
                }
                at = span;
            }
            return new Location(at.line(), at.column() + offset - at.offset());
        }
    }

    /**
     * A percentage stated as a share of counts the text gives.
     *
     * @param start  where the quoted phrase starts in the block's text: at the part, or at the
     *               percentage when the counts follow it in brackets
     * @param end    where it ends, after the % or the closing bracket
     * @param counts the other counts the same block states, each once, in the order written
     */
    record Share(long part, long whole, PublishedPercent published, int start, int end, List<Long> counts) {
        /**
         * A count at least nine tenths of the base used may be another total of the same figure (all
         * in scope against those rated); a smaller count is another category, against which the part
         * would be a ratio.
         */
        private static final int OTHER_BASE_TENTHS = 9;

        Share {
            counts = List.copyOf(counts);
        }

        boolean holds() {
            return published.heldBy(new Percent(part, whole));
        }

        /** Why the published figure does not fit the counts; empty when it does. */
        Optional<MismatchCause> cause() {
            if (holds()) {
                return Optional.empty();
            }
            List<Causes.Named> bases = counts.stream().filter(c -> c * 10 >= whole * OTHER_BASE_TENTHS)
                    .map(c -> new Causes.Named("stated", c)).toList();
            List<Causes.Named> others = counts.stream().map(c -> new Causes.Named("stated", c)).toList();
            return Optional.of(Causes.explain(part, whole, published, new Causes.Context(bases, others, List.of())));
        }
    }

    /** What a count stated in the text counts, where the period data holds the same figure. */
    enum Figure {
        SHORTCOMINGS_FOUND("found"),
        SHORTCOMINGS_REMEDIATED("remediated"),
        MEMBERS_DISCIPLINED("disciplined"),
        GRASSROOTS_ORGANIZATIONS("grassroots");

        private final String key;

        Figure(String key) {
            this.key = key;
        }

        /** The figure as {@link StatedCount} and the data-quality page name it. */
        String key() {
            return key;
        }
    }

    /** A count the text states of a whole organization's figure, from the number to its noun. */
    record Count(long value, Figure figure, int start, int end) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern HEADING_MARKS = Pattern.compile("\\s{0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern HEADING_CLOSE = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("\\s*(?:=+|-+)\\s*");
    /** Clauses end at these: a comma or a full stop only when a space follows, as 1.356 and 66,5 have none. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:()\\[\\]|]|[.,!?…](?=\\s|$)");


    /** Before the base of a share: the words that introduce a total. */
    private static final Pattern TOTAL = Pattern.compile("(?<!\\p{L})(?:có|gồm|tổng số|tổng cộng|trong số|"
            + "phát hiện|chỉ ra|nêu|toàn bộ|cả)(?!\\p{L})|(?<!\\p{L})trong\\s+$", FLAGS);
    private static final Pattern SUBGROUP_INTRO = Pattern.compile("(?<!\\p{L})trong đó(?!\\p{L})", FLAGS);
    /** The last words before a percentage that make it a share of the count before them. */
    private static final Pattern LINK = Pattern.compile("(?:(?<!\\p{L})(?:chiếm|bằng|đạt|tỷ lệ|tỉ lệ)(?:\\s+là)?\\s*"
            + "|^[\\p{L}\\s]*\\(\\s*)$", FLAGS);
    private static final Pattern GROWTH = Pattern.compile("(?<!\\p{L})(?:tăng|giảm|vượt|so với|so cùng kỳ|cao hơn|"
            + "thấp hơn|nâng lên)(?!\\p{L})", FLAGS);
    private static final Pattern GROWTH_AFTER = Pattern.compile("\\s*(?:so với|so cùng kỳ)(?!\\p{L})", FLAGS);
    private static final Pattern TARGET_OR_MONEY = Pattern.compile("(?<!\\p{L})(?:phấn đấu|chỉ tiêu|mục tiêu|kế hoạch|"
            + "dự kiến|đề ra|kinh phí|ngân sách|tỷ đồng|triệu đồng|nghìn đồng)(?!\\p{L})", FLAGS);
    /** Between the part and the base of "19 tổ chức trên tổng số 52": the part's noun, if written. */
    private static final Pattern ON_BASE = Pattern.compile("(?:\\s+\\p{L}+){0,5}?\\s+trên\\s+(?:tổng\\s+số\\s+)?", FLAGS);
    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSE_BRACKET = Pattern.compile("[^()\\d%]{0,40}\\)");

    private static final Pattern FOUND = Pattern.compile("(?<!\\p{L})(?:phát hiện|chỉ ra|nêu(?: ra)?|tổng số)"
            + "(?:\\s+được)?\\s+$", FLAGS);
    private static final Pattern REMEDIATED = Pattern.compile("(?<!\\p{L})(?:khắc phục\\s+(?:xong|được)|đã\\s+khắc phục"
            + "(?:\\s+xong|\\s+được)?)\\s+$", FLAGS);
    private static final Pattern DISCIPLINED = Pattern.compile("(?<!\\p{L})(?:kỷ|kỉ) luật\\s+$", FLAGS);
    /** Before all the grassroots organizations: "có 55", "toàn bộ 55", "cả 55 trên 55". */
    private static final Pattern WHOLE = Pattern.compile("(?<!\\p{L})(?:có|gồm|toàn bộ|cả)\\s+(?:\\d[\\d.,]*\\s+trên\\s+)?$",
            FLAGS);
    private static final Pattern SUBGROUP = Pattern.compile("(?<!\\p{L})(?:tập thể|nhóm|cá nhân|lượt|ý kiến)(?!\\p{L})",
            FLAGS);

    /** The most characters between the counts and the percentage of one share. */
    private static final int MAX_GAP = 80;

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final ArticleNumbers numbers;

    ArticleClaims(Language language) {
        this.numbers = new ArticleNumbers(language);
    }

    // ---------------------------------------------------------------- blocks

    /**
     * The body split into blocks as commonmark reads it, so that a quote, a list item or a table row
     * is what the page shows; code, HTML and thematic breaks hold no claims and are left out.
     */
    List<Block> blocks(String markdown) {
        String body = nfc(markdown);
        return blocks(body, parser.parse(body));
    }

    /**
     * The blocks of a text already parsed, so that the article's Markdown is parsed once for all the
     * checks of its text.
     *
     * @param body     the text in NFC
     * @param document {@code body} parsed with the source spans of its blocks at least
     */
    List<Block> blocks(String body, Node document) {
        List<String> lines = body.lines().toList();
        List<Block> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                block(lines, paragraph, false).ifPresent(blocks::add);
            }

            @Override
            public void visit(Heading heading) {
                block(lines, heading, false).ifPresent(blocks::add);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow) {
                    block(lines, node, true).ifPresent(blocks::add);
                } else {
                    visitChildren(node);
                }
            }
        });
        return List.copyOf(blocks);
    }

    /** The lines of {@code node}, each stripped of its indent (and a heading of its marks), joined by spaces. */
    private static Optional<Block> block(List<String> lines, Node node, boolean tableRow) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (SourceSpan source : node.getSourceSpans()) {
            String line = lines.get(source.getLineIndex());
            int from = source.getColumnIndex();
            int to = Math.min(line.length(), from + source.getLength());
            if (node instanceof Heading) {
                Matcher marks = HEADING_MARKS.matcher(line).region(from, to);
                if (SETEXT_UNDERLINE.matcher(line).region(from, to).matches()) {
                    continue;
                }
                from = marks.lookingAt() ? marks.end() : from;
                Matcher closing = HEADING_CLOSE.matcher(line).region(from, to);
                to = closing.find() ? closing.start() : to;
            }
            while (from < to && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            if (!spans.isEmpty()) {
                text.append(' ');
            }
            spans.add(new Span(text.length(), source.getLineIndex(), from + 1));
            text.append(line, from, to);
        }
        return spans.isEmpty() ? Optional.empty() : Optional.of(new Block(text.toString(), spans, tableRow));
    }

    // ---------------------------------------------------------------- shares

    /** Every percentage of the block that states a share of counts the block gives. */
    List<Share> shares(Block block) {
        String text = block.text();
        if (text.indexOf('%') < 0) {
            return List.of(); // most blocks state no percentage: reading their numbers is the cost
        }
        Reading reading = numbers.read(text);
        List<Share> shares = new ArrayList<>();
        Set<Fraction> used = new HashSet<>();
        for (Stated stated : reading.percents()) {
            int sentence = sentenceStart(text, stated.start());
            if (TARGET_OR_MONEY.matcher(text.substring(sentence, stated.start())).find()
                    || GROWTH_AFTER.matcher(text).region(stated.end(), text.length()).lookingAt()) {
                continue;
            }
            Optional<Claim> claim = bracketed(text, stated, reading, used)
                    .or(() -> afterFraction(text, stated, sentence, reading, used))
                    .or(() -> onBase(text, stated, sentence, reading))
                    .or(() -> linked(text, stated, sentence, reading));
            claim.filter(c -> !GROWTH.matcher(text.substring(c.start(), stated.end())).find()).ifPresent(c -> {
                List<Long> counts = new ArrayList<>(new LinkedHashSet<>(reading.numbers().stream()
                        .filter(n -> n.start() != c.part().start() && n.start() != c.whole().start())
                        .map(Counted::value).toList()));
                shares.add(new Share(c.part().value(), c.whole().value(), stated.published(),
                        Math.min(c.start(), stated.start()), Math.max(c.end(), stated.end()), counts));
            });
        }
        return List.copyOf(shares);
    }

    /** A part and the whole it is read of, with the phrase that states them. */
    private record Claim(Counted part, Counted whole, int start, int end) {
    }

    /** "66,5% (497/747 khuyết điểm)". */
    private static Optional<Claim> bracketed(String text, Stated stated, Reading reading, Set<Fraction> used) {
        Matcher open = OPEN_BRACKET.matcher(text).region(stated.end(), text.length());
        if (!open.lookingAt()) {
            return Optional.empty();
        }
        return reading.fractions().stream().filter(f -> f.start() == open.end()).findFirst().map(f -> {
            used.add(f);
            Matcher close = CLOSE_BRACKET.matcher(text).region(f.end(), text.length());
            return new Claim(f.part(), f.whole(), stated.start(), close.lookingAt() ? close.end() : f.end());
        });
    }

    /** "497/747 khuyết điểm đã được khắc phục, đạt 66,5%". */
    private static Optional<Claim> afterFraction(String text, Stated stated, int sentence, Reading reading,
                                                 Set<Fraction> used) {
        List<Fraction> fractions = reading.fractions();
        for (int i = fractions.size() - 1; i >= 0; i--) {
            Fraction f = fractions.get(i);
            if (f.end() <= stated.start()) {
                if (f.start() < sentence || used.contains(f) || !plainGap(text, f.end(), stated.start())) {
                    return Optional.empty();
                }
                used.add(f);
                return Optional.of(new Claim(f.part(), f.whole(), f.start(), stated.end()));
            }
        }
        return Optional.empty();
    }

    /** "1.205 trên 1.390 đảng viên được xếp loại, đạt 86,7%". */
    private static Optional<Claim> onBase(String text, Stated stated, int sentence, Reading reading) {
        int last = lastBefore(reading.numbers(), stated.start());
        if (last < 1) {
            return Optional.empty();
        }
        Counted whole = reading.numbers().get(last);
        Counted part = reading.numbers().get(last - 1);
        boolean written = ON_BASE.matcher(text).region(part.end(), whole.start()).matches();
        if (!written || part.start() < sentence || part.value() > whole.value() || !plainGap(text, whole.end(), stated.start())) {
            return Optional.empty();
        }
        return Optional.of(new Claim(part, whole, part.start(), stated.end()));
    }

    /**
     * "19 tổ chức hoàn thành tốt nhiệm vụ, chiếm 36,5%" or "30 tổ chức (57,7%)", its base the nearest
     * earlier total of the same noun in the block.
     */
    private static Optional<Claim> linked(String text, Stated stated, int sentence, Reading reading) {
        int last = lastBefore(reading.numbers(), stated.start());
        if (last < 0) {
            return Optional.empty();
        }
        List<Counted> numbers = reading.numbers();
        Counted part = numbers.get(last);
        String gap = text.substring(part.end(), stated.start());
        if (part.start() < sentence || !plainGap(text, part.end(), stated.start()) || gap.indexOf(';') >= 0
                || !LINK.matcher(gap).find()) {
            return Optional.empty();
        }
        String kind = part.kind();
        for (int i = last - 1; i >= 0 && kind.isEmpty(); i--) {
            kind = numbers.get(i).kind(); // "đã khắc phục 497, đạt 66,5%": 497 of what was last counted
        }
        for (int i = last - 1; i >= 0; i--) {
            Counted base = numbers.get(i);
            if (!kind.isEmpty() && base.kind().equals(kind) && base.value() >= part.value() && total(text, base)) {
                return Optional.of(new Claim(part, base, part.start(), stated.end()));
            }
        }
        return Optional.empty();
    }

    /** Whether the clause before {@code number} introduces it as a total ("có", "tổng số", "trong số"...). */
    private static boolean total(String text, Counted number) {
        String clause = text.substring(clauseStart(text, number.start()), number.start());
        return TOTAL.matcher(clause).find() && !SUBGROUP_INTRO.matcher(clause).find();
    }

    /** The index of the last count that ends before {@code offset}; -1 when none does. */
    private static int lastBefore(List<Counted> numbers, int offset) {
        int last = -1;
        while (last + 1 < numbers.size() && numbers.get(last + 1).end() <= offset) {
            last++;
        }
        return last;
    }

    /** Between the counts and the percentage: no other number, and not far. */
    private static boolean plainGap(String text, int from, int to) {
        return to - from <= MAX_GAP && text.substring(from, to).chars().noneMatch(Character::isDigit);
    }

    private static int sentenceStart(String text, int offset) {
        for (int i = offset - 1; i > 0; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static int clauseStart(String text, int offset) {
        Matcher end = CLAUSE_END.matcher(text).region(0, offset);
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        return start;
    }

    // ---------------------------------------------------------------- counts

    /**
     * The counts the block states of a whole organization's figures, in the plainest wordings only;
     * none from a table row, after "trong đó", or of a sub-group (a collective's, a person's, a number
     * of times, of opinions).
     */
    List<Count> counts(Block block) {
        if (block.tableRow()) {
            return List.of();
        }
        String text = block.text();
        List<Count> counts = new ArrayList<>();
        ArticleNumbers.Reading reading = numbers.read(text);
        Set<Integer> inFraction = new HashSet<>();
        reading.fractions().forEach(f -> {
            inFraction.add(f.part().start());
            inFraction.add(f.whole().start());
        });
        for (Counted number : reading.numbers()) {
            if (inFraction.contains(number.start())) {
                continue; // "khắc phục 17/81": a share of some, not the whole figure
            }
            String before = text.substring(clauseStart(text, number.start()), number.start());
            String after = text.substring(number.nounEnd(), clauseEnd(text, number.nounEnd()));
            if (SUBGROUP_INTRO.matcher(text.substring(sentenceStart(text, number.start()), number.start())).find()
                    || SUBGROUP.matcher(before).find() || SUBGROUP.matcher(after).find()
                    || SUBGROUP.matcher(number.noun()).matches()) {
                continue;
            }
            figure(before, number).ifPresent(figure ->
                    counts.add(new Count(number.value(), figure, number.start(), number.nounEnd())));
        }
        return List.copyOf(counts);
    }

    private static Optional<Figure> figure(String before, Counted number) {
        String kind = number.kind();
        if (kind.equals("khuyết điểm") && FOUND.matcher(before).find()) {
            return Optional.of(Figure.SHORTCOMINGS_FOUND);
        }
        if ((kind.equals("khuyết điểm") || number.noun().isEmpty()) && REMEDIATED.matcher(before).find()) {
            return Optional.of(Figure.SHORTCOMINGS_REMEDIATED);
        }
        if (number.noun().equals("đảng viên") && DISCIPLINED.matcher(before).find()) {
            return Optional.of(Figure.MEMBERS_DISCIPLINED);
        }
        if (number.noun().equals("tổ chức cơ sở đảng") && WHOLE.matcher(before).find()) {
            return Optional.of(Figure.GRASSROOTS_ORGANIZATIONS);
        }
        return Optional.empty();
    }

    private static int clauseEnd(String text, int offset) {
        Matcher end = CLAUSE_END.matcher(text).region(offset, text.length());
        return end.find() ? end.start() : text.length();
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
