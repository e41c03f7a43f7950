package vn.reviewportal.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every organization's figures in every period, in year order then input order. */
public record Statistics(List<OrganizationFigures> figures) {

    public Statistics {
        figures = List.copyOf(figures);
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
