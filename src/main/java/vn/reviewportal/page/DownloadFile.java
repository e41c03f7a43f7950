package vn.reviewportal.page;

import java.util.List;
import java.util.function.Consumer;

/**
 * A file of figures to download, published as {@code path}.csv and {@code path}.json (each
 * {@code .gz} where its {@link Packing} compresses it): a table
 * of the site ({@link DownloadPlan}, its rows held), or a period of the tidy dataset
 * ({@link DatasetPlan}, its rows made from the figures as it is written, since a province's
 * run to hundreds of thousands).
 */
public sealed interface DownloadFile permits DownloadPlan, DatasetPlan {

    String path();

    String title();

    /** Whether its files are compressed. */
    Packing packing();

    /** The columns' keys, as JSON names them. */
    List<String> keys();

    /** The columns' labels, the CSV's header. */
    List<String> labels();

    /** Hands on every row in order, each value a whole number, a decimal, a text or {@code null}. */
    void forEachRow(Consumer<List<Object>> row);
}
