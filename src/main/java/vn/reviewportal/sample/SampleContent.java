package vn.reviewportal.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a complete, valid and clearly synthetic content folder of any size: a bloc
 * committee, grassroots organizations and cells, results for the cells (the levels above are
 * added up by the generator, and the root also states matching totals), quality ratings on the
 * scale of the time, and news articles whose figures are right. The same arguments always
 * give the same files. Every page built from it says the data is illustrative.
 */
public final class SampleContent {

    /** Cells under each grassroots organization. */
    static final int CELLS_PER_ORGANIZATION = 5;
    static final int LAST_YEAR = 2024;
    /** The first year any period may have: 'portal archive' and 'portal diff' know no earlier one. */
    static final int FIRST_YEAR = 1900;
    /** Periods from {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    public static final int MAX_PERIODS = LAST_YEAR - FIRST_YEAR + 1;
    /**
     * The most organizations whose period files stay under the 128 MiB the build reads of one
     * content file, and so still build (sizes in docs/performance.md, "National scale").
     */
    public static final int MAX_ORGANIZATIONS = 200_000;
    /** One file each: a million is ten times the largest the benchmarks build, and still fits a disk. */
    public static final int MAX_ARTICLES = 1_000_000;
    static final String ROOT = "dbk-minh-hoa";

    private final int organizations;
    private final int periods;
    private final int articles;
    private final long seed;
    private final boolean english;
    private final boolean sheets;

    /**
     * @param organizations how many organizations, the root included (1 to {@value #MAX_ORGANIZATIONS})
     * @param periods       how many yearly periods, ending in {@value #LAST_YEAR} (1 to {@value #MAX_PERIODS})
     * @param articles      how many articles (0 to {@value #MAX_ARTICLES})
     * @param english       whether the site language is English (the data stays Vietnamese)
     */
    public SampleContent(int organizations, int periods, int articles, long seed, boolean english) {
        this(organizations, periods, articles, seed, english, false);
    }

    /**
     * As {@link #SampleContent(int, int, int, long, boolean)}; with {@code sheets}, each period's
     * results of the organizations below the root are written as an Excel sheet beside its period
     * file ({@code periods/2024.xlsx}), as an office keeps them, and the period file keeps the
     * vocabulary and the root's result: the same figures, and so the same site.
     */
    public SampleContent(int organizations, int periods, int articles, long seed, boolean english, boolean sheets) {
        if (organizations < 1 || organizations > MAX_ORGANIZATIONS || periods < 1 || periods > MAX_PERIODS
                || articles < 0 || articles > MAX_ARTICLES) {
            throw new IllegalArgumentException("needs 1 to " + MAX_ORGANIZATIONS + " organizations, 1 to " + MAX_PERIODS
                    + " periods and 0 to " + MAX_ARTICLES + " articles");
        }
        this.organizations = organizations;
        this.periods = periods;
        this.articles = articles;
        this.seed = seed;
        this.english = english;
        this.sheets = sheets;
    }

    private record Org(String id, String name, String kind, String parent) {
    }

    private record Counts(long found, long remediated) {
    }

    /** Writes the content into {@code out}, which must not exist or be empty. */
    public void write(Path out) throws IOException {
        Files.createDirectories(out.resolve("periods"));
        Files.createDirectories(out.resolve("articles"));
        List<Org> tree = tree();
        write(out.resolve("site.yaml"), site());
        write(out.resolve("organizations.yaml"), organizations(tree));
        List<long[]> rootTotals = new ArrayList<>();
        for (int year = LAST_YEAR - periods + 1; year <= LAST_YEAR; year++) {
            StringBuilder yaml = new StringBuilder();
            List<List<Object>> rows = new ArrayList<>();
            rootTotals.add(period(year, tree, yaml, rows));
            write(out.resolve("periods/" + year + ".yaml"), yaml.toString());
            if (sheets) {
                Files.write(out.resolve("periods/" + year + ".xlsx"), SampleSheet.xlsx(rows));
            }
        }
        Random random = new Random(seed ^ 0x5EED);
        for (int i = 1; i <= articles; i++) {
            int index = random.nextInt(periods);
            int year = LAST_YEAR - periods + 1 + index;
            long[] totals = rootTotals.get(index);
            Org about = tree.get(random.nextInt(tree.size()));
            write(out.resolve(String.format(Locale.ROOT, "articles/%d-%02d-%02d-tin-minh-hoa-%04d.md", year + 1,
                    1 + (i % 12), 1 + (i % 28), i)), article(i, year, tree.get(0), about, totals, random));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<Org> tree() {
        List<Org> tree = new ArrayList<>();
        tree.add(new Org(ROOT, "Đảng bộ khối Minh họa", "dang-bo-khoi", null));
        int remaining = organizations - 1;
        int grassroots = (remaining + CELLS_PER_ORGANIZATION) / (CELLS_PER_ORGANIZATION + 1);
        List<Org> cells = new ArrayList<>();
        for (int g = 1; g <= grassroots; g++) {
            String id = String.format(Locale.ROOT, "co-so-%04d", g);
            tree.add(new Org(id, String.format(Locale.ROOT, "Đảng bộ cơ sở số %d", g), "dang-bo-co-so", ROOT));
        }
        int cellCount = remaining - grassroots;
        for (int c = 0; c < cellCount; c++) {
            int g = 1 + c % grassroots;
            int n = 1 + c / grassroots;
            cells.add(new Org(String.format(Locale.ROOT, "chi-bo-%04d-%02d", g, n),
                    String.format(Locale.ROOT, "Chi bộ %d.%d", g, n), "chi-bo",
                    String.format(Locale.ROOT, "co-so-%04d", g)));
        }
        tree.addAll(cells);
        return tree;
    }

    private String site() {
        return english
                ? """
                  title: Review results — illustrative data
                  description: Illustrative figures made by 'portal sample'; not real results.
                  notice: "Illustrative data: every figure on this site was generated by 'portal sample' and is not a real result."
                  language: en
                  root: %s
                  """.formatted(ROOT)
                : """
                  title: Kết quả kiểm điểm — dữ liệu minh họa
                  description: Số liệu minh họa do lệnh 'portal sample' tạo ra, không phải kết quả thật.
                  notice: "Dữ liệu minh họa: mọi số liệu trên trang này do lệnh 'portal sample' tạo ra, không phải kết quả thật."
                  language: vi
                  root: %s
                  """.formatted(ROOT);
    }

    private static String organizations(List<Org> tree) {
        StringBuilder yaml = new StringBuilder("# Minh họa: cây tổ chức do 'portal sample' tạo ra.\norganizations:\n");
        for (Org o : tree) {
            yaml.append("  - {id: ").append(o.id()).append(", name: \"").append(o.name()).append("\", kind: ")
                    .append(o.kind());
            if (o.parent() != null) {
                yaml.append(", parent: ").append(o.parent());
            }
            yaml.append("}\n");
        }
        return yaml.toString();
    }

    /**
     * Writes one period; returns the root's totals (found, remediated) summed over the groups.
     *
     * @param rows where the results below the root go as the rows of a sheet, header first, when
     *             the sample writes sheets; they go in {@code yaml} otherwise
     */
    private long[] period(int year, List<Org> tree, StringBuilder yaml, List<List<Object>> rows) {
        boolean newScale = year >= 2018;
        yaml.append("# Minh họa: số liệu giả định do 'portal sample' tạo ra.\n")
                .append("year: ").append(year).append('\n')
                .append("title: Kiểm điểm tự phê bình và phê bình năm ").append(year).append(" (dữ liệu minh họa)\n")
                .append("published: ").append(year + 1).append("-03-15\n")
                .append("""
                        groups:
                          - {id: to-chuc-dang, label: Tổ chức đảng}
                          - {id: lanh-dao, label: "Cấp ủy viên, đảng viên giữ cương vị lãnh đạo, quản lý"}
                          - {id: dang-vien, label: Đảng viên không giữ cương vị lãnh đạo}
                        comment_levels:
                          - {id: cap-uy, label: Cấp ủy}
                          - {id: chi-bo, label: Chi bộ}
                        comment_targets:
                          - {id: tap-the, label: Tập thể}
                          - {id: ca-nhan, label: Cá nhân}
                        rating_scales:
                        """);
        List<String[]> organizationScale = newScale
                ? List.of(new String[] {"hoan-thanh-xuat-sac", "Hoàn thành xuất sắc nhiệm vụ"},
                        new String[] {"hoan-thanh-tot", "Hoàn thành tốt nhiệm vụ"},
                        new String[] {"hoan-thanh", "Hoàn thành nhiệm vụ"},
                        new String[] {"khong-hoan-thanh", "Không hoàn thành nhiệm vụ"})
                : List.of(new String[] {"trong-sach-vung-manh", "Trong sạch, vững mạnh"},
                        new String[] {"hoan-thanh-tot", "Hoàn thành tốt nhiệm vụ"},
                        new String[] {"hoan-thanh", "Hoàn thành nhiệm vụ"},
                        new String[] {"yeu-kem", "Yếu kém"});
        appendScale(yaml, "organizations", organizationScale);
        appendScale(yaml, "members", organizationScale);
        yaml.append("results:\n");
        Random random = new Random(seed * 31 + year);
        long[][] groupTotals = new long[3][2];
        long[] commentTotals = new long[4];
        long disciplined = 0;
        long committee = 0;
        StringBuilder leaves = new StringBuilder();
        rows.add(header(organizationScale));
        Set<String> parents = new HashSet<>();
        tree.forEach(o -> parents.add(o.parent()));
        for (Org o : tree) {
            boolean leaf = !parents.contains(o.id());
            if (!leaf || o.parent() == null) {
                continue;
            }
            double progress = 0.55 + 0.35 * (year - (LAST_YEAR - periods)) / (double) (periods + 1);
            List<Object> row = new ArrayList<>(List.of(o.id(), "Số liệu minh họa"));
            rows.add(row);
            leaves.append("  - organization: ").append(o.id()).append('\n')
                    .append("    source: Số liệu minh họa\n")
                    .append("    shortcomings:\n");
            String[] groups = {"to-chuc-dang", "lanh-dao", "dang-vien"};
            for (int g = 0; g < groups.length; g++) {
                long found = 3 + random.nextInt(25 + 20 * g);
                long remediated = Math.min(found, Math.round(found * (progress + random.nextGaussian() * 0.08)));
                remediated = Math.max(0, remediated);
                groupTotals[g][0] += found;
                groupTotals[g][1] += remediated;
                row.add(found);
                row.add(remediated);
                leaves.append("      ").append(groups[g]).append(": {found: ").append(found)
                        .append(", remediated: ").append(remediated).append("}\n");
            }
            long[] comments = {1 + random.nextInt(4), 2 + random.nextInt(8), 2 + random.nextInt(6), 5 + random.nextInt(30)};
            leaves.append("    comments:\n");
            String[][] pairs = {{"cap-uy", "tap-the"}, {"cap-uy", "ca-nhan"}, {"chi-bo", "tap-the"}, {"chi-bo", "ca-nhan"}};
            for (int c = 0; c < pairs.length; c++) {
                commentTotals[c] += comments[c];
                row.add(comments[c]);
                leaves.append("      - {level: ").append(pairs[c][0]).append(", target: ").append(pairs[c][1])
                        .append(", count: ").append(comments[c]).append("}\n");
            }
            long members = random.nextInt(100) < 8 ? 1 : 0;
            long committeeMembers = members > 0 && random.nextBoolean() ? 1 : 0;
            disciplined += members;
            committee += committeeMembers;
            row.add(members);
            row.add(committeeMembers);
            leaves.append("    discipline: {members: ").append(members).append(", committee_members: ")
                    .append(committeeMembers).append("}\n");
            int rated = 8 + random.nextInt(30);
            int[] split = split(rated, random);
            int level = random.nextInt(3);
            row.add(1L);
            for (int l = 0; l < organizationScale.size(); l++) {
                row.add(l == level ? (Object) 1L : null);
            }
            row.add((long) rated);
            for (int count : split) {
                row.add((long) count);
            }
            leaves.append("    ratings:\n")
                    .append("      organizations: {rated: 1, counts: {").append(organizationScale.get(level)[0])
                    .append(": 1}}\n")
                    .append("      members: {rated: ").append(rated).append(", counts: {");
            for (int l = 0; l < organizationScale.size(); l++) {
                leaves.append(l == 0 ? "" : ", ").append(organizationScale.get(l)[0]).append(": ").append(split[l]);
            }
            leaves.append("}}\n");
        }
        // The root states the totals it publishes; they agree with its organizations' figures.
        yaml.append("  - organization: ").append(ROOT).append('\n')
                .append("    source: Báo cáo tổng hợp (minh họa)\n")
                .append("    reviewed: {required: ").append(tree.stream().filter(o -> ROOT.equals(o.parent())).count())
                .append(", done: ").append(tree.stream().filter(o -> ROOT.equals(o.parent())).count()).append("}\n")
                .append("    suggested_contents: ").append(100 + random.nextInt(80)).append('\n')
                .append("    shortcomings:\n");
        String[] groups = {"to-chuc-dang", "lanh-dao", "dang-vien"};
        for (int g = 0; g < groups.length; g++) {
            BigDecimal published = BigDecimal.valueOf(groupTotals[g][1] * 100)
                    .divide(BigDecimal.valueOf(Math.max(1, groupTotals[g][0])), 1, RoundingMode.HALF_UP);
            yaml.append("      ").append(groups[g]).append(": {found: ").append(groupTotals[g][0])
                    .append(", remediated: ").append(groupTotals[g][1]);
            if (groupTotals[g][0] > 0) {
                yaml.append(", reported_percent: ").append(published.toPlainString());
            }
            yaml.append("}\n");
        }
        yaml.append("    discipline: {members: ").append(disciplined).append(", committee_members: ").append(committee)
                .append("}\n");
        if (!sheets) {
            yaml.append(leaves);
        }
        long found = groupTotals[0][0] + groupTotals[1][0] + groupTotals[2][0];
        long remediated = groupTotals[0][1] + groupTotals[1][1] + groupTotals[2][1];
        return new long[] {found, remediated};
    }

    /** The columns of a sheet of the results {@link #period} writes, in the order it writes the figures. */
    private static List<Object> header(List<String[]> scale) {
        List<Object> header = new ArrayList<>(List.of("organization", "source"));
        for (String group : new String[] {"to-chuc-dang", "lanh-dao", "dang-vien"}) {
            header.add(group + ".found");
            header.add(group + ".remediated");
        }
        header.addAll(List.of("comments.cap-uy.tap-the", "comments.cap-uy.ca-nhan", "comments.chi-bo.tap-the",
                "comments.chi-bo.ca-nhan", "discipline.members", "discipline.committee_members"));
        for (String population : new String[] {"organizations", "members"}) {
            header.add("ratings." + population + ".rated");
            for (String[] level : scale) {
                header.add("ratings." + population + "." + level[0]);
            }
        }
        return header;
    }

    private static void appendScale(StringBuilder yaml, String subject, List<String[]> levels) {
        yaml.append("  ").append(subject).append(":\n");
        for (String[] level : levels) {
            yaml.append("    - {id: ").append(level[0]).append(", label: \"").append(level[1]).append("\"}\n");
        }
    }

    /** Splits {@code total} over four rating levels, most in the middle ones. */
    private static int[] split(int total, Random random) {
        int best = total * (15 + random.nextInt(15)) / 100;
        int good = total * (45 + random.nextInt(20)) / 100;
        int weak = random.nextInt(100) < 20 ? 1 : 0;
        int fair = Math.max(0, total - best - good - weak);
        return new int[] {best, good, fair, total - best - good - fair};
    }

    /** @param root the top of the tree, whose totals the article gives and which it names as the tree does */
    private String article(int number, int year, Org root, Org about, long[] totals, Random random) {
        BigDecimal rate = BigDecimal.valueOf(totals[1] * 100)
                .divide(BigDecimal.valueOf(Math.max(1, totals[0])), 1, RoundingMode.HALF_UP);
        String ratio = vietnamese(totals[1]) + "/" + vietnamese(totals[0]);
        String percent = rate.toPlainString().replace('.', ',') + "%";
        return """
                ---
                title: "Bài viết minh họa số %d: kết quả khắc phục khuyết điểm năm %d"
                date: %d-%02d-%02dT09:00:00+07:00
                author: Ban biên tập (minh họa)
                source: Dữ liệu minh họa do 'portal sample' tạo ra
                tags: [dữ liệu minh họa, khắc phục khuyết điểm]
                organizations: [%s, %s]
                period: %d
                ---

                Đây là bài viết minh họa, không phải tin thật. Năm %d, toàn %s đã khắc phục
                xong %s khuyết điểm, đạt %s. %s được nhắc đến trong bài như một ví dụ.

                ## Một số điểm chính

                - Các tổ chức tiếp tục rà soát, sửa chữa những hạn chế đã chỉ ra.
                - Số liệu chi tiết có trên trang thống kê năm %d.
                """.formatted(number, year, year + 1, 1 + (number % 12), 1 + (number % 28), root.id(), about.id(),
                year, year, root.name(), ratio, percent, about.name(), year)
                + (random.nextBoolean() ? "" : "\nBài số " + number + ".\n");
    }

    private static String vietnamese(long count) {
        return String.format(Locale.ROOT, "%,d", count).replace(',', '.');
    }
}
