package vn.reviewportal.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FolderNamesTest {

    private final FolderNames typedInFull = new FolderNames("/home/x/tinh/content", "content");

    @Test
    void aPositionIsPublishedUnderTheFoldersOwnNameWithThePathInsideIt() {
        assertEquals("content/periods/2012.yaml:44:69",
                typedInFull.published(new Position("/home/x/tinh/content/periods/2012.yaml", 44, 69)));
        assertEquals("tinh-bn/articles/a.md", new FolderNames("../tinh-bn", "tinh-bn")
                .published(Position.wholeFile("../tinh-bn/articles/a.md")));
        assertEquals("content/periods/2012.yaml:44:69",
                FolderNames.of("content").published(new Position("content/periods/2012.yaml", 44, 69)));
    }

    @Test
    void aPositionOutsideTheFolderIsShownByItsFilesNameAlone() {
        assertEquals("2012.yaml:3:1", typedInFull.published(new Position("/home/x/tinh/content-old/periods/2012.yaml", 3, 1)));
        assertEquals("site.yaml", typedInFull.published(Position.wholeFile("site.yaml")));
    }
}
