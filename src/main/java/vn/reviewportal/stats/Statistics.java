package vn.reviewportal.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.reviewportal.diag.Diagnostic;
import vn.reviewportal.model.QualityFinding;

/**
 * Every organization's figures in every period, in year order then the order of
 * organizations.yaml; and what adding them up found.
 */
public record Statistics(List<OrganizationFigures> figures, List<QualityFinding> findings,
                         List<Diagnostic> diagnostics) {

    public Statistics {
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<OrganizationFigures> of(String organizationId, int year) {
        return figures.stream()
                .filter(f -> f.year() == year && f.organizationId().equals(organizationId))
                .findFirst();
    }

    public List<OrganizationFigures> ofYear(int year) {
        return figures.stream().filter(f -> f.year() == year).toList();
    }

    /** The organization's figures, oldest period first. */
    public List<OrganizationFigures> ofOrganization(String organizationId) {
        return figures.stream()
                .filter(f -> f.organizationId().equals(organizationId))
                .sorted(Comparator.comparingInt(OrganizationFigures::year))
                .toList();
    }
}
