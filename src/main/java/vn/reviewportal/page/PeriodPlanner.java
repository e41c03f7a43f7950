package vn.reviewportal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.page.TableBuilder.Value;
import vn.reviewportal.stats.OrganizationFigures;
import vn.reviewportal.stats.Statistics;

/** The periods: their list, and each period's page with the root's figures and every organization's. */
final class PeriodPlanner {

    private final Content content;
    private final Statistics statistics;
    private final Messages messages;
    private final Formats formats;
    private final OrganizationTree organizations;
    private final PeriodNames names;
    private final TablePages pages;

    PeriodPlanner(Content content, Statistics statistics, Messages messages, Formats formats,
                  OrganizationTree organizations) {
        this.content = content;
        this.statistics = statistics;
        this.messages = messages;
        this.formats = formats;
        this.organizations = organizations;
        this.names = new PeriodNames(messages);
        this.pages = new TablePages(messages, formats);
    }

    /**
     * Every period, newest first, with its ranking.
     *
     * @param dataset what the page says of the tidy dataset, with its files; null when there is none
     */
    Page list(Views.Dataset dataset) {
        List<Views.PeriodSummary> periods = new ArrayList<>();
        for (int i = content.periods().size() - 1; i >= 0; i--) {
            Period p = content.periods().get(i);
            periods.add(new Views.PeriodSummary(
                    new Views.Link(Routes.link(Routes.PERIODS, Routes.period(p.span())), names.heading(p.span())),
                    p.title(), published(p),
                    new Views.Link(Routes.link(Routes.PERIODS, Routes.ranking(p.span())), messages.get("ranking.link"))));
        }
        return new Page(Routes.PERIODS, messages.get("periods.title"), "periods", new Views.PeriodList(periods,
                new Views.Link(Routes.link(Routes.PERIODS, Routes.COMPARISON), messages.get("comparison.title")),
                dataset));
    }

    /**
     * A period's page, and when the root has more direct subordinates than a page lists, a page
     * for each further {@link TablePages#ROWS_PER_PAGE} of them.
     *
     * @param root the site's root organization's figures of the period, planned with the rest of its figures
     */
    List<Page> period(Period period, Optional<PlannedResults> root) {
        String path = Routes.period(period.span());
        // The page lists the root and its direct subordinates, each linked to its page, which lists its own; the
        // download holds every organization's row, as a national tree's tens of thousands make no page.
        TableBuilder every = organizationsTable(period);
        TableBuilder shown = organizationsTable(period);
        String rootId = content.site().root();
        int rows = 0;
        int top = 0;
        for (OrganizationFigures f : statistics.ofPeriod(period.span())) {
            Organization o = organizations.get(f.organizationId());
            // Each table notes the marks its own rows use ("—", "*"): the row is made by the table it goes in.
            Function<TableBuilder, List<Value>> row = table -> List.of(
                    Value.link(o.name(), Routes.link(path, Routes.organization(o.id()))),
                    Value.text(messages.get("basis." + f.basis().name().toLowerCase(Locale.ROOT))),
                    table.count(f.total().found(), f.total().coverage(), messages, formats),
                    table.count(f.total().remediated(), f.total().coverage(), messages, formats),
                    table.count(f.total().inProgress(), f.total().coverage(), messages, formats),
                    table.percent(f.total().rate(), f.total().coverage(), messages, formats),
                    Value.text(o.id()));
            every.row(row.apply(every));
            rows++;
            if (o.id().equals(rootId) || o.parentId().filter(rootId::equals).isPresent()) {
                shown.row(row.apply(shown));
                top++;
            }
        }
        Optional<PlannedTable> all = every.buildUnlessEmpty();
        Optional<PlannedTable> onPage = top == rows ? all : shown.buildUnlessEmpty()
                .map(t -> t.sharedIn(all.orElseThrow().download().path(), messages.get("period.rows-top"), rootId,
                        organizations.name(rootId)));
        // A root with thousands of direct subordinates is read a hundred at a time; the page keeps its figures.
        int pageCount = Math.max(1, TablePages.count(top));
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            String at = number == 1 ? path : Routes.period(period.span(), number);
            int from = (number - 1) * TablePages.ROWS_PER_PAGE;
            int shownRows = top;
            Optional<PlannedTable> slice = onPage.map(t -> this.pages.slice(t, from, shownRows, "period.rows-of"));
            String heading = number == 1 ? names.heading(period.span())
                    : messages.get("ranking.page", names.heading(period.span()), number, pageCount);
            Views.Period view = new Views.Period(period.id(), heading, period.title(), published(period),
                    number == 1 ? root.map(r -> r.on(at, true)).orElse(null) : null,
                    slice.map(t -> t.on(at)).orElse(null),
                    this.pages.pager(number, pageCount, at, n -> n == 1 ? path : Routes.period(period.span(), n),
                            messages.get("period.pager", formats.count(pageCount))),
                    new Views.Link(Routes.link(at, Routes.ranking(period.span())), messages.get("ranking.link")),
                    new Views.Link(Routes.link(at, Routes.COMPARISON), messages.get("comparison.title")));
            pages.add(number == 1
                    ? new Page(at, names.heading(period.span()) + " — " + period.title(), "periods", view,
                            all.stream().toList(), List.of())
                    : new Page(at, heading + " — " + period.title(), "periods", view));
        }
        return pages;
    }

    private TableBuilder organizationsTable(Period period) {
        return new TableBuilder(Routes.download(period.id() + "/organizations"), messages.get("period.organizations"))
                .column("organization", messages.get("column.organization"), false)
                .column("basis", messages.get("column.basis"), false)
                .column("found", messages.get("results.found"), true)
                .column("remediated", messages.get("results.remediated"), true)
                .column("in_progress", messages.get("results.in-progress"), true)
                .column("rate_percent", messages.get("results.rate"), true)
                .column("organization_id", messages.get("column.organization-id"), false);
    }

    private String published(Period period) {
        return period.published().map(d -> messages.get("periods.published", formats.date(d))).orElse("");
    }
}
