package vn.reviewportal.source;

import java.util.Optional;
import vn.reviewportal.model.Period;

/**
 * What reading one period file (with the spreadsheet beside it, if any) gave: what the reading
 * found (its diagnostics, the texts for them to quote, its share of the content digest), and the
 * period when it could be read.
 */
public record PeriodRead(FileRead file, Optional<Period> period) {
}
