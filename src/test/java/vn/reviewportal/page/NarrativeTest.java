package vn.reviewportal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.Reviewed;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;

class NarrativeTest {

    private static OrganizationFigures figures(int year, long found1, long remediated1, long found2, long remediated2) {
        List<GroupFigures> groups = List.of(
                new GroupFigures("to-chuc-dang", "Tổ chức đảng", found1, remediated1,
                        Optional.empty(), GroupFigures.Coverage.COMPLETE),
                new GroupFigures("dang-vien", "Đảng viên", found2, remediated2,
                        Optional.empty(), GroupFigures.Coverage.COMPLETE));
        GroupFigures total = new GroupFigures("", "", found1 + found2, remediated1 + remediated2, Optional.empty(),
                GroupFigures.Coverage.COMPLETE);
        return new OrganizationFigures("x", PeriodSpan.year(year), OrganizationFigures.Basis.REPORTED, 12, 12, "",
                Optional.of(new Reviewed(12, 12, null)), OptionalLong.empty(), groups, total, List.of(), 0,
                Optional.empty(), List.of(), OrganizationFigures.MemberFigures.NONE,
                OrganizationFigures.StructureFigures.NONE);
    }

    private final OrganizationFigures before = figures(2013, 100, 60, 100, 70);
    private final OrganizationFigures now = figures(2014, 200, 150, 800, 700);

    @Test
    void vietnameseParagraphFromTheFigures() {
        assertEquals("Năm 2014, Đảng bộ X có 12/12 tổ chức trực thuộc tiến hành kiểm điểm."
                        + " Đã khắc phục xong 850 trên 1.000 khuyết điểm được chỉ ra, đạt 85,0\u00a0%."
                        + " Tỷ lệ này tăng 20,0 điểm phần trăm so với năm 2013."
                        + " Nhóm có tỷ lệ khắc phục thấp nhất là “Tổ chức đảng” (75,0\u00a0%)."
                        + " Có 2 điểm số liệu chưa khớp, xem trang Chất lượng dữ liệu.",
                new Narrative(Messages.load(Language.VI), new Formats(Language.VI))
                        .about("Đảng bộ X", now, Optional.of(before), 2));
    }

    @Test
    void englishParagraphFromTheSameFigures() {
        assertEquals("In 2014, 12 of 12 organizations under Party committee X held the review."
                        + " 850 of the 1,000 shortcomings found are fully remediated, 85.0%."
                        + " That is 20.0 percentage points more than in 2013."
                        + " The group with the lowest rate is “Tổ chức đảng” (75.0%).",
                new Narrative(Messages.load(Language.EN), new Formats(Language.EN))
                        .about("Party committee X", now, Optional.of(before), 0));
    }

    @Test
    void aFallIsSaidAsAFall() {
        String text = new Narrative(Messages.load(Language.VI), new Formats(Language.VI))
                .about("X", before, Optional.of(now), 0);
        assertEquals(true, text.contains("giảm 20,0 điểm phần trăm so với năm 2014"), text);
    }
}
