package vn.reviewportal.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.reviewportal.model.CommentCount;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.Result;
import vn.reviewportal.model.ShortcomingCount;

/** The compute stage: exact figures from checked counts. A pure function of the content. */
public final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    public static Statistics compute(Content content) {
        List<OrganizationFigures> figures = new ArrayList<>();
        for (Period period : content.periods()) {
            for (Result result : period.results()) {
                figures.add(figures(period, result));
            }
        }
        return new Statistics(figures);
    }

    static OrganizationFigures figures(Period period, Result result) {
        List<GroupFigures> groups = new ArrayList<>();
        for (Label group : period.groups()) {
            result.shortcomings().stream()
                    .filter(s -> s.group().id().equals(group.id()))
                    .findFirst()
                    .ifPresent(s -> groups.add(group(group, s)));
        }
        long found = groups.stream().mapToLong(GroupFigures::found).sum();
        long remediated = groups.stream().mapToLong(GroupFigures::remediated).sum();
        GroupFigures total = new GroupFigures("", "", found, remediated, Optional.empty());
        long comments = result.comments().stream().mapToLong(CommentCount::count).sum();
        return new OrganizationFigures(result.organization().id(), period.year(), result.source(), result.reviewed(),
                result.suggestedContents(), groups, total, result.comments(), comments, result.discipline());
    }

    private static GroupFigures group(Label group, ShortcomingCount count) {
        return new GroupFigures(group.id(), group.label(), count.found(), count.remediated(), count.reportedPercent());
    }
}
