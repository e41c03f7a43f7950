package vn.reviewportal.diag;

/**
 * The two names of a folder whose files positions point into. Every position of its files starts
 * with the folder as it was typed at the terminal ({@code /home/x/tinh/content/periods/2012.yaml}),
 * which is what the person who typed it reads on the console. The published site names the
 * folder by its own name instead ({@code content/periods/2012.yaml}), so that no machine's path
 * reaches a reader.
 *
 * @param typed the folder as its files' positions name it, e.g. {@code /home/x/tinh/content}
 * @param own   its own name, e.g. {@code content}
 */
public record FolderNames(String typed, String own) {

    /** A folder typed by its own name, as the default {@code content} is. */
    public static FolderNames of(String name) {
        return new FolderNames(name, name);
    }

    /**
     * {@code at} as the site shows it, e.g. {@code content/periods/2012.yaml:44:69} or a sheet's
     * {@code content/periods/2015.xlsx: Sheet1!C7}. A position
     * in another folder is shown by its file's name alone, since its folder's own name is not known.
     */
    public String published(Position at) {
        String file = at.file();
        String inside = file.startsWith(typed + "/") ? own + "/" + file.substring(typed.length() + 1)
                : file.substring(file.lastIndexOf('/') + 1);
        return new Position(inside, at.line(), at.column(), at.sheet(), at.isCell()).toString();
    }
}
