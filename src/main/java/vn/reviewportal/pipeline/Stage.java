package vn.reviewportal.pipeline;

/** The stages of the pipeline that can stop a build, in the order they run. */
public enum Stage {
    /** Reading the content files: syntax, types, required keys. */
    LOAD,
    /** Checking the content as a whole: references, the tree, counts against each other. */
    CHECK,
    /** Rendering pages with the templates. */
    RENDER,
    /** Writing the site. */
    WRITE
}
