package vn.reviewportal.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import vn.reviewportal.model.Discipline;
import vn.reviewportal.model.DisciplineForm;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Period;
import vn.reviewportal.stats.OrganizationFigures.Count;
import vn.reviewportal.stats.OrganizationFigures.DisciplineFigures;

/** Discipline's figures: as one result gives them, and added up over subordinates. */
final class DisciplineSums {

    private DisciplineSums() {
    }

    /** Discipline as the result gives it: every form of the period, unknown where it is not given. */
    static DisciplineFigures of(Period period, Discipline d, Language language) {
        List<DisciplineFigures.Form> forms = new ArrayList<>();
        for (DisciplineForm form : period.disciplineForms().forms()) {
            OptionalLong count = OptionalLong.empty();
            for (Discipline.FormCount c : d.forms()) {
                if (c.form().id().equals(form.id())) {
                    count = OptionalLong.of(c.count());
                }
            }
            forms.add(new DisciplineFigures.Form(form.id(), form.label(language), Count.of(count)));
        }
        return new DisciplineFigures(Count.of(d.members()), Count.of(d.committeeMembers()), Count.of(d.organizations()),
                forms, d.reportedPercent());
    }

    /**
     * The discipline of the parts added up, each figure over the parts that give it: unknown if
     * none does, partial if some do not; none if no part gives any discipline.
     */
    static Optional<DisciplineFigures> added(List<OrganizationFigures> parts) {
        List<DisciplineFigures> given = new ArrayList<>();
        for (OrganizationFigures part : parts) {
            part.discipline().ifPresent(given::add);
        }
        if (given.isEmpty()) {
            return Optional.empty();
        }
        List<DisciplineFigures.Form> forms = new ArrayList<>();
        List<DisciplineFigures.Form> first = given.get(0).forms();
        for (int i = 0; i < first.size(); i++) {
            int form = i;
            forms.add(new DisciplineFigures.Form(first.get(i).id(), first.get(i).label(),
                    add(given, parts.size(), d -> d.forms().get(form).count())));
        }
        return Optional.of(new DisciplineFigures(add(given, parts.size(), DisciplineFigures::members),
                add(given, parts.size(), DisciplineFigures::committeeMembers),
                add(given, parts.size(), DisciplineFigures::organizations), forms, Optional.empty()));
    }

    /** One figure of discipline summed over the parts: unknown if none gives it, partial if not all of {@code parts} do. */
    private static Count add(List<DisciplineFigures> given, int parts, Function<DisciplineFigures, Count> figure) {
        long sum = 0;
        int giving = 0;
        boolean partial = false;
        for (DisciplineFigures d : given) {
            Count count = figure.apply(d);
            if (count.known()) {
                sum += count.value().getAsLong();
                giving++;
                partial |= count.partial();
            }
        }
        return giving == 0 ? Count.UNKNOWN : new Count(OptionalLong.of(sum), partial || giving < parts);
    }
}
