package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.OrganizationFigures.Count;
import vn.reviewportal.stats.RatingFigures;

/**
 * One period of the tidy dataset: a row per organization and figure the site has of it
 * (organization, parent, level, period, figure, value, source), which loads into a database or a
 * pivot table as it is. It holds the figures as the reports give them or as the site adds them
 * up: counts, and percentages as published. A figure no report gives has no row (it is unknown,
 * not 0), and a percentage the site works out has none either: it follows from two counts of the
 * same file, and the period's tables beside it show it.
 *
 * <p>The rows are made from the figures as the file is written, never held: a province has
 * hundreds of thousands a period.
 *
 * @param organizations each organization with figures this period, in the tree's order
 */
public record DatasetPlan(String path, String title, List<String> keys, List<String> labels, PeriodSpan period,
                          List<Subject> organizations, Packing packing) implements DownloadFile {

    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("organization_id", "parent_id", "level", "period", "figure", "value",
            "source");

    /** Where a value comes from: the organization's own report. */
    static final String REPORTED = "reported";
    /** Added up from every subordinate organization's figures. */
    static final String SUM = "sum";
    /** Added up from the subordinates that give the figure, while some do not. */
    static final String PARTIAL_SUM = "partial_sum";
    /** A percentage as the report published it. */
    static final String PUBLISHED = "published";

    public DatasetPlan {
        keys = List.copyOf(keys);
        labels = List.copyOf(labels);
        organizations = List.copyOf(organizations);
    }

    /**
     * An organization's figures of the period, with what places it in the tree.
     *
     * @param parentId its parent's id, empty for the root
     * @param level    the id of its level (its kind in organizations.yaml)
     */
    public record Subject(String parentId, String level, OrganizationFigures figures) {
    }

    @Override
    public void forEachRow(Consumer<List<Object>> row) {
        for (Subject subject : organizations) {
            new Rows(subject, period.id(), row).all();
        }
    }

    /** The rows of one organization. */
    private static final class Rows {
        private final Subject subject;
        private final String period;
        private final Consumer<List<Object>> out;
        private final OrganizationFigures f;
        private final boolean own;
        /** How a figure added up from the subordinates is marked when no flag of its own says more. */
        private final String summed;

        Rows(Subject subject, String period, Consumer<List<Object>> out) {
            this.subject = subject;
            this.period = period;
            this.out = out;
            this.f = subject.figures();
            this.own = f.basis() == OrganizationFigures.Basis.REPORTED;
            this.summed = f.childrenReporting() < f.children() ? PARTIAL_SUM : SUM;
        }

        void all() {
            f.reviewed().ifPresent(r -> {
                add("reviewed.required", r.required(), plain());
                add("reviewed.done", r.done(), plain());
            });
            f.suggestedContents().ifPresent(n -> add("suggested_contents", n, plain()));
            for (OrganizationFigures.CommentFigures c : f.comments()) {
                add("comments." + c.levelId() + "." + c.targetId(), c.count(), plain());
            }
            for (GroupFigures g : f.groups()) {
                if (g.known()) {
                    String source = g.coverage() == GroupFigures.Coverage.PARTIAL ? PARTIAL_SUM : own ? REPORTED : SUM;
                    add("shortcomings." + g.groupId() + ".found", g.found(), source);
                    add("shortcomings." + g.groupId() + ".remediated", g.remediated(), source);
                }
                g.reported().ifPresent(p -> published("shortcomings." + g.groupId() + ".reported_percent", p));
            }
            f.discipline().ifPresent(d -> {
                count("discipline.members", d.members());
                count("discipline.committee_members", d.committeeMembers());
                count("discipline.organizations", d.organizations());
                d.forms().forEach(form -> count("discipline.form." + form.id(), form.count()));
                d.reported().ifPresent(p -> published("discipline.reported_percent", p));
            });
            f.ratings().forEach(this::ratings);
            OrganizationFigures.MemberFigures m = f.members();
            count("members.total", new Count(m.total(), m.totalPartial()));
            count("members.admitted", new Count(m.admitted(), m.admittedPartial()));
            // What the body is made of is only ever what its own result says.
            f.structure().grassrootsOrganizations().ifPresent(n -> add("structure.grassroots_organizations", n,
                    REPORTED));
            f.structure().cells().ifPresent(n -> add("structure.cells", n, REPORTED));
        }

        private void ratings(RatingFigures r) {
            String prefix = "ratings." + r.subject().key() + ".";
            optional(prefix + "in_scope", r.scope().total());
            optional(prefix + "exempt", r.scope().exempt());
            optional(prefix + "not_rated", r.scope().notRated());
            optional(prefix + "rated", r.rated());
            for (RatingFigures.Level level : r.levels()) {
                count(prefix + level.id(), new Count(level.count(), level.partial()));
                level.reported().ifPresent(p -> published(prefix + level.id() + ".reported_percent", p));
            }
        }

        /** Where a figure without a flag of its own comes from. */
        private String plain() {
            return own ? REPORTED : summed;
        }

        private void optional(String figure, OptionalLong value) {
            value.ifPresent(n -> add(figure, n, plain()));
        }

        private void count(String figure, Count count) {
            count.value().ifPresent(n -> add(figure, n, count.partial() ? PARTIAL_SUM : own ? REPORTED : SUM));
        }

        /** A percentage as published: a number, or for one with a word before it ("trên 95") the wording. */
        private void published(String figure, PublishedPercent percent) {
            add(figure, percent.exact() ? percent.value() : percent.wording(), PUBLISHED);
        }

        private void add(String figure, Object value, String source) {
            List<Object> row = new ArrayList<>(COLUMNS.size());
            row.add(f.organizationId());
            row.add(subject.parentId());
            row.add(subject.level());
            row.add(period);
            row.add(figure);
            row.add(value);
            row.add(source);
            out.accept(row);
        }
    }
}
