package vn.reviewportal.model;

/**
 * A form of discipline (<i>hình thức kỷ luật</i>): built in ({@link DisciplineForms#BUILT_IN}) or
 * declared by a period under {@code discipline_forms}.
 *
 * @param label        its name on a Vietnamese site, e.g. "Khiển trách"
 * @param englishLabel its name on an English site; a form a period declares has its one label in both
 */
public record DisciplineForm(String id, String label, String englishLabel) {

    public String label(Language language) {
        return switch (language) {
            case VI -> label;
            case EN -> englishLabel;
        };
    }
}
