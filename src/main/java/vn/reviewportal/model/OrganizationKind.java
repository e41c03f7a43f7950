package vn.reviewportal.model;

import java.util.Arrays;
import java.util.Optional;

/** The level of an organization in the tree, as written in {@code organizations.yaml}. */
public enum OrganizationKind {
    DANG_BO_KHOI("dang-bo-khoi"),
    DANG_BO_CO_SO("dang-bo-co-so"),
    DANG_BO_BO_PHAN("dang-bo-bo-phan"),
    CHI_BO_CO_SO("chi-bo-co-so"),
    CHI_BO("chi-bo");

    private final String id;

    OrganizationKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<OrganizationKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
