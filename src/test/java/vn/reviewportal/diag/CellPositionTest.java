package vn.reviewportal.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cell of a spreadsheet as a place in messages: named as the spreadsheet names it, never quoted. */
class CellPositionTest {

    @Test
    void aCellIsNamedAsTheSpreadsheetNamesIt() {
        assertEquals("content/periods/2015.xlsx: Sheet1!C7", Position.cell("content/periods/2015.xlsx", "Sheet1", 7, 3)
                .toString());
        assertEquals("content/periods/2015.csv: AB12", Position.cell("content/periods/2015.csv", "", 12, 28).toString());
        assertEquals(List.of("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"),
                List.of(1, 26, 27, 52, 53, 702, 703).stream().map(Position::columnLetters).toList());
    }

    @Test
    void cellsSortInRowOrderAndATextPositionIsUnchanged() {
        Position b7 = Position.cell("f.xlsx", "Sheet1", 7, 2);
        Position c6 = Position.cell("f.xlsx", "Sheet1", 6, 3);
        assertEquals(List.of(c6, b7), List.of(b7, c6).stream().sorted().toList());
        assertEquals("content/periods/2012.yaml:44:69", new Position("content/periods/2012.yaml", 44, 69).toString());
        assertFalse(b7.hasLine());
    }

    @Test
    void noLineIsQuotedUnderACell() {
        SourceLines lines = (file, line) -> Optional.of("organization,found");
        String shown = new DiagnosticFormatter(lines, false, 10).formatOne(Diagnostic.error(Code.NOT_A_COUNT,
                Position.cell("content/periods/2015.csv", "", 2, 2), "'found' must be a whole number", "write 12"));
        assertEquals("content/periods/2015.csv: B2: error[NOT-A-COUNT]: 'found' must be a whole number\n"
                + "      = hint: write 12\n", shown);
    }

    @Test
    void theSiteShowsACellUnderTheFoldersOwnName() {
        assertEquals("tinh-bn/periods/2015.xlsx: Sheet1!C7", new FolderNames("/home/x/tinh-bn", "tinh-bn")
                .published(Position.cell("/home/x/tinh-bn/periods/2015.xlsx", "Sheet1", 7, 3)));
    }
}
