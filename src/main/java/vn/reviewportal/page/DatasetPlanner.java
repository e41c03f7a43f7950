package vn.reviewportal.page;

import java.util.List;
import java.util.stream.IntStream;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.stats.Statistics;

/**
 * The tidy dataset: every figure of every organization and period, a row each, in a file per
 * period ({@code data/dataset/2024}), with the organizations it names in a file of their own
 * ({@code data/dataset/organizations}). A file per period keeps a province's rows under the
 * 1,048,576 a spreadsheet opens; the files load into one database table as they are.
 */
final class DatasetPlanner {

    static final String FOLDER = "dataset";

    private final Content content;
    private final Statistics statistics;
    private final Messages messages;
    private final OrganizationTree organizations;
    private final PeriodNames names;

    DatasetPlanner(Content content, Statistics statistics, Messages messages, OrganizationTree organizations) {
        this.content = content;
        this.statistics = statistics;
        this.messages = messages;
        this.organizations = organizations;
        this.names = new PeriodNames(messages);
    }

    /** The file of each period that has figures, oldest first. */
    List<DatasetPlan> periods() {
        List<String> labels = DatasetPlan.COLUMNS.stream().map(key -> messages.get("dataset.column." + key)).toList();
        return content.periods().stream().filter(p -> !statistics.ofPeriod(p.span()).isEmpty())
                .map(p -> new DatasetPlan(path(p), messages.get("dataset.file-title", names.heading(p.span())),
                        DatasetPlan.COLUMNS, labels, p.span(), statistics.ofPeriod(p.span()).stream()
                        .map(f -> {
                            Organization o = organizations.get(f.organizationId());
                            return new DatasetPlan.Subject(o.parentId().orElse(""), o.kind().id(), f);
                        }).toList(), Packing.everyOrganization(content)))
                .toList();
    }

    /** Every organization the files name: id, name, short name, parent and level, in the tree's order. */
    DownloadPlan organizationList() {
        TableBuilder table = new TableBuilder(Routes.download(FOLDER + "/organizations"),
                messages.get("dataset.organizations"))
                .column("organization_id", messages.get("column.organization-id"), false)
                .column("organization", messages.get("column.organization"), false)
                .column("short_name", messages.get("dataset.short-name"), false)
                .column("parent_id", messages.get("column.parent-id"), false)
                .column("level", messages.get("dataset.column.level"), false)
                .column("level_name", messages.get("dataset.level-name"), false);
        for (Organization o : content.organizations()) {
            table.row(List.of(TableBuilder.Value.text(o.id()), TableBuilder.Value.text(o.name()),
                    TableBuilder.Value.text(o.shortName()), TableBuilder.Value.text(o.parentId().orElse("")),
                    TableBuilder.Value.text(o.kind().id()), TableBuilder.Value.text(organizations.level(o))));
        }
        return table.build().download();
    }

    /** What the periods page says of the dataset, with a link to each of its files. */
    Views.Dataset view(String page, List<DatasetPlan> periods) {
        String root = Routes.rootOf(page);
        String list = Routes.download(FOLDER + "/organizations");
        boolean compressed = periods.stream().anyMatch(d -> d.packing().compressed());
        return new Views.Dataset(messages.get("dataset.about") + " "
                + messages.get(compressed ? "dataset.files-compressed" : "dataset.files"),
                Packing.PLAIN.links(root, list, messages.get("dataset.organizations")),
                // The newest period first, as the list of periods above it.
                IntStream.range(0, periods.size()).mapToObj(i -> periods.get(periods.size() - 1 - i))
                        .map(d -> d.packing().links(root, d.path(), names.heading(d.period()))).toList());
    }

    private static String path(Period period) {
        return Routes.download(FOLDER + "/" + period.id());
    }
}
