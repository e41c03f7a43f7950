package vn.reviewportal.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;
import org.commonmark.node.Node;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.diag.Position;
import vn.reviewportal.diag.Suggestions;
import vn.reviewportal.model.Article;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.DisciplineForm;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Level;
import vn.reviewportal.model.MismatchCause;
import vn.reviewportal.model.Levels;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PublishedPercent;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.Population;
import vn.reviewportal.model.RatingLevel;
import vn.reviewportal.model.RatingScales;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.ShortcomingCount;
import vn.reviewportal.model.Slugs;
import vn.reviewportal.model.Typos;

/**
 * The validate stage: checks what no single file can check by itself (references, the tree,
 * counts against each other) and what the published figures say against their counts.
 * A pure function of the content.
 */
public final class ContentChecker {

    private ContentChecker() {
    }

    public static CheckedContent check(Content content) {
        return check(content, UnaryOperator.identity());
    }

    /**
     * @param reuse wraps the check of one article's own text (its Markdown, its figures); the
     *              preview server's wrapper takes the last result for an article read unchanged
     */
    public static CheckedContent check(Content content, UnaryOperator<Function<Article, TextCheck>> reuse) {
        Diagnostics diagnostics = new Diagnostics();
        List<QualityFinding> findings = new ArrayList<>();
        Set<String> organizations = checkOrganizations(content, diagnostics);
        Map<String, Period> years = new HashMap<>();
        for (Period period : content.periods()) {
            Period first = years.putIfAbsent(period.id(), period);
            if (first != null) {
                diagnostics.error(Code.DUPLICATE_PERIOD, period.at(), (period.span().kind() == PeriodSpan.Kind.YEAR
                        ? "the year " : "the period ") + period.id()
                        + " is also in " + first.at().file(), "keep one file per year; delete or move the other copy");
                continue;
            }
            checkPeriod(period, organizations, diagnostics, findings);
            ChangeChecks.check(content, period, diagnostics, findings);
        }
        Language language = content.site().language();
        ArticleFigures figures = new ArticleFigures(language);
        ArticleMarkdown markdown = new ArticleMarkdown();
        // Articles are independent of each other: checked on every core, gathered in file order.
        Function<Article, TextCheck> checkText = reuse.apply(article -> {
            Diagnostics found = new Diagnostics();
            List<QualityFinding> differences = new ArrayList<>();
            Node document = markdown.parse(article);
            List<StatedCount> counts = figures.check(article, document, found, differences);
            markdown.check(article, document, found);
            return new TextCheck(found.list(), differences, counts);
        });
        List<TextCheck> texts = content.articles().parallelStream().map(checkText).toList();
        for (int i = 0; i < texts.size(); i++) {
            Article article = content.articles().get(i);
            checkArticle(article, organizations, years.keySet(), diagnostics);
            diagnostics.addAll(texts.get(i).diagnostics());
            findings.addAll(texts.get(i).findings());
            ArticleAgainstData.check(article, texts.get(i).counts(), years, diagnostics, findings);
        }
        return new CheckedContent(content, findings, diagnostics.list());
    }

    private static Set<String> checkOrganizations(Content content, Diagnostics diagnostics) {
        checkLevels(content, diagnostics);
        Map<String, Organization> byId = new HashMap<>();
        for (Organization organization : content.organizations()) {
            Organization first = byId.putIfAbsent(organization.id(), organization);
            if (first != null) {
                diagnostics.error(Code.DUPLICATE_ID, organization.at(), "the organization id '" + organization.id()
                        + "' is used twice", "it was first used at line " + first.at().line() + "; ids must be unique");
            }
        }
        for (Organization organization : content.organizations()) {
            organization.parentId().ifPresent(parent -> {
                if (!byId.containsKey(parent)) {
                    unknownOrganization(new Ref(parent, organization.parentAt()), byId.keySet(), diagnostics);
                }
            });
        }
        for (Organization organization : byId.values().stream().sorted((a, b) -> a.at().compareTo(b.at())).toList()) {
            Set<String> path = new HashSet<>();
            Organization current = organization;
            while (current != null && current.parentId().isPresent()) {
                if (!path.add(current.id())) {
                    break;
                }
                current = byId.get(current.parentId().get());
                if (current != null && current.id().equals(organization.id())
                        && cycle(organization, byId).stream().map(byId::get)
                                .allMatch(member -> organization.at().compareTo(member.at()) <= 0)) {
                    diagnostics.error(Code.ORGANIZATION_CYCLE, organization.parentAt(), "the organization '"
                                    + organization.id() + "' is its own ancestor: " + String.join(" → ", cycle(organization, byId)),
                            "each organization's parent must be higher in the tree");
                    break;
                }
            }
        }
        if (!diagnostics.hasErrors()) {
            tooDeep(content, byId, diagnostics);
        }
        if (!byId.containsKey(content.site().root())) {
            unknownOrganization(new Ref(content.site().root(), content.site().rootAt()), byId.keySet(), diagnostics);
        }
        return byId.keySet();
    }

    /** Each level declared once, and each organization's kind a level built in or declared. */
    private static void checkLevels(Content content, Diagnostics diagnostics) {
        Map<String, Position> declared = new LinkedHashMap<>();
        for (Levels.Declared level : content.levels().declared()) {
            Position first = declared.putIfAbsent(level.level().id(), level.at());
            if (first != null) {
                diagnostics.error(Code.DUPLICATE_ID, level.at(), "the level '" + level.level().id()
                        + "' is declared twice", "it was first declared at line " + first.line() + "; keep one");
            }
        }
        List<String> builtIn = Levels.BUILT_IN.stream().map(Level::id).toList();
        List<String> added = declared.keySet().stream().filter(id -> !builtIn.contains(id)).toList();
        List<String> known = new ArrayList<>(added);
        known.addAll(builtIn);
        Set<String> levels = new HashSet<>(known); // asked once for each organization of a national tree
        for (Organization organization : content.organizations()) {
            Ref kind = organization.kind();
            if (!levels.contains(kind.id())) {
                // 'đảng bộ cơ sở' is the level dang-bo-co-so written as it is said.
                Optional<String> meant = Suggestions.closest(Slugs.slug(kind.id()), known)
                        .or(() -> Suggestions.closest(kind.id(), known));
                diagnostics.error(Code.UNKNOWN_KIND, kind.at(), "unknown kind '" + kind.id() + "'",
                        meant.map(id -> "did you mean '" + id + "'? ").orElse("") + (added.isEmpty()
                                ? "the built-in levels are: " + String.join(", ", builtIn)
                                        + "; a level of the site's own is declared under 'levels'"
                                : "declared under 'levels': " + String.join(", ", added) + "; built in: "
                                        + String.join(", ", builtIn)));
            }
        }
    }

    /** Levels below the top of the tree an organization may be; real trees have fewer than ten. */
    static final int MAX_TREE_DEPTH = 30;

    /**
     * A tree deeper than any real one is a mistake (usually each organization's parent set to
     * the one above it in the file), and every later stage walks the tree: said once, at the
     * first organization that is too deep, with how many are.
     */
    private static void tooDeep(Content content, Map<String, Organization> byId, Diagnostics diagnostics) {
        Organization first = null;
        int count = 0;
        for (Organization organization : content.organizations()) {
            Organization current = organization;
            int depth = 0;
            while (current != null && current.parentId().isPresent() && depth <= MAX_TREE_DEPTH) {
                current = byId.get(current.parentId().get());
                depth++;
            }
            if (depth > MAX_TREE_DEPTH) {
                first = first == null ? organization : first;
                count++;
            }
        }
        if (first != null) {
            diagnostics.error(Code.ORGANIZATION_TREE_TOO_DEEP, first.parentAt(), "the organization '" + first.id()
                            + "' is more than " + MAX_TREE_DEPTH + " levels below the top of the tree"
                            + (count > 1 ? ", and so are " + (count - 1) + " other organizations" : ""),
                    "check the 'parent' of the organizations above it: each names the organization it belongs to, "
                            + "not the one before it in the file");
        }
    }

    private static List<String> cycle(Organization start, Map<String, Organization> byId) {
        List<String> ids = new ArrayList<>();
        Organization current = start;
        do {
            ids.add(current.id());
            current = byId.get(current.parentId().orElseThrow());
        } while (current != null && !current.id().equals(start.id()));
        ids.add(start.id());
        return ids;
    }

    /**
     * Where a first result is, seen from a second one: its line in the same file; its cell or
     * line in another (a period's sheet beside its YAML file).
     */
    private static String where(Position first, Position second) {
        if (first.isCell()) {
            return "is in row " + first.line() + (first.file().equals(second.file()) ? "" : " of " + first.file());
        }
        return "starts at line " + first.line() + (first.file().equals(second.file()) ? "" : " of " + first.file());
    }

    private static void checkPeriod(Period period, Set<String> organizations, Diagnostics diagnostics,
                                    List<QualityFinding> findings) {
        Set<String> groups = declared(period.groups(), "shortcoming group", diagnostics);
        Set<String> levels = declared(period.commentLevels(), "comment level", diagnostics);
        Set<String> targets = declared(period.commentTargets(), "comment target", diagnostics);
        Map<Population, Set<String>> ratingLevels = checkScales(period.ratingScales(), diagnostics);
        declared(period.disciplineForms().declared(), "discipline form", diagnostics);
        List<String> disciplineForms = period.disciplineForms().forms().stream().map(DisciplineForm::id).toList();
        Map<String, Position> resultFor = new HashMap<>();
        for (Result result : period.results()) {
            Ref organization = result.organization();
            if (!organizations.contains(organization.id())) {
                unknownOrganization(organization, organizations, diagnostics);
            }
            Position first = resultFor.putIfAbsent(organization.id(), organization.at());
            if (first != null) {
                diagnostics.error(Code.DUPLICATE_RESULT, organization.at(), "a second result for '" + organization.id()
                        + "' in this period", "its first result " + where(first, organization.at()) + "; merge the two");
            }
            result.reviewed().ifPresent(r -> {
                if (r.done() > r.required()) {
                    diagnostics.error(Code.DONE_EXCEEDS_REQUIRED, r.doneAt(), r.done()
                                    + " organizations reviewed, but only " + r.required() + " were required to",
                            "'done' counts organizations that held the review and cannot be more than 'required'");
                }
            });
            for (CommentCount comment : result.comments()) {
                known(comment.level(), levels, Code.UNKNOWN_COMMENT_LEVEL, "comment level", "comment_levels", diagnostics);
                known(comment.target(), targets, Code.UNKNOWN_COMMENT_TARGET, "comment target", "comment_targets", diagnostics);
            }
            long allFound = result.shortcomings().stream().mapToLong(ShortcomingCount::found).sum();
            for (ShortcomingCount count : result.shortcomings()) {
                checkShortcomings(period, organization.id(), count, result.shortcomings().size() > 1 ? allFound : 0,
                        groups, diagnostics, findings);
            }
            result.discipline().ifPresent(d -> checkDiscipline(period, result, d, disciplineForms, diagnostics,
                    findings));
            result.members().ifPresent(m -> {
                if (m.total().isPresent() && m.admitted().isPresent()
                        && m.admitted().getAsLong() > m.total().getAsLong()) {
                    diagnostics.error(Code.ADMITTED_EXCEEDS_MEMBERS, m.admittedAt(), m.admitted().getAsLong()
                                    + " members admitted in the year, but only " + m.total().getAsLong() + " "
                                    + (m.total().getAsLong() == 1 ? "member" : "members") + " in all",
                            "'total' counts every member, those admitted in the year among them; check both against the source");
                }
            });
            result.ratings().ifPresent(r -> r.populations().forEach(c -> RatingChecks.check(period, organization.id(), c,
                    ratingLevels.get(c.population()), diagnostics, findings)));
        }
    }

    /**
     * The figures of discipline against each other: the forms against the members disciplined
     * (all of them must add up to it; some may not exceed it), the committee members among them,
     * and the published share against the members of the same result, where it gives them.
     */
    private static void checkDiscipline(Period period, Result result, Discipline d, List<String> forms,
                                        Diagnostics diagnostics, List<QualityFinding> findings) {
        String organizationId = result.organization().id();
        boolean known = true;
        for (Discipline.FormCount form : d.forms()) {
            known &= knownForm(form.form(), forms, !period.disciplineForms().declared().isEmpty(), diagnostics);
        }
        if (d.members().isEmpty()) {
            return; // the forms alone, or the organizations: nothing to add up to
        }
        long members = d.members().getAsLong();
        d.committeeMembers().ifPresent(committee -> {
            if (committee > members) {
                diagnostics.error(Code.COMMITTEE_EXCEEDS_MEMBERS, d.committeeMembersAt(), committee
                                + " committee members disciplined, but only " + members + " "
                                + (members == 1 ? "member" : "members") + " in all",
                        "'committee_members' counts those among 'members' who sit on a committee");
            }
        });
        Set<String> given = new HashSet<>();
        d.forms().forEach(f -> given.add(f.form().id()));
        boolean every = given.containsAll(forms);
        long sum = d.formsTotal();
        Optional<Long> ofMembers = result.members().flatMap(m -> m.total().isPresent()
                ? Optional.of(m.total().getAsLong()) : Optional.empty());
        if (known && !d.forms().isEmpty() && (every ? sum != members : sum > members)) {
            String written = String.join(", ", d.forms().stream().map(f -> f.form().id() + " " + f.count()).toList());
            Optional<MismatchCause.Typo> typo = every ? formsTypo(d, ofMembers) : Optional.empty();
            diagnostics.warning(Code.DISCIPLINE_FORMS_DO_NOT_SUM, d.membersAt(), members + " "
                            + (members == 1 ? "member" : "members") + " disciplined, but the "
                            + (every ? "forms" : "forms given") + " (" + written + ") add up to " + sum
                            + (every ? "" : ", more than that") + typo.map(Causes::text).orElse(""),
                    "check the figures against the source; the difference is noted on the data-quality page");
            findings.add(new QualityFinding.DisciplineFormsDoNotSum(d.membersAt(), period.span(), organizationId,
                    members, sum, every, typo));
        }
        // The published share is of all members: checked where the same result gives them, else left as published.
        d.reportedPercent().ifPresent(reported -> ofMembers.flatMap(total -> Percent.of(members, total)).ifPresent(rate -> {
            if (!reported.heldBy(rate)) {
                long total = rate.whole();
                // The disciplinary decisions by form may be what was divided: violations rather than people.
                List<Causes.Named> decisions = d.forms().isEmpty() || !every ? List.of() : List.of(new Causes.Named("forms", sum));
                MismatchCause cause = Causes.explain(members, total, reported,
                        new Causes.Context(List.of(), List.of(), List.of(), decisions));
                Causes.report(diagnostics, Code.REPORTED_PERCENT_MISMATCH, d.reportedAt(), (reported.exact()
                                ? "the published " + reported.value().toPlainString() + " % of members disciplined does "
                                + "not match its counts: "
                                : "the published '" + reported.wording() + "' of members disciplined does not hold: ")
                                + members + " of " + total + " members is " + rate.rounded(2).toPlainString()
                                + " %" + (reported.exact() ? ", which rounds to " + rate.rounded(reported.decimals()).toPlainString() + " %" : ""),
                        "the portal shows the share computed from 'members' of 'discipline' and 'total' of 'members', "
                                + "and notes the difference on the data-quality page; if a count was copied wrongly, "
                                + "correct it", cause, members, total, reported);
                findings.add(new QualityFinding.DisciplinePercentMismatch(d.reportedAt(), period.span(),
                        organizationId, members, total, reported, rate, cause));
            }
        }));
    }

    /**
     * The one form's count, or the members disciplined, that a slip of one digit would make add up;
     * the published share of members disciplined is evidence for the number disciplined.
     */
    private static Optional<MismatchCause.Typo> formsTypo(Discipline d, Optional<Long> ofMembers) {
        List<Typos.Figure> parts = d.forms().stream().map(f -> Typos.Figure.of(f.form().id(), f.count())).toList();
        Optional<LongPredicate> evidence = d.reportedPercent().flatMap(reported -> ofMembers
                .map(total -> (LongPredicate) fits -> total > 0 && reported.heldBy(new Percent(fits, total))));
        return Typos.find(parts, new Typos.Figure("members", d.members().getAsLong(), evidence));
    }

    /** Whether a form of discipline is one of the period's; says which they are where it is not. */
    private static boolean knownForm(Ref form, List<String> forms, boolean declared, Diagnostics diagnostics) {
        if (forms.contains(form.id())) {
            return true;
        }
        diagnostics.error(Code.UNKNOWN_DISCIPLINE_FORM, form.at(), "unknown form of discipline '" + form.id() + "'",
                Suggestions.closest(form.id(), forms).map(id -> "did you mean '" + id + "'? ").orElse("")
                        + (declared ? "declared in 'discipline_forms': " + String.join(", ", forms)
                        : "the forms are: " + String.join(", ", forms)
                                + "; a period with other forms declares them under 'discipline_forms'"));
        return false;
    }

    /** @param allFound the shortcomings found in all the result's groups, a base a source may have used; 0 if one group */
    private static void checkShortcomings(Period period, String organizationId, ShortcomingCount count, long allFound,
                                          Set<String> groups, Diagnostics diagnostics, List<QualityFinding> findings) {
        if (!known(count.group(), groups, Code.UNKNOWN_SHORTCOMING_GROUP, "shortcoming group", "groups", diagnostics)) {
            return;
        }
        if (count.remediated() > count.found()) {
            diagnostics.error(Code.REMEDIATED_EXCEEDS_TOTAL, count.remediatedAt(), count.remediated()
                            + " shortcomings remediated, but only " + count.found() + " were found",
                    "'remediated' counts shortcomings among 'found' that are fully remediated; check both numbers");
            return;
        }
        count.reportedPercent().ifPresent(reported -> count.rate().filter(rate -> !reported.heldBy(rate)).ifPresent(rate -> {
            List<Causes.Named> bases = allFound > count.found() ? List.of(new Causes.Named("all-groups", allFound)) : List.of();
            List<Causes.Named> others = List.of(new Causes.Named("not-remediated", count.inProgress()));
            MismatchCause cause = Causes.explain(count.remediated(), count.found(), reported,
                    new Causes.Context(bases, others, List.of()));
            Causes.report(diagnostics, Code.REPORTED_PERCENT_MISMATCH, count.reportedAt(), reported.exact()
                            ? "the published " + reported.value().toPlainString() + " % does not match its counts: "
                                    + count.remediated() + " of " + count.found() + " is " + rate.rounded(2).toPlainString()
                                    + " %, which rounds to " + rate.rounded(reported.decimals()).toPlainString() + " %"
                            : RatingChecks.notHeld(reported) + count.remediated() + " of " + count.found() + " is "
                                    + RatingChecks.shown(rate),
                    "the portal shows the rate computed from the counts and notes the difference on the "
                            + "data-quality page; if a count was copied wrongly, correct it",
                    cause, count.remediated(), count.found(), reported);
            findings.add(new QualityFinding.PercentMismatch(count.reportedAt(), period.span(), organizationId,
                    count.group().id(), count.remediated(), count.found(), reported, rate, cause));
        }));
        if (count.reportedPercent().isPresent() && count.found() == 0) {
            diagnostics.warning(Code.REPORTED_PERCENT_MISMATCH, count.reportedAt(),
                    "a percentage is published, but no shortcoming was found to compute it from",
                    "remove 'reported_percent' or check 'found'");
            findings.add(new QualityFinding.PercentWithoutCount(count.reportedAt(), period.span(), organizationId,
                    count.group().id(), count.reportedPercent().get()));
        }
    }

    private static void checkArticle(Article article, Set<String> organizations, Set<String> years,
                                     Diagnostics diagnostics) {
        article.organizations().stream()
                .filter(ref -> !organizations.contains(ref.id()))
                .forEach(ref -> unknownOrganization(ref, organizations, diagnostics));
        article.period().filter(ref -> !years.contains(ref.id())).ifPresent(ref ->
                diagnostics.error(Code.UNKNOWN_PERIOD, ref.at(), "there is no period " + ref.id(),
                        years.isEmpty() ? "add content/periods/" + ref.id() + ".yaml, or remove 'period'"
                                : "periods are: " + String.join(", ", years.stream().sorted().toList())));
    }

    /**
     * The levels of each rating scale, reporting a level declared twice and a part or a sum that
     * names what it cannot; cells without a scale of their own take the organizations' levels.
     */
    private static Map<Population, Set<String>> checkScales(RatingScales scales, Diagnostics diagnostics) {
        Map<Population, Set<String>> levels = new EnumMap<>(Population.class);
        for (Population population : Population.values()) {
            List<RatingLevel> scale = scales.declared(population);
            if (scale.isEmpty() && population == Population.CELLS) {
                continue;
            }
            Set<String> ids = declared(scale.stream().map(l -> new Label(l.id(), l.label(), l.at())).toList(),
                    "rating level", diagnostics);
            RatingChecks.checkScale(scale, ids, "rating_scales." + population.key(), diagnostics);
            levels.put(population, ids);
        }
        levels.put(Population.CELLS, levels.getOrDefault(Population.CELLS, levels.get(Population.ORGANIZATIONS)));
        return levels;
    }

    /** The ids declared in one vocabulary of a period, reporting a declared id used twice. */
    private static Set<String> declared(List<Label> labels, String what, Diagnostics diagnostics) {
        Map<String, Label> byId = new HashMap<>();
        for (Label label : labels) {
            Label first = byId.putIfAbsent(label.id(), label);
            if (first != null) {
                diagnostics.error(Code.DUPLICATE_ID, label.at(), "the " + what + " '" + label.id() + "' is declared twice",
                        "it was first declared at line " + first.at().line() + "; keep one");
            }
        }
        return byId.keySet();
    }

    static boolean known(Ref ref, Set<String> declared, Code code, String what, String list, Diagnostics diagnostics) {
        if (declared.contains(ref.id())) {
            return true;
        }
        diagnostics.error(code, ref.at(), "unknown " + what + " '" + ref.id() + "'", Suggestions.closest(ref.id(), declared)
                .map(id -> "did you mean '" + id + "'? ")
                .orElse("") + (declared.isEmpty() ? "this period declares no " + what + "s; add them under '" + list + "'"
                : "declared in '" + list + "': " + String.join(", ", declared.stream().sorted().toList())));
        return false;
    }

    private static void unknownOrganization(Ref ref, Set<String> organizations, Diagnostics diagnostics) {
        List<String> known = organizations.stream().sorted().toList();
        diagnostics.error(Code.UNKNOWN_ORGANIZATION, ref.at(), "no organization has the id '" + ref.id() + "'",
                Suggestions.closest(ref.id(), organizations).map(id -> "did you mean '" + id + "'?")
                        .orElse(known.size() <= 10 ? "organizations.yaml declares: " + String.join(", ", known)
                                : "organizations are declared in organizations.yaml"));
    }
}
