package vn.reviewportal.source;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reviewportal.diag.Code;
import vn.reviewportal.diag.Diagnostics;
import vn.reviewportal.model.ChangeFigures;
import vn.reviewportal.model.PublishedChange;

/**
 * Reads a result's {@code changes}: for each figure, the change against the previous period in
 * the source's own words, "tăng 2,4%", "giảm 0,6 điểm %", "tăng 120", "không đổi". Which figures a
 * period has is checked later, against the period; here only the wording, and that a count's
 * change is not written in points nor a share's without a percent sign.
 */
final class ChangeReader {

    private static final Pattern CHANGE = Pattern.compile(
            "(tăng|giảm)\\s*(\\d+(?:[.,]\\d+)?)\\s*(%|điểm\\s*%|điểm\\s+phần\\s+trăm)?(?:\\s+so\\s+với\\s.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNCHANGED = Pattern.compile("không\\s+(?:thay\\s+)?đổi(?:\\s+so\\s+với\\s.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String FORMS = "write it as the source does: 'tăng 2,4%', 'giảm 0,6%', 'tăng 2,4 điểm %' "
            + "(points of a share), 'tăng 120' (a count), or 'không đổi'";

    private ChangeReader() {
    }

    static List<PublishedChange> read(YamlNode node, Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(Code.WRONG_TYPE, node.at(), "'changes' must map each figure to its change, but this is "
                    + node.describe(), "write e.g. 'members.total: \"tăng 2,4%\"'");
            return List.of();
        }
        List<PublishedChange> changes = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!(entry.value() instanceof YamlNode.Scalar scalar) || scalar.text().isBlank()) {
                diagnostics.error(Code.INVALID_CHANGE, entry.value().at(), "the change of '" + entry.key()
                        + "' must be its wording, but this is " + entry.value().describe(), FORMS);
                continue;
            }
            change(entry, scalar.text(), diagnostics).ifPresent(changes::add);
        }
        return changes;
    }

    private static Optional<PublishedChange> change(YamlNode.Entry entry, String written, Diagnostics diagnostics) {
        String text = Normalizer.normalize(written.strip(), Normalizer.Form.NFC);
        Matcher unchanged = UNCHANGED.matcher(text);
        if (unchanged.matches()) {
            return Optional.of(new PublishedChange(entry.key(), text, BigDecimal.ZERO, PublishedChange.Unit.PERCENT,
                    entry.keyAt(), entry.value().at()));
        }
        Matcher matcher = CHANGE.matcher(text);
        if (!matcher.matches()) {
            diagnostics.error(Code.INVALID_CHANGE, entry.value().at(), "'" + text + "' is not a change the portal can "
                    + "read", FORMS + (text.matches("[+\\-\u2212].*") ? "; a sign is written as 'tăng' or 'giảm'" : ""));
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(matcher.group(2).replace(',', '.'));
        if (matcher.group(1).toLowerCase(Locale.ROOT).startsWith("g")) {
            amount = amount.negate();
        }
        String unitText = matcher.group(3);
        PublishedChange.Unit unit = unitText == null ? PublishedChange.Unit.COUNT
                : unitText.equals("%") ? PublishedChange.Unit.PERCENT : PublishedChange.Unit.POINTS;
        boolean known = ChangeFigures.kind(entry.key()).isPresent();
        boolean share = ChangeFigures.isShare(entry.key());
        if (known && share && unit == PublishedChange.Unit.COUNT) {
            diagnostics.error(Code.INVALID_CHANGE, entry.value().at(), "'" + text + "' has no percent sign, but '"
                    + entry.key() + "' is a share", "write the change as published: 'tăng 2,4%' or 'tăng 2,4 điểm %'");
            return Optional.empty();
        }
        if (known && !share && unit == PublishedChange.Unit.POINTS) {
            diagnostics.error(Code.INVALID_CHANGE, entry.value().at(), "'" + text + "' is in points, but '"
                    + entry.key() + "' is a count, not a share", "write the change as published: 'tăng 2,4%' "
                    + "(relative) or 'tăng 120' (members)");
            return Optional.empty();
        }
        if (unit == PublishedChange.Unit.COUNT && amount.stripTrailingZeros().scale() > 0) {
            diagnostics.error(Code.INVALID_CHANGE, entry.value().at(), "'" + text + "' is a change of a count, but "
                    + matcher.group(2) + " is not a whole number", "write digits only, without a thousands "
                    + "separator: 'tăng 1250'; or add the % the source prints");
            return Optional.empty();
        }
        return Optional.of(new PublishedChange(entry.key(), text, amount, unit, entry.keyAt(), entry.value().at()));
    }
}
