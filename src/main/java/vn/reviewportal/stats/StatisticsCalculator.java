package vn.reviewportal.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Level;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.ShortcomingCount;
import vn.reviewportal.model.Structure;
import vn.reviewportal.model.Typos;
import vn.reviewportal.stats.OrganizationFigures.Basis;
import vn.reviewportal.stats.OrganizationFigures.CommentFigures;
import vn.reviewportal.stats.OrganizationFigures.Count;
import vn.reviewportal.stats.OrganizationFigures.DisciplineFigures;
import vn.reviewportal.stats.OrganizationFigures.MemberFigures;
import vn.reviewportal.stats.OrganizationFigures.StructureFigures;

/**
 * The compute stage: exact figures from checked counts, for every organization and period. An
 * organization without its own result gets the sum of its subordinates' figures; one that
 * states totals and whose subordinates all report is checked against their sum. A pure
 * function of the content.
 */
public final class StatisticsCalculator {

    private final Content content;
    private final Map<String, List<Organization>> children;
    /** One period's figures, findings and diagnostics. */
    private final List<OrganizationFigures> figures = new ArrayList<>();
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<QualityFinding> findings = new ArrayList<>();

    private StatisticsCalculator(Content content, Map<String, List<Organization>> children) {
        this.content = content;
        this.children = children;
    }

    public static Statistics compute(Content content) {
        Map<String, List<Organization>> children = new HashMap<>();
        for (Organization organization : content.organizations()) {
            organization.parentId().ifPresent(parent ->
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(organization));
        }
        // Periods are added up independently, on all cores (a national tree has tens of thousands
        // of organizations in each), and joined in period order, so the result does not depend on
        // the cores.
        List<StatisticsCalculator> periods = content.periods().parallelStream().map(period -> {
            StatisticsCalculator calculator = new StatisticsCalculator(content, children);
            calculator.compute(period);
            return calculator;
        }).toList();
        List<OrganizationFigures> figures = new ArrayList<>();
        List<QualityFinding> findings = new ArrayList<>();
        Diagnostics diagnostics = new Diagnostics();
        for (StatisticsCalculator period : periods) {
            figures.addAll(period.figures);
            findings.addAll(period.findings);
            diagnostics.addAll(period.diagnostics.list());
        }
        return new Statistics(figures, findings, diagnostics.list());
    }

    private void compute(Period period) {
        Map<String, Figures> memo = new HashMap<>();
        Map<String, Result> results = new HashMap<>();
        period.results().forEach(r -> results.putIfAbsent(r.organization().id(), r));
        for (Organization organization : content.organizations()) {
            effective(period, results, organization, memo).ifPresent(f -> figures.add(f.figures()));
        }
    }

    /** Figures with the position of the first result they come from, to point at when they disagree. */
    private record Figures(OrganizationFigures figures, Position from) {
    }

    private Optional<Figures> effective(Period period, Map<String, Result> results, Organization organization,
                                        Map<String, Figures> memo) {
        if (memo.containsKey(organization.id())) {
            return Optional.ofNullable(memo.get(organization.id()));
        }
        List<Organization> subordinates = children.getOrDefault(organization.id(), List.of());
        List<Figures> reporting = new ArrayList<>();
        int grassrootsReporting = 0;
        for (Organization child : subordinates) {
            Optional<Figures> figures = effective(period, results, child, memo);
            figures.ifPresent(reporting::add);
            grassrootsReporting += grassroots(child)
                    ? (figures.isPresent() ? 1 : 0)
                    : figures.map(f -> f.figures().structure().grassrootsReporting()).orElse(0);
        }
        Optional<Result> own = Optional.ofNullable(results.get(organization.id()));
        Figures result;
        if (own.isPresent() && (own.get().givesFigures() || reporting.isEmpty())) {
            result = new Figures(reported(period, own.get(), subordinates.size(), reporting.size(), grassrootsReporting,
                    content.site().language()),
                    own.get().organization().at());
            if (!reporting.isEmpty() && reporting.size() == subordinates.size()) {
                compare(period, organization, own.get(), sum(period, organization, reporting, subordinates.size(),
                        grassrootsReporting));
            }
        } else if (!reporting.isEmpty()) {
            result = sum(period, organization, reporting, subordinates.size(), grassrootsReporting);
            if (own.isPresent()) {
                // A result that only says what the body is made of: its figures are still the sum.
                result = new Figures(described(result.figures(), own.get()), result.from());
            }
        } else {
            result = null;
        }
        if (result != null) {
            checkStructure(period, organization, own, grassrootsReporting);
        }
        memo.put(organization.id(), result);
        return Optional.ofNullable(result);
    }

    private boolean grassroots(Organization organization) {
        return content.levels().get(organization.kind().id()).map(Level::grassroots).orElse(false);
    }

    /** A sum over subordinates, with what the body's own result says of itself: source, members, structure. */
    private static OrganizationFigures described(OrganizationFigures sum, Result own) {
        MemberFigures members = own.members().map(m -> new MemberFigures(m.total(), false, m.admitted(), false))
                .orElse(sum.members());
        return new OrganizationFigures(sum.organizationId(), sum.period(), sum.basis(), sum.children(),
                sum.childrenReporting(), own.source(), sum.reviewed(), sum.suggestedContents(), sum.groups(), sum.total(),
                sum.comments(), sum.commentsTotal(), sum.discipline(), sum.ratings(), members,
                structure(Optional.of(own), sum.structure().grassrootsReporting()));
    }

    private static StructureFigures structure(Optional<Result> result, int grassrootsReporting) {
        Optional<Structure> s = result.flatMap(Result::structure);
        return new StructureFigures(s.map(Structure::grassrootsOrganizations).orElse(OptionalLong.empty()),
                s.map(Structure::cells).orElse(OptionalLong.empty()), grassrootsReporting);
    }

    /** More grassroots organizations below a body have figures than the body says it has. */
    private void checkStructure(Period period, Organization organization, Optional<Result> own, int grassrootsReporting) {
        Optional<Structure> structure = own.flatMap(Result::structure);
        if (structure.isEmpty() || structure.get().grassrootsOrganizations().isEmpty()) {
            return;
        }
        long stated = structure.get().grassrootsOrganizations().getAsLong();
        if (grassrootsReporting > stated) {
            Position at = structure.get().grassrootsAt();
            diagnostics.warning(Code.GRASSROOTS_EXCEED_STRUCTURE, at, "'" + organization.id() + "' says it has " + stated
                            + " grassroots organizations, but " + grassrootsReporting + " below it in the tree have figures "
                            + "for " + period.id(),
                    "check 'grassroots_organizations' against the source, and the 'parent' of the organizations below it");
            findings.add(new QualityFinding.GrassrootsExceedStructure(at, period.span(), organization.id(), stated,
                    grassrootsReporting));
        }
    }

    // The figures of every organization in every period are made here: a national tree has
    // 600,000 of them. Plain loops instead of streams: on the first-tier compiler a one-off
    // build runs on, the streams' lambdas are not inlined (docs/performance.md has the figures).

    static OrganizationFigures reported(Period period, Result result, int children, int childrenReporting,
                                        int grassrootsReporting, Language language) {
        List<GroupFigures> groups = new ArrayList<>();
        for (Label group : period.groups()) {
            for (ShortcomingCount s : result.shortcomings()) {
                if (s.group().id().equals(group.id())) {
                    groups.add(new GroupFigures(group.id(), group.label(), s.found(), s.remediated(), s.reportedPercent(),
                            GroupFigures.Coverage.COMPLETE));
                    break;
                }
            }
        }
        List<CommentFigures> comments = new ArrayList<>();
        long commentsTotal = 0;
        for (CommentCount c : result.comments()) {
            comments.add(comment(period, c.level().id(), c.target().id(), c.count()));
            commentsTotal += c.count();
        }
        List<RatingFigures> ratings = new ArrayList<>();
        result.ratings().ifPresent(r -> r.populations().forEach(c -> ratings.add(
                RatingSums.of(period.ratingScales().of(c.population()), c))));
        return new OrganizationFigures(result.organization().id(), period.span(), Basis.REPORTED, children,
                childrenReporting, result.source(), result.reviewed(), result.suggestedContents(), groups,
                total(groups, period.groups().size()), List.copyOf(comments), commentsTotal,
                result.discipline().map(d -> DisciplineSums.of(period, d, language)), ratings,
                result.members().map(m -> new MemberFigures(m.total(), false, m.admitted(), false))
                        .orElse(MemberFigures.NONE), structure(Optional.of(result), grassrootsReporting));
    }

    private Figures sum(Period period, Organization organization, List<Figures> parts, int children,
                        int grassrootsReporting) {
        List<GroupFigures> groups = new ArrayList<>();
        for (Label group : period.groups()) {
            long found = 0;
            long remediated = 0;
            int giving = 0;
            boolean partial = false;
            for (Figures part : parts) {
                for (GroupFigures g : part.figures().groups()) {
                    if (g.groupId().equals(group.id())) {
                        found += g.found();
                        remediated += g.remediated();
                        giving++;
                        partial |= g.coverage() == GroupFigures.Coverage.PARTIAL;
                    }
                }
            }
            if (giving > 0) {
                // A sum over the subordinates of which some do not give this group is partial.
                groups.add(new GroupFigures(group.id(), group.label(), found, remediated, Optional.empty(),
                        partial || giving < parts.size() ? GroupFigures.Coverage.PARTIAL : GroupFigures.Coverage.COMPLETE));
            }
        }
        List<CommentFigures> comments = new ArrayList<>();
        long commentsTotal = 0;
        for (Label level : period.commentLevels()) {
            for (Label target : period.commentTargets()) {
                long count = 0;
                boolean any = false;
                for (Figures part : parts) {
                    for (CommentFigures c : part.figures().comments()) {
                        if (c.levelId().equals(level.id()) && c.targetId().equals(target.id())) {
                            count += c.count();
                            any = true;
                        }
                    }
                }
                if (any) {
                    comments.add(comment(period, level.id(), target.id(), count));
                    commentsTotal += count;
                }
            }
        }
        List<OrganizationFigures> given = new ArrayList<>(parts.size());
        for (Figures part : parts) {
            given.add(part.figures());
        }
        Optional<DisciplineFigures> discipline = DisciplineSums.added(given);
        List<RatingFigures> ratings = RatingSums.added(period, given);
        OrganizationFigures figures = new OrganizationFigures(organization.id(), period.span(), Basis.ROLLED_UP,
                children, parts.size(), "", Optional.empty(), OptionalLong.empty(), groups, total(groups, period.groups().size()),
                List.copyOf(comments), commentsTotal, discipline, ratings, members(parts),
                structure(Optional.empty(), grassrootsReporting));
        return new Figures(figures, parts.get(0).from());
    }

    /** The members of the parts added up, each figure over the parts that give it: unknown if none does. */
    private static MemberFigures members(List<Figures> parts) {
        long total = 0;
        int givingTotal = 0;
        boolean totalPartial = false;
        long admitted = 0;
        int givingAdmitted = 0;
        boolean admittedPartial = false;
        for (Figures part : parts) {
            MemberFigures m = part.figures().members();
            if (m.total().isPresent()) {
                total += m.total().getAsLong();
                givingTotal++;
                totalPartial |= m.totalPartial();
            }
            if (m.admitted().isPresent()) {
                admitted += m.admitted().getAsLong();
                givingAdmitted++;
                admittedPartial |= m.admittedPartial();
            }
        }
        return new MemberFigures(givingTotal == 0 ? OptionalLong.empty() : OptionalLong.of(total),
                givingTotal > 0 && (totalPartial || givingTotal < parts.size()),
                givingAdmitted == 0 ? OptionalLong.empty() : OptionalLong.of(admitted),
                givingAdmitted > 0 && (admittedPartial || givingAdmitted < parts.size()));
    }

    /** Where an organization states totals and all its subordinates report, the two must agree. */
    private void compare(Period period, Organization organization, Result own, Figures sum) {
        int reporting = sum.figures().childrenReporting();
        for (ShortcomingCount stated : own.shortcomings()) {
            sum.figures().groups().stream().filter(g -> g.groupId().equals(stated.group().id())).findFirst()
                    .ifPresent(added -> {
                        String group = period.group(stated.group().id()).map(Label::label).orElse(stated.group().id());
                        disagree(period, organization, "found", group, stated.found(), added.found(), stated.foundAt(),
                                sum.from(), reporting);
                        disagree(period, organization, "remediated", group, stated.remediated(), added.remediated(),
                                stated.remediatedAt(), sum.from(), reporting);
                    });
        }
        for (CommentCount stated : own.comments()) {
            sum.figures().comments().stream()
                    .filter(c -> c.levelId().equals(stated.level().id()) && c.targetId().equals(stated.target().id()))
                    .findFirst()
                    .ifPresent(added -> disagree(period, organization, "count", added.level() + " → " + added.target(),
                            stated.count(), added.count(), stated.countAt(), sum.from(), reporting));
        }
        own.discipline().ifPresent(stated -> sum.figures().discipline().ifPresent(added -> {
            // Compared only where every subordinate gives the figure: a partial sum may well be smaller.
            disagree(period, organization, "members", "discipline", stated.members(), stated.membersAt(),
                    added.members(), sum.from(), reporting);
            disagree(period, organization, "organizations", "discipline", stated.organizations(),
                    stated.organizationsAt(), added.organizations(), sum.from(), reporting);
            for (Discipline.FormCount form : stated.forms()) {
                added.forms().stream().filter(f -> f.id().equals(form.form().id())).findFirst().ifPresent(f ->
                        disagree(period, organization, "forms", f.label(), OptionalLong.of(form.count()),
                                form.form().at(), f.count(), sum.from(), reporting));
            }
        }));
    }

    private void disagree(Period period, Organization organization, String key, String subject, OptionalLong stated,
                          Position statedAt, Count added, Position partsAt, int reporting) {
        if (stated.isPresent() && added.known() && !added.partial()) {
            disagree(period, organization, key, subject, stated.getAsLong(), added.value().getAsLong(), statedAt,
                    partsAt, reporting);
        }
    }

    private void disagree(Period period, Organization organization, String key, String subject, long stated, long added,
                          Position statedAt, Position partsAt, int reporting) {
        if (stated == added) {
            return;
        }
        // Only the total's own slip is looked for: the subordinates' figures are summed before this point.
        Optional<MismatchCause.Typo> typo = Typos.inTotal(key, stated, added);
        diagnostics.warning(Code.CHILDREN_DO_NOT_SUM, statedAt, "'" + key + "' (" + subject + ") of '" + organization.id()
                        + "' is " + stated + ", but its " + reporting + " subordinate organizations add up to " + added
                        + typo.map(t -> "; likely a typo: " + t.fits() + " instead of the " + t.written()
                                + " written makes it add up").orElse(""),
                "their results start at " + partsAt + "; correct the total or the subordinates' figures");
        findings.add(new QualityFinding.ChildrenDoNotSum(statedAt, period.span(), organization.id(), key, subject,
                stated, added, partsAt, typo));
    }

    private static CommentFigures comment(Period period, String level, String target, long count) {
        return new CommentFigures(level, label(period.commentLevels(), level), target,
                label(period.commentTargets(), target), count);
    }

    /** All groups together: unknown when none is given, partial when only some of the {@code declared} are. */
    private static GroupFigures total(List<GroupFigures> groups, int declared) {
        long found = 0;
        long remediated = 0;
        boolean partial = groups.size() < declared;
        for (GroupFigures g : groups) {
            found += g.found();
            remediated += g.remediated();
            partial |= g.coverage() == GroupFigures.Coverage.PARTIAL;
        }
        GroupFigures.Coverage coverage = groups.isEmpty() ? GroupFigures.Coverage.NONE
                : partial ? GroupFigures.Coverage.PARTIAL : GroupFigures.Coverage.COMPLETE;
        return new GroupFigures("", "", found, remediated, Optional.empty(), coverage);
    }

    private static String label(List<Label> labels, String id) {
        for (Label l : labels) {
            if (l.id().equals(id)) {
                return l.label();
            }
        }
        return id;
    }
}
