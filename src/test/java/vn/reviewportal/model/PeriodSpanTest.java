package vn.reviewportal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PeriodSpanTest {

    @Test
    void aFileNameIsAYearAHalfYearOrATerm() {
        assertEquals(Optional.of(PeriodSpan.year(2019)), PeriodSpan.parse("2019"));
        assertEquals(Optional.of(PeriodSpan.firstHalf(2019)), PeriodSpan.parse("2019-6-thang-dau"));
        assertEquals(Optional.of(PeriodSpan.term(2015, 2020)), PeriodSpan.parse("2015-2020"));
        for (String other : List.of("2019-6-thang-cuoi", "2020-2015", "2020-2020", "19", "2012 - Copy", "2019-6")) {
            assertEquals(Optional.empty(), PeriodSpan.parse(other), other);
        }
    }

    @Test
    void theIdIsTheFileNameAndAYearsIsTheYear() {
        for (String id : List.of("2019", "2019-6-thang-dau", "2015-2020")) {
            assertEquals(id, PeriodSpan.parse(id).orElseThrow().id());
        }
    }

    @Test
    void periodsSortByTheirLastYearTheHalfYearBeforeTheYearAndTheTermAfterIt() {
        List<String> sorted = Stream.of("2015-2020", "2020", "2020-6-thang-dau", "2019", "2016-2020", "2021")
                .map(id -> PeriodSpan.parse(id).orElseThrow()).sorted().map(PeriodSpan::id).toList();
        assertEquals(List.of("2019", "2020-6-thang-dau", "2020", "2015-2020", "2016-2020", "2021"), sorted);
    }

    @Test
    void onlyPeriodsOfOneKindAreCompared() {
        assertEquals(true, PeriodSpan.year(2019).sameKind(PeriodSpan.year(2020)));
        assertEquals(false, PeriodSpan.year(2019).sameKind(PeriodSpan.firstHalf(2019)));
        assertEquals(false, PeriodSpan.term(2015, 2020).sameKind(PeriodSpan.year(2020)));
        assertEquals(true, PeriodSpan.term(2015, 2020).cumulative());
    }
}
