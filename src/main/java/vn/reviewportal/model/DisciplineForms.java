package vn.reviewportal.model;

import java.util.List;

/**
 * The forms of discipline of a period, mildest first: the four of the Party's rules, unless the
 * period declares its own list under {@code discipline_forms}, which then replaces them.
 *
 * @param declared the forms the period declares, with their positions; empty for the built-in ones
 */
public record DisciplineForms(List<Label> declared) {

    /** Khiển trách, cảnh cáo, cách chức, khai trừ: the forms of discipline for a party member. */
    public static final List<DisciplineForm> BUILT_IN = List.of(
            new DisciplineForm("khien-trach", "Khiển trách", "Reprimand"),
            new DisciplineForm("canh-cao", "Cảnh cáo", "Warning"),
            new DisciplineForm("cach-chuc", "Cách chức", "Dismissal"),
            new DisciplineForm("khai-tru", "Khai trừ", "Expulsion"));

    /** A period that declares no forms of its own. */
    public static final DisciplineForms NONE_DECLARED = new DisciplineForms(List.of());

    public DisciplineForms {
        declared = List.copyOf(declared);
    }

    /** The forms of the period, in order. */
    public List<DisciplineForm> forms() {
        return declared.isEmpty() ? BUILT_IN
                : declared.stream().map(l -> new DisciplineForm(l.id(), l.label(), l.label())).toList();
    }
}
