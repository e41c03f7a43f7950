package vn.reviewportal.diag;

public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    /**
     * Less than a warning: the figure is published as it is and noted on the data-quality page, but
     * it is the source's rule rather than a wrong figure (a share truncated, or nudged to add up to 100).
     */
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
