package vn.reviewportal.page;

import vn.reviewportal.model.PeriodSpan;

/**
 * A period's names in the site's language, in the forms a page needs: its heading ("Năm 2019",
 * "6 tháng đầu năm 2019", "Nhiệm kỳ 2015–2020"), the start of a sentence ("Năm 2019, ..."; in
 * English "In 2019, ..."), within a sentence ("... so với năm 2018"; "... than in 2018") and a
 * table's column or a chart's axis ("2019", "6 tháng đầu năm 2019").
 */
final class PeriodNames {

    private final Messages messages;

    PeriodNames(Messages messages) {
        this.messages = messages;
    }

    String heading(PeriodSpan period) {
        return name("period.name.", period);
    }

    String start(PeriodSpan period) {
        return name("period.start.", period);
    }

    String in(PeriodSpan period) {
        return name("period.in.", period);
    }

    String column(PeriodSpan period) {
        return name("period.column.", period);
    }

    private String name(String prefix, PeriodSpan period) {
        return messages.get(prefix + period.kind().key(), period.startYear(), period.endYear());
    }
}
