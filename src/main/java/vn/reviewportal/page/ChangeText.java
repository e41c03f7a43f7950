package vn.reviewportal.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.reviewportal.model.ChangeCheck;
import vn.reviewportal.model.ChangeFigures;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PublishedChange;
import vn.reviewportal.model.QualityFinding;
import vn.reviewportal.model.Result;
import vn.reviewportal.page.TableBuilder.Value;

/**
 * The changes against the previous period a result publishes, in the site's language: the table
 * of the results block (each figure now and in the previous period of the same kind, the change
 * as published, and what the check found) and the data-quality page's line for one that does not
 * fit. The check is {@link ChangeCheck}'s, the one the console's warning comes from.
 */
final class ChangeText {

    private final Content content;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;
    private final PeriodNames periods;

    ChangeText(Content content, Messages messages, Formats formats, OrganizationTree organizations) {
        this.content = content;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.periods = new PeriodNames(messages);
    }

    /** The table of the changes {@code result} publishes; empty when it publishes none. */
    Optional<PlannedTable> table(Period period, Result result, String id) {
        if (result.changes().isEmpty()) {
            return Optional.empty();
        }
        Optional<Period> previous = content.previous(period.span());
        TableBuilder table = new TableBuilder(Routes.download(id + "-changes"), messages.get("changes.title"))
                .column("figure", messages.get("changes.figure"), false)
                .column("value", periods.column(period.span()), true)
                .column("previous_value", previous.map(p -> periods.column(p.span()))
                        .orElse(messages.get("changes.previous")), true)
                .column("published_change", messages.get("changes.published"), false)
                .column("check", messages.get("changes.check"), false)
                .column("figure_key", messages.get("changes.figure-key"), false);
        for (PublishedChange change : result.changes()) {
            Optional<ChangeFigures.Value> now = ChangeFigures.of(change.figure(), result);
            Optional<ChangeFigures.Value> before = previous.flatMap(p -> p.resultFor(result.organization().id()))
                    .flatMap(r -> ChangeFigures.of(change.figure(), r));
            ChangeCheck check = ChangeCheck.of(change, before, now);
            Value checked = Value.text(check(change, check, previous, before, now));
            table.row(List.of(Value.text(label(change.figure(), period)), value(now), value(before),
                    Value.text(change.text()),
                    check.outcome() == ChangeCheck.Outcome.MISMATCH ? checked.flagged(messages.get("changes.differs"))
                            : checked,
                    Value.text(change.figure())));
        }
        return Optional.of(table.build());
    }

    /** The data-quality page's line for a change that does not fit its figures. */
    String mismatch(QualityFinding.ChangeMismatch x) {
        Period period = content.period(x.period()).orElseThrow();
        return messages.get("quality.change-mismatch", periods.heading(x.period()), organizations.name(x.organizationId()),
                label(x.change().figure(), period), x.change().text(), shown(x.now()), periods.in(x.period()),
                shown(x.before()), periods.in(x.previous()), computed(x.before(), x.now(), x.check()));
    }

    /** "Tỷ lệ khắc phục khuyết điểm, nhóm “Cá nhân”". */
    String label(String figure, Period period) {
        ChangeFigures.Kind kind = ChangeFigures.kind(figure).orElseThrow();
        return messages.get("changes.figure." + kind.kind(), ChangeFigures.itemLabel(figure, period));
    }

    private String check(PublishedChange change, ChangeCheck check, Optional<Period> previous,
                         Optional<ChangeFigures.Value> before, Optional<ChangeFigures.Value> now) {
        String since = previous.map(p -> periods.in(p.span())).orElse("");
        String amount = formats.decimal(change.amount().abs());
        String way = messages.get(change.amount().signum() < 0 ? "changes.down" : "changes.up");
        return switch (check.outcome()) {
            case FITS_POINTS -> messages.get("changes.fits-points", way, amount, since);
            case FITS_RELATIVE -> messages.get("changes.fits-relative", way, amount, since);
            case FITS_COUNT -> messages.get("changes.fits-count", way, amount, since);
            case MISMATCH -> messages.get("changes.mismatch", since, computed(before.get(), now.get(), check));
            case NOT_CHECKED -> previous.isEmpty() ? messages.get("changes.no-previous")
                    : now.isEmpty() ? messages.get("changes.not-given-now")
                    : messages.get("changes.not-given-before", since);
        };
    }

    /** "+2,4 điểm phần trăm, tức +2,9%": what the two figures give. */
    private String computed(ChangeFigures.Value before, ChangeFigures.Value now, ChangeCheck check) {
        String relative = check.relative().map(r -> r.setScale(1, RoundingMode.HALF_UP))
                .map(r -> (r.signum() > 0 ? "+" : "") + formats.percent(r)).orElse(messages.get("changes.no-relative"));
        if (check.points().isPresent()) {
            return messages.get("changes.computed-points", signed(check.points().get()), relative);
        }
        long difference = ((ChangeFigures.Count) now).count() - ((ChangeFigures.Count) before).count();
        return messages.get("changes.computed-count", (difference > 0 ? "+" : "") + formats.count(difference), relative);
    }

    private String signed(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + formats.decimal(rounded);
    }

    private Value value(Optional<ChangeFigures.Value> value) {
        if (value.isEmpty()) {
            return Value.unknown();
        }
        return value.get() instanceof ChangeFigures.Share s ? Value.published(s.shown(), formats)
                : Value.count(((ChangeFigures.Count) value.get()).count(), formats);
    }

    private String shown(ChangeFigures.Value value) {
        return value instanceof ChangeFigures.Share s ? formats.percent(s.shown())
                : formats.count(((ChangeFigures.Count) value).count());
    }
}
