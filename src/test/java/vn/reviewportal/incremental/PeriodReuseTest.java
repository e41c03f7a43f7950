package vn.reviewportal.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.model.Period;
import vn.reviewportal.source.ContentLoader;
import vn.reviewportal.source.LoadedContent;

/**
 * The preview server reads again only the period file that was saved: a province's ten period
 * files take seconds to read, and an edit changes one of them (or the spreadsheet beside it).
 */
class PeriodReuseTest {

    private record Load(LoadedContent loaded, int reused, BuildMemory memory) {
        Period period() {
            return loaded.content().orElseThrow().periods().get(0);
        }
    }

    private static Load load(ContentLoader loader, BuildMemory previous) {
        Reuse reuse = previous.reuse(true, Optional.empty(), "test");
        LoadedContent loaded = loader.load(reuse.articles().apply(loader::readArticle),
                reuse.periods().apply(loader::readPeriod));
        return new Load(loaded, reuse.periodsReused(), reuse.done());
    }

    private static void anHourAgo(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }

    @Test
    void anUnchangedPeriodIsTakenAsItWasReadAndAnEditedOneIsReadAgain(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        Path period = dir.resolve("periods/2012.yaml");
        anHourAgo(period);
        ContentLoader loader = new ContentLoader(dir, "content");
        Load first = load(loader, BuildMemory.NONE);
        assertEquals(0, first.reused());
        Load again = load(loader, first.memory());
        assertEquals(1, again.reused(), "nothing changed: the period is taken as it was");
        assertEquals(first.period(), again.period());
        assertEquals(first.loaded().digest(), again.loaded().digest());

        String text = Files.readString(period);
        assertTrue(text.contains("747"), "the seed's 747 shortcomings of party organizations");
        Files.writeString(period, text.replaceFirst("747", "748"));
        Load edited = load(loader, again.memory());
        assertEquals(0, edited.reused(), "the saved period file is read again");
        assertNotEquals(again.period(), edited.period());
        assertNotEquals(again.loaded().digest(), edited.loaded().digest());
    }

    @Test
    void aPeriodIsReadAgainWhenTheSpreadsheetBesideItIsAddedOrChanged(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), dir);
        anHourAgo(dir.resolve("periods/2012.yaml"));
        ContentLoader loader = new ContentLoader(dir, "content");
        Load first = load(loader, BuildMemory.NONE);
        assertEquals(List.of(), first.loaded().diagnostics());
        Load again = load(loader, first.memory());
        assertEquals(1, again.reused());

        Path sheet = dir.resolve("periods/2012.csv");
        Files.writeString(sheet, "organization,to-chuc-dang.fond\nkhong-co-to-chuc-nay,5\n");
        anHourAgo(sheet);
        Load withSheet = load(loader, again.memory());
        assertEquals(0, withSheet.reused(), "a spreadsheet now beside it: read with it");
        assertFalse(withSheet.loaded().diagnostics().isEmpty(), "the sheet's misspelt column is reported: "
                + withSheet.loaded().diagnostics());
        Load unchanged = load(loader, withSheet.memory());
        assertEquals(1, unchanged.reused(), "the file and its sheet unchanged");
        assertEquals(withSheet.loaded().diagnostics(), unchanged.loaded().diagnostics(),
                "what the reading found comes with the period taken again");

        Files.writeString(sheet, "organization,to-chuc-dang.fond\nkhong-co-to-chuc-nay,6\n");
        anHourAgo(sheet);
        Files.setLastModifiedTime(sheet, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
        Load sheetEdited = load(loader, unchanged.memory());
        assertEquals(0, sheetEdited.reused(), "only the spreadsheet changed: read again");
    }
}
