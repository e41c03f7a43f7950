package vn.reviewportal.page;

import vn.reviewportal.model.Content;

/**
 * How the two files of a download are published: as they are, or compressed with gzip
 * ({@code .csv.gz}, {@code .json.gz}). A national site's files of every organization hold tens
 * of thousands of rows each and its tidy dataset more a period than a spreadsheet opens
 * (1,048,576): compressed, they are 10-20 times smaller, and databases, pandas and R read them as
 * they are; 7-Zip or the unpacker of Windows opens them for a spreadsheet.
 */
public enum Packing {
    PLAIN,
    COMPRESSED;

    static final String GZIP = ".gz";

    public boolean compressed() {
        return this == COMPRESSED;
    }

    /** The CSV file of the download at {@code path} (its path without an extension). */
    public String csv(String path) {
        return Routes.csv(path) + (compressed() ? GZIP : "");
    }

    /** The JSON file of the download at {@code path}. */
    public String json(String path) {
        return Routes.json(path) + (compressed() ? GZIP : "");
    }

    /**
     * The packing of the files of every organization's rows (a period's, and the organization
     * pages') and of the tidy dataset: compressed as site.yaml's {@code compressed_downloads} says.
     */
    static Packing everyOrganization(Content content) {
        return content.site().compressedDownloads().compresses(content.organizations().size()) ? COMPRESSED : PLAIN;
    }

    /** A table's links to its files from a page whose way to the site's root is {@code root}. */
    Views.Downloads links(String root, String path, String rows) {
        return new Views.Downloads(root + csv(path), root + json(path), rows, compressed());
    }
}
