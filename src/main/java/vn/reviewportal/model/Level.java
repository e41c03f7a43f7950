package vn.reviewportal.model;

/**
 * A level of the organization tree (<i>cấp tổ chức</i>), the one an organization's {@code kind}
 * names: built into the portal ({@link Levels#BUILT_IN}) or declared under {@code levels} in
 * {@code organizations.yaml}.
 *
 * @param id           as written after {@code kind:}, e.g. {@code dang-bo-huyen}
 * @param label        its name on a Vietnamese site, e.g. "Đảng bộ huyện"
 * @param englishLabel its name on an English site; a level the site declares is shown with the
 *                     one label it declares, whatever the language, like every label of the content
 * @param grassroots   whether it is at the grassroots (<i>cơ sở</i>): a grassroots organization or a
 *                     part of one, as opposed to the committees above them (province, district, bloc)
 */
public record Level(String id, String label, String englishLabel, boolean grassroots) {

    /** The name the pages of a site in {@code language} give the level. */
    public String label(Language language) {
        return switch (language) {
            case VI -> label;
            case EN -> englishLabel;
        };
    }
}
