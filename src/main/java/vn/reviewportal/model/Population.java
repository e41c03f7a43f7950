package vn.reviewportal.model;

/**
 * Who is rated in a rating block: the grassroots organizations (or the organizations under a
 * body), the cells under grassroots committees, or the members. Each has its own scale, table,
 * chart and downloads, in this order.
 */
public enum Population {
    ORGANIZATIONS("organizations"), CELLS("cells"), MEMBERS("members");

    private final String key;

    Population(String key) {
        this.key = key;
    }

    /** The YAML key under {@code ratings} and {@code rating_scales}, also used in UI text keys and file names. */
    public String key() {
        return key;
    }
}
