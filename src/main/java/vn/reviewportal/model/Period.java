package vn.reviewportal.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.diag.Position;

/**
 * One review period ({@code content/periods/<id>.yaml}: a year, a first half-year or a term, see
 * {@link PeriodSpan}) and the results reported for it.
 */
public record Period(PeriodSpan span, String title, Optional<LocalDate> published, Optional<LocalDate> start,
                     Optional<LocalDate> end, List<Label> groups, List<Label> commentLevels,
                     List<Label> commentTargets, RatingScales ratingScales, List<Result> results,
                     Position at, DisciplineForms disciplineForms, Map<String, Result> resultsByOrganization) {

    /**
     * @param resultsByOrganization ignored and made from {@code results}: each organization's first
     *                              result, so that finding one does not scan a national period's
     *                              tens of thousands
     */
    public Period {
        groups = List.copyOf(groups);
        commentLevels = List.copyOf(commentLevels);
        commentTargets = List.copyOf(commentTargets);
        results = List.copyOf(results);
        Map<String, Result> index = new HashMap<>();
        results.forEach(r -> index.putIfAbsent(r.organization().id(), r));
        resultsByOrganization = Collections.unmodifiableMap(index);
    }

    public Period(PeriodSpan span, String title, Optional<LocalDate> published, Optional<LocalDate> start,
                  Optional<LocalDate> end, List<Label> groups, List<Label> commentLevels, List<Label> commentTargets,
                  RatingScales ratingScales, List<Result> results, Position at, DisciplineForms disciplineForms) {
        this(span, title, published, start, end, groups, commentLevels, commentTargets, ratingScales, results, at,
                disciplineForms, Map.of());
    }

    /** The period's id, e.g. {@code 2012}, {@code 2019-6-thang-dau}, {@code 2015-2020}. */
    public String id() {
        return span.id();
    }

    /** A period with the built-in forms of discipline. */
    public Period(PeriodSpan span, String title, Optional<LocalDate> published, Optional<LocalDate> start,
                  Optional<LocalDate> end, List<Label> groups, List<Label> commentLevels, List<Label> commentTargets,
                  RatingScales ratingScales, List<Result> results, Position at) {
        this(span, title, published, start, end, groups, commentLevels, commentTargets, ratingScales, results, at,
                DisciplineForms.NONE_DECLARED);
    }

    public Optional<Result> resultFor(String organizationId) {
        return Optional.ofNullable(resultsByOrganization.get(organizationId));
    }

    public Optional<Label> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
