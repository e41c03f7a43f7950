package vn.reviewportal.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.QualityFinding;

/**
 * Every organization's figures in every period, in period order then the order of
 * organizations.yaml; and what adding them up found. Immutable; indexed by organization and
 * by period, because every page asks for them that way.
 */
public final class Statistics {

    private final List<OrganizationFigures> figures;
    private final List<QualityFinding> findings;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<OrganizationFigures>> byOrganization = new HashMap<>();
    private final Map<PeriodSpan, List<OrganizationFigures>> byPeriod = new HashMap<>();

    public Statistics(List<OrganizationFigures> figures, List<QualityFinding> findings, List<Diagnostic> diagnostics) {
        this.figures = List.copyOf(figures);
        this.findings = List.copyOf(findings);
        this.diagnostics = List.copyOf(diagnostics);
        for (OrganizationFigures f : this.figures) {
            byOrganization.computeIfAbsent(f.organizationId(), k -> new ArrayList<>()).add(f);
            byPeriod.computeIfAbsent(f.period(), k -> new ArrayList<>()).add(f);
        }
        byOrganization.replaceAll((k, list) -> list.stream()
                .sorted(Comparator.comparing(OrganizationFigures::period)).toList());
        byPeriod.replaceAll((k, list) -> List.copyOf(list));
    }

    public List<OrganizationFigures> figures() {
        return figures;
    }

    public List<QualityFinding> findings() {
        return findings;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public Optional<OrganizationFigures> of(String organizationId, PeriodSpan period) {
        return ofOrganization(organizationId).stream().filter(f -> f.period().equals(period)).findFirst();
    }

    public List<OrganizationFigures> ofPeriod(PeriodSpan period) {
        return byPeriod.getOrDefault(period, List.of());
    }

    /** The organization's figures, oldest period first. */
    public List<OrganizationFigures> ofOrganization(String organizationId) {
        return byOrganization.getOrDefault(organizationId, List.of());
    }
}
