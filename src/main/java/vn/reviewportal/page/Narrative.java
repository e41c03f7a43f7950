package vn.reviewportal.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.reviewportal.model.Percent;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;

/**
 * A short paragraph written from computed facts: how much was remediated, the change since the
 * previous period, the weakest group, and open data-quality findings. Every sentence is a UI
 * text of the site's language with the figures filled in, so the paragraph reads the same in
 * Vietnamese and English and never states what the figures do not say.
 */
final class Narrative {

    private final Messages messages;
    private final Formats formats;
    private final PeriodNames periods;

    Narrative(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.periods = new PeriodNames(messages);
    }

    /**
     * @param name     the organization's name
     * @param previous its figures in the period before, if it has any
     * @param findings how many data-quality findings concern these figures
     */
    String about(String name, OrganizationFigures now, Optional<OrganizationFigures> previous, long findings) {
        List<String> sentences = new ArrayList<>();
        now.reviewed().ifPresent(r -> sentences.add(messages.get("narrative.reviewed", periods.start(now.period()), name,
                formats.count(r.done()), formats.count(r.required()))));
        Optional<Percent> rate = now.total().rate();
        if (rate.isPresent()) {
            sentences.add(messages.get(sentences.isEmpty() ? "narrative.remediated-first" : "narrative.remediated",
                    periods.start(now.period()), name, formats.count(now.total().remediated()), formats.count(now.total().found()),
                    formats.percent(rate.get())));
            if (now.total().coverage() == GroupFigures.Coverage.PARTIAL) {
                sentences.add(messages.get("narrative.partial"));
            }
            previous.flatMap(p -> p.total().rate().map(before -> change(rate.get(), before, p.period())))
                    .ifPresent(sentences::add);
            weakest(now).ifPresent(sentences::add);
        } else if (sentences.isEmpty()) {
            sentences.add(messages.get("narrative.no-shortcomings", periods.start(now.period()), name));
        }
        if (now.basis() == OrganizationFigures.Basis.ROLLED_UP) {
            sentences.add(coverage("narrative", now));
        }
        if (findings > 0) {
            sentences.add(messages.get("narrative.findings", formats.count(findings)));
        }
        return String.join(" ", sentences);
    }

    /**
     * What a sum over subordinates covers: of the grassroots organizations the body says it has,
     * where it says so and some of them are in the tree; else of its subordinates in the tree.
     *
     * @param prefix {@code results} for the results block, {@code narrative} for its paragraph
     */
    String coverage(String prefix, OrganizationFigures f) {
        OrganizationFigures.StructureFigures s = f.structure();
        if (s.grassrootsOrganizations().isPresent() && s.grassrootsReporting() > 0) {
            return messages.get(prefix + ".rolled-up-grassroots", formats.count(s.grassrootsReporting()),
                    formats.count(s.grassrootsOrganizations().getAsLong()));
        }
        return messages.get(prefix + ".rolled-up", formats.count(f.childrenReporting()), formats.count(f.children()));
    }

    private String change(Percent now, Percent before, PeriodSpan previous) {
        BigDecimal points = now.rounded().subtract(before.rounded());
        if (points.signum() == 0) {
            return messages.get("narrative.unchanged", periods.in(previous));
        }
        return messages.get(points.signum() > 0 ? "narrative.up" : "narrative.down",
                formats.decimal(points.abs()), periods.in(previous));
    }

    private Optional<String> weakest(OrganizationFigures figures) {
        if (figures.groups().size() < 2) {
            return Optional.empty();
        }
        return figures.groups().stream()
                .filter(g -> g.rate().isPresent())
                .min(Comparator.comparing((GroupFigures g) -> g.rate().orElseThrow().rounded(3)))
                .map(g -> messages.get("narrative.weakest", g.label(), formats.percent(g.rate().orElseThrow())));
    }

    /** "+2,1", "−0,4", "0,0": a change in percentage points, signed. */
    String points(BigDecimal points) {
        String text = formats.decimal(points.abs().setScale(1));
        return points.signum() > 0 ? "+" + text : points.signum() < 0 ? "\u2212" + text : text;
    }
}
