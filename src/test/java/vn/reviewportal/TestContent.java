package vn.reviewportal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.DisciplineForms;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Level;
import vn.reviewportal.model.Levels;
import vn.reviewportal.model.Membership;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.RatingCounts;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.PublishedChange;
import vn.reviewportal.model.RatingScales;
import vn.reviewportal.model.Ratings;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.Reviewed;
import vn.reviewportal.model.ShortcomingCount;
import vn.reviewportal.model.SiteConfig;
import vn.reviewportal.model.Structure;

/**
 * The content for a test of a stage after the load, made in code rather than read from files:
 * by default the seed that {@code content/} holds (the organization {@value #ROOT}, its 2012
 * review with the figures the newspaper published, one article), in which a test changes or to
 * which it adds what it needs.
 *
 * <p>Each value gets a place of its own in the file it would be written in ({@code
 * content/periods/2012.yaml} and so on), one line after the other in the order the file would
 * hold them, so that diagnostics sort as they would for files. A test asks the built content
 * where a value is, or names the place itself where it shows it.
 */
public final class TestContent {

    /** The seed's organization, the root of its tree. */
    public static final String ROOT = "dbk-cqt-bac-ninh";
    /** The seed's article. */
    public static final String ARTICLE = "2013-05-03-khac-phuc-khuyet-diem-sau-kiem-diem-2012";

    private String title = "Kết quả kiểm điểm — Đảng bộ khối Các cơ quan tỉnh Bắc Ninh";
    private String description = "";
    private Language language = Language.VI;
    private final String root;
    /** The levels organizations.yaml declares, by id: a label, and whether at the grassroots. */
    private final Map<String, Level> levels = new LinkedHashMap<>();
    private final Map<String, OrganizationSpec> organizations = new LinkedHashMap<>();
    private final Map<PeriodSpan, PeriodSpec> periods = new LinkedHashMap<>();
    private final Map<String, ArticleSpec> articles = new LinkedHashMap<>();

    private TestContent(String root, String name, String kind) {
        this.root = root;
        organization(root, name, kind, null);
    }

    /**
     * A site whose tree is this one organization, with neither periods nor articles.
     *
     * @param kind the id of its level, e.g. {@code dang-bo-khoi}
     */
    public static TestContent withRoot(String id, String name, String kind) {
        TestContent content = new TestContent(id, name, kind);
        content.title = "Kết quả kiểm điểm";
        return content;
    }

    /** What {@code content/} holds: the seed report's organization, figures and article. */
    public static TestContent seed() {
        TestContent seed = new TestContent(ROOT, "Đảng bộ khối Các cơ quan tỉnh Bắc Ninh", "dang-bo-khoi");
        seed.organizations.get(ROOT).shortName = "Đảng bộ khối Các cơ quan tỉnh";
        seed.description = "Kết quả kiểm điểm tự phê bình và phê bình, khắc phục khuyết điểm của Đảng bộ khối "
                + "Các cơ quan tỉnh Bắc Ninh.";
        seed.period(2012, p -> p
                .title("Kiểm điểm tự phê bình và phê bình theo Nghị quyết Trung ương 4 (khóa XI)")
                .published(LocalDate.of(2013, 5, 3))
                .group("to-chuc-dang", "Tổ chức đảng")
                .group("lanh-dao", "Ủy viên Ban Thường vụ, cấp ủy viên, đảng viên giữ cương vị lãnh đạo, quản lý")
                .group("dang-vien", "Đảng viên không giữ cương vị lãnh đạo")
                .commentLevel("ban-thuong-vu-dang-uy-khoi", "Ban Thường vụ Đảng ủy Khối")
                .commentLevel("to-chuc-co-so-dang", "Các tổ chức cơ sở đảng trực thuộc")
                .commentTarget("tap-the", "Tập thể")
                .commentTarget("ca-nhan", "Cá nhân")
                .commentTarget("cap-uy-vien-va-lanh-dao", "Ủy viên ban chấp hành và lãnh đạo cơ quan, đơn vị")
                .commentTarget("dang-vien", "Đảng viên")
                .result(ROOT, r -> r
                        .source("Báo điện tử Bắc Ninh, 03/05/2013")
                        .reviewed(55, 55)
                        .suggestedContents(161)
                        .comment("ban-thuong-vu-dang-uy-khoi", "tap-the", 16)
                        .comment("ban-thuong-vu-dang-uy-khoi", "ca-nhan", 64)
                        .comment("to-chuc-co-so-dang", "tap-the", 215)
                        .comment("to-chuc-co-so-dang", "cap-uy-vien-va-lanh-dao", 409)
                        .comment("to-chuc-co-so-dang", "dang-vien", 4716)
                        .shortcoming("to-chuc-dang", 747, 497, "66.3")
                        .shortcoming("lanh-dao", 2005, 1334, "66.5")
                        .shortcoming("dang-vien", 5140, 3665, "71.3")
                        .discipline(8, 1)));
        seed.article(ARTICLE, a -> a
                .title("Đảng bộ khối Các cơ quan tỉnh đẩy mạnh khắc phục khuyết điểm sau kiểm điểm")
                .date("2013-05-03T15:00:00+07:00")
                .author("Ban biên tập")
                .source("Theo Báo điện tử Bắc Ninh (bài của Vân Giang, đăng ngày 03/05/2013)")
                .summary("Toàn bộ 55 tổ chức cơ sở đảng đã kiểm điểm theo Nghị quyết Trung ương 4 (khóa XI); khoảng hai "
                        + "phần ba số khuyết điểm được chỉ ra đã khắc phục xong, phần còn lại đang được sửa chữa.")
                .tags("Nghị quyết Trung ương 4", "khắc phục khuyết điểm", "kỷ luật đảng")
                .organizations(ROOT)
                .period(2012)
                .markdown("""
                        Hơn một năm sau khi triển khai Nghị quyết Trung ương 4 (khóa XI), Đảng bộ khối Các cơ quan
                        tỉnh Bắc Ninh đã có những kết quả đầu tiên trong việc tự phê bình, phê bình và sửa chữa
                        những hạn chế được chỉ ra.
                        """));
        return seed;
    }

    /**
     * Adds an organization, or replaces the one with this id where it is.
     *
     * @param kind   the id of its level, built in or declared with {@link #level(String, String, boolean)}
     * @param parent the id of its parent; null for one at the top of the tree
     */
    public TestContent organization(String id, String name, String kind, String parent) {
        OrganizationSpec organization = organizations.computeIfAbsent(id, OrganizationSpec::new);
        organization.name = name;
        organization.shortName = "";
        organization.kind = kind;
        organization.parent = parent;
        return this;
    }

    /** Declares a level under 'levels' in organizations.yaml, or declares it anew where it is. */
    public TestContent level(String id, String label, boolean grassroots) {
        levels.put(id, new Level(id, label, label, grassroots));
        return this;
    }

    /** The language of the site's pages; Vietnamese unless a test says otherwise. */
    public TestContent language(Language language) {
        this.language = language;
        return this;
    }

    /** Makes the organization {@code id} (already there) a subordinate of {@code parent}. */
    public TestContent parent(String id, String parent) {
        OrganizationSpec organization = organizations.get(id);
        if (organization == null) {
            throw new IllegalArgumentException("no organization '" + id + "'; there are " + organizations.keySet());
        }
        organization.parent = parent;
        return this;
    }

    /** Changes the period of {@code year}, or adds it: titled after the year, declaring nothing, with no results. */
    public TestContent period(int year, Consumer<PeriodSpec> edit) {
        return period(PeriodSpan.year(year), edit);
    }

    /** Changes the period {@code span} (a year, a half-year or a term), or adds it, as {@link #period(int, Consumer)}. */
    public TestContent period(PeriodSpan span, Consumer<PeriodSpec> edit) {
        edit.accept(periods.computeIfAbsent(span, PeriodSpec::new));
        return this;
    }

    /** Changes the article {@code slug}, or adds it: titled after the slug, dated 1 June 2013, with one line of text. */
    public TestContent article(String slug, Consumer<ArticleSpec> edit) {
        edit.accept(articles.computeIfAbsent(slug, ArticleSpec::new));
        return this;
    }

    public Content build() {
        Lines siteFile = new Lines("content/site.yaml");
        SiteConfig site = new SiteConfig(title, description, "", language, root, siteFile.next(), Optional.empty());
        Lines organizationsFile = new Lines("content/organizations.yaml");
        Levels declared = new Levels(levels.values().stream()
                .map(l -> new Levels.Declared(l, organizationsFile.next())).toList());
        List<Organization> tree = organizations.values().stream().map(o -> o.build(organizationsFile)).toList();
        return new Content(site, declared, tree, periods.values().stream().map(PeriodSpec::build).toList(),
                articles.values().stream().map(ArticleSpec::build).toList());
    }

    /** The places of one file, given out one line after the other. */
    private static final class Lines {
        private final String file;
        private int line;

        Lines(String file) {
            this.file = file;
        }

        Position next() {
            line++;
            return new Position(file, line, 1);
        }
    }

    private static final class OrganizationSpec {
        private final String id;
        private String name;
        private String shortName = "";
        private String kind;
        private String parent;

        OrganizationSpec(String id) {
            this.id = id;
        }

        Organization build(Lines file) {
            Position at = file.next();
            return new Organization(id, name, shortName, new Ref(kind, file.next()), Optional.ofNullable(parent), at,
                    file.next());
        }
    }

    /** One period as a test makes it. */
    public static final class PeriodSpec {
        private final PeriodSpan span;
        private String title;
        private Optional<LocalDate> published = Optional.empty();
        private final Map<String, String> groups = new LinkedHashMap<>();
        private final Map<String, String> commentLevels = new LinkedHashMap<>();
        private final Map<String, String> commentTargets = new LinkedHashMap<>();
        private final Map<String, ResultSpec> results = new LinkedHashMap<>();
        private final Map<String, String> disciplineForms = new LinkedHashMap<>();
        private RatingScales ratingScales = RatingScales.NONE;

        private PeriodSpec(PeriodSpan span) {
            this.span = span;
            this.title = "Kiểm điểm " + span.id();
        }

        public PeriodSpec title(String title) {
            this.title = title;
            return this;
        }

        public PeriodSpec published(LocalDate published) {
            this.published = Optional.of(published);
            return this;
        }

        /** Declares a shortcoming group, or relabels it. */
        public PeriodSpec group(String id, String label) {
            groups.put(id, label);
            return this;
        }

        public PeriodSpec commentLevel(String id, String label) {
            commentLevels.put(id, label);
            return this;
        }

        public PeriodSpec commentTarget(String id, String label) {
            commentTargets.put(id, label);
            return this;
        }

        /** Declares a form of discipline of the period's own: the first replaces the built-in ones. */
        public PeriodSpec disciplineForm(String id, String label) {
            disciplineForms.put(id, label);
            return this;
        }

        public PeriodSpec ratingScales(RatingScales scales) {
            this.ratingScales = scales;
            return this;
        }

        /** Changes the result of {@code organization}, or adds one that holds no figures. */
        public PeriodSpec result(String organization, Consumer<ResultSpec> edit) {
            edit.accept(results.computeIfAbsent(organization, ResultSpec::new));
            return this;
        }

        Period build() {
            Lines file = new Lines("content/periods/" + span.id() + ".yaml");
            file.next(); // year
            file.next(); // title
            List<Label> groupLabels = labels(groups, file);
            List<Label> levelLabels = labels(commentLevels, file);
            List<Label> targetLabels = labels(commentTargets, file);
            List<Result> built = results.values().stream().map(r -> r.build(file)).toList();
            return new Period(span, title, published, Optional.empty(), Optional.empty(), groupLabels, levelLabels,
                    targetLabels, ratingScales, built, Position.wholeFile(file.file),
                    new DisciplineForms(labels(disciplineForms, file)));
        }

        private static List<Label> labels(Map<String, String> declared, Lines file) {
            return declared.entrySet().stream().map(e -> new Label(e.getKey(), e.getValue(), file.next())).toList();
        }
    }

    /** The figures one organization reported for a period, as a test makes them. */
    public static final class ResultSpec {
        private final String organization;
        private String source = "";
        /** The counts, without places yet: they are given when the result is built. */
        private Optional<Reviewed> reviewed = Optional.empty();
        private OptionalLong suggestedContents = OptionalLong.empty();
        private final List<CommentSpec> comments = new ArrayList<>();
        private final Map<String, ShortcomingSpec> shortcomings = new LinkedHashMap<>();
        private Optional<Discipline> discipline = Optional.empty();
        private Optional<Membership> members = Optional.empty();
        private Optional<Structure> structure = Optional.empty();
        private Optional<Ratings> ratings = Optional.empty();
        private final List<ChangeSpec> changes = new ArrayList<>();

        private ResultSpec(String organization) {
            this.organization = organization;
        }

        /** The ratings, one block per population, with the places the test gives them. */
        public ResultSpec ratings(RatingCounts... populations) {
            ratings = Optional.of(new Ratings(List.of(populations)));
            return this;
        }

        public ResultSpec source(String source) {
            this.source = source;
            return this;
        }

        public ResultSpec reviewed(long required, long done) {
            reviewed = Optional.of(new Reviewed(required, done, null));
            return this;
        }

        public ResultSpec suggestedContents(long count) {
            suggestedContents = OptionalLong.of(count);
            return this;
        }

        /** Adds a comment count, or changes the count of the same level and target. */
        public ResultSpec comment(String level, String target, long count) {
            comments.removeIf(c -> c.level.equals(level) && c.target.equals(target));
            comments.add(new CommentSpec(level, target, count));
            return this;
        }

        /** Adds the counts of a group, or changes them where they are. */
        public ResultSpec shortcoming(String group, long found, long remediated) {
            shortcomings.put(group, new ShortcomingSpec(group, found, remediated, Optional.empty(), null));
            return this;
        }

        /** As {@link #shortcoming(String, long, long)}, with the percentage the source published, e.g. "66.3". */
        public ResultSpec shortcoming(String group, long found, long remediated, String reportedPercent) {
            return shortcoming(group, found, remediated, reportedPercent, null);
        }

        /** As {@link #shortcoming(String, long, long, String)}, the percentage written at {@code reportedAt}. */
        public ResultSpec shortcoming(String group, long found, long remediated, String reportedPercent,
                                      Position reportedAt) {
            shortcomings.put(group, new ShortcomingSpec(group, found, remediated,
                    Optional.of(new BigDecimal(reportedPercent)), reportedAt));
            return this;
        }

        public ResultSpec discipline(long members, long committeeMembers) {
            discipline = Optional.of(new Discipline(members, committeeMembers, null, null));
            return this;
        }

        /**
         * Discipline as a source may publish it: each figure may be empty; {@code forms} by form id,
         * in order; {@code reportedPercent} as published, e.g. "0.17", or null.
         */
        public ResultSpec discipline(OptionalLong members, OptionalLong committeeMembers, Map<String, Long> forms,
                                     OptionalLong organizations, String reportedPercent) {
            discipline = Optional.of(new Discipline(members, committeeMembers, forms.entrySet().stream()
                    .map(e -> new Discipline.FormCount(new Ref(e.getKey(), null), e.getValue())).toList(), organizations,
                    Optional.ofNullable(reportedPercent).map(BigDecimal::new).map(PublishedPercent::exact), null, null, null, null));
            return this;
        }

        /** The members in all and those admitted in the year; either may be empty, as a source gives one of the two. */
        public ResultSpec members(OptionalLong total, OptionalLong admitted) {
            members = Optional.of(new Membership(total, admitted, null, null));
            return this;
        }

        /** What the body is made of: grassroots organizations and cells, either may be empty. */
        public ResultSpec structure(OptionalLong grassrootsOrganizations, OptionalLong cells) {
            structure = Optional.of(new Structure(grassrootsOrganizations, cells, null, null));
            return this;
        }

        /**
         * A change against the previous period, as written ("tăng 2,4%") and as read: its amount
         * (negative for "giảm") in its unit.
         */
        public ResultSpec change(String figure, String text, String amount, PublishedChange.Unit unit) {
            changes.add(new ChangeSpec(figure, text, new BigDecimal(amount), unit));
            return this;
        }

        Result build(Lines file) {
            Ref organizationRef = new Ref(organization, file.next());
            Optional<Reviewed> reviewedCounts = reviewed.map(r -> new Reviewed(r.required(), r.done(), file.next()));
            List<CommentCount> commentCounts = comments.stream()
                    .map(c -> new CommentCount(new Ref(c.level, file.next()), new Ref(c.target, file.next()), c.count,
                            file.next()))
                    .toList();
            List<ShortcomingCount> shortcomingCounts = shortcomings.values().stream().map(s -> s.build(file)).toList();
            Optional<Discipline> disciplined = discipline.map(d -> new Discipline(d.members(), d.committeeMembers(),
                    d.forms().stream().map(f -> new Discipline.FormCount(new Ref(f.form().id(), file.next()), f.count()))
                            .toList(), d.organizations(), d.reportedPercent(), file.next(), file.next(), file.next(),
                    file.next()));
            Optional<Membership> membership = members
                    .map(m -> new Membership(m.total(), m.admitted(), file.next(), file.next()));
            Optional<Structure> made = structure
                    .map(m -> new Structure(m.grassrootsOrganizations(), m.cells(), file.next(), file.next()));
            return new Result(organizationRef, source, reviewedCounts, suggestedContents, commentCounts,
                    shortcomingCounts, disciplined, ratings, membership, made, changes.stream()
                    .map(c -> new PublishedChange(c.figure, c.text, c.amount, c.unit, file.next(), file.next())).toList());
        }
    }

    private record ChangeSpec(String figure, String text, BigDecimal amount, PublishedChange.Unit unit) {
    }

    private record CommentSpec(String level, String target, long count) {
    }

    private record ShortcomingSpec(String group, long found, long remediated, Optional<BigDecimal> reported,
                                   Position reportedAt) {
        ShortcomingCount build(Lines file) {
            Position groupAt = file.next();
            Position foundAt = file.next();
            Position remediatedAt = file.next();
            Position written = file.next();
            return new ShortcomingCount(new Ref(group, groupAt), found, remediated, reported.map(PublishedPercent::exact),
                    foundAt, remediatedAt,
                    reportedAt != null ? reportedAt : written);
        }
    }

    /** One article as a test makes it. */
    public static final class ArticleSpec {
        private final String slug;
        private String title;
        private OffsetDateTime date = OffsetDateTime.parse("2013-06-01T08:00:00+07:00");
        private String author = "";
        private String source = "";
        private String summary = "";
        private List<String> tags = List.of();
        private List<String> organizations = List.of();
        private Optional<Integer> period = Optional.empty();
        private String markdown = "Nội dung.\n";

        private ArticleSpec(String slug) {
            this.slug = slug;
            this.title = "Bài " + slug;
        }

        public ArticleSpec title(String title) {
            this.title = title;
            return this;
        }

        /** @param date as front matter writes it, e.g. 2013-05-03T15:00:00+07:00 */
        public ArticleSpec date(String date) {
            this.date = OffsetDateTime.parse(date);
            return this;
        }

        public ArticleSpec author(String author) {
            this.author = author;
            return this;
        }

        public ArticleSpec source(String source) {
            this.source = source;
            return this;
        }

        public ArticleSpec summary(String summary) {
            this.summary = summary;
            return this;
        }

        public ArticleSpec tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        /** The organizations the article is about, by id. */
        public ArticleSpec organizations(String... ids) {
            this.organizations = List.of(ids);
            return this;
        }

        public ArticleSpec period(int year) {
            this.period = Optional.of(year);
            return this;
        }

        /** The body after the front matter. */
        public ArticleSpec markdown(String markdown) {
            this.markdown = markdown;
            return this;
        }

        public String markdown() {
            return markdown;
        }

        Article build() {
            Lines file = new Lines("content/articles/" + slug + ".md");
            file.next(); // ---
            file.next(); // title
            file.next(); // date
            List<Ref> about = organizations.stream().map(id -> new Ref(id, file.next())).toList();
            Optional<Ref> periodRef = period.map(year -> new Ref(Integer.toString(year), file.next()));
            int bodyLine = file.next().line() + 1; // after the closing ---
            return new Article(slug, title, date, author, source, summary, tags, about, periodRef, markdown, bodyLine,
                    Position.wholeFile(file.file));
        }
    }
}
