package vn.reviewportal.page;

import vn.reviewportal.model.Content;

/**
 * How the two files of a download are published: as they are, or compressed with gzip
 * ({@code .csv.gz}, {@code .json.gz}). A national site's files of every organization hold
 * millions of rows: its JSON is read by programs, which read gzip as they read the file, and its
 * tidy dataset is more than a spreadsheet opens (1,048,576 rows), so both are compressed, some
 * twenty times smaller; a CSV that a spreadsheet opens stays as it is.
 */
public enum Packing {
    PLAIN(false, false),
    /** The JSON compressed, the CSV as it is. */
    JSON_COMPRESSED(false, true),
    /** Both compressed. */
    COMPRESSED(true, true);

    static final String GZIP = ".gz";

    private final boolean csvCompressed;
    private final boolean jsonCompressed;

    Packing(boolean csvCompressed, boolean jsonCompressed) {
        this.csvCompressed = csvCompressed;
        this.jsonCompressed = jsonCompressed;
    }

    public boolean csvCompressed() {
        return csvCompressed;
    }

    public boolean jsonCompressed() {
        return jsonCompressed;
    }

    /** The CSV file of the download at {@code path} (its path without an extension). */
    public String csv(String path) {
        return Routes.csv(path) + (csvCompressed ? GZIP : "");
    }

    /** The JSON file of the download at {@code path}. */
    public String json(String path) {
        return Routes.json(path) + (jsonCompressed ? GZIP : "");
    }

    /** The packing of the files of every organization's rows (a period's, and the organization pages'). */
    static Packing everyOrganization(Content content) {
        return compressed(content) ? JSON_COMPRESSED : PLAIN;
    }

    /** The packing of the tidy dataset's files of the periods. */
    static Packing dataset(Content content) {
        return compressed(content) ? COMPRESSED : PLAIN;
    }

    private static boolean compressed(Content content) {
        return content.site().compressedDownloads().compresses(content.organizations().size());
    }

    /** A table's links to its files from a page whose way to the site's root is {@code root}. */
    Views.Downloads links(String root, String path, String rows) {
        return new Views.Downloads(root + csv(path), root + json(path), rows, csvCompressed, jsonCompressed);
    }
}
