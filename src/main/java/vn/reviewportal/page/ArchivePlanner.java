package vn.reviewportal.page;

import java.util.List;
import java.util.Optional;
import vn.reviewportal.model.Correction;
import vn.reviewportal.page.TableBuilder.Value;

/** The archive: the index of the frozen yearly snapshots, and the figures corrected since each was frozen. */
final class ArchivePlanner {

    private final Messages messages;
    private final Formats formats;

    ArchivePlanner(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The archive's index: every snapshot, newest first, with the digest of its manifest. */
    Page archive(List<FrozenYear> frozen) {
        TableBuilder table = new TableBuilder(Routes.download("archive"), messages.get("archive.title"))
                .column("year", messages.get("archive.year"), false)
                .column("frozen", messages.get("archive.frozen"), false)
                .column("pages", messages.get("archive.pages"), true)
                .column("files", messages.get("archive.files"), true)
                .column("manifest_sha256", messages.get("archive.digest"), false);
        for (int i = frozen.size() - 1; i >= 0; i--) {
            SnapshotSummary s = frozen.get(i).snapshot();
            table.row(List.of(
                    Value.link(Integer.toString(s.year()), Routes.below(Routes.ARCHIVE, Routes.snapshot(s.year()))),
                    new Value(s.frozen().toString(), Views.Cell.of(formats.date(s.frozen()))),
                    Value.count(s.pages(), formats), Value.count(s.files(), formats), Value.text(s.manifestDigest())));
        }
        Optional<PlannedTable> snapshots = table.buildUnlessEmpty();
        return new Page(Routes.ARCHIVE, messages.get("archive.title"), "archive",
                new Views.Archive(snapshots.map(t -> t.on(Routes.ARCHIVE)).orElse(null), new Views.Link(
                        Routes.link(Routes.ARCHIVE, Routes.CORRECTIONS), messages.get("corrections.title"))),
                snapshots.stream().toList(), List.of());
    }

    /** Every figure that differs between a snapshot and the current content, from {@link Errata}. */
    Page corrections(List<Correction> corrections) {
        TableBuilder table = new TableBuilder(Routes.download("corrections"), messages.get("corrections.title"))
                .column("year", messages.get("archive.year"), false)
                .column("table", messages.get("corrections.table"), false)
                .column("row", messages.get("corrections.row"), false)
                .column("column", messages.get("corrections.column"), false)
                .column("frozen", messages.get("corrections.before"), true)
                .column("now", messages.get("corrections.now"), true);
        for (Correction c : corrections) {
            table.row(List.of(Value.link(Integer.toString(c.year()),
                            Routes.link(Routes.CORRECTIONS, Routes.snapshot(c.year()))),
                    Value.text(c.table()), Value.text(c.row()), Value.text(c.column()),
                    Value.text(c.before()), Value.text(c.now())));
        }
        Optional<PlannedTable> changed = table.buildUnlessEmpty();
        return new Page(Routes.CORRECTIONS, messages.get("corrections.title"), "archive",
                new Views.Corrections(changed.map(t -> t.on(Routes.CORRECTIONS)).orElse(null)),
                changed.stream().toList(), List.of());
    }
}
