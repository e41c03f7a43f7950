package vn.reviewportal.page;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.diag.Position;
import vn.reviewportal.model.Content;
import vn.reviewportal.model.Label;
import vn.reviewportal.model.Language;
import vn.reviewportal.model.Levels;
import vn.reviewportal.model.Organization;
import vn.reviewportal.model.Period;
import vn.reviewportal.model.PeriodSpan;
import vn.reviewportal.model.RatingScales;
import vn.reviewportal.model.Ref;
import vn.reviewportal.model.SiteConfig;
import vn.reviewportal.stats.GroupFigures;
import vn.reviewportal.stats.OrganizationFigures;

/**
 * A small Vietnamese site made by hand for the planners' tests: a bloc committee ("dbk") and
 * the cells under it, periods with two groups of shortcomings, and figures given directly.
 */
final class SmallSite {

    static final Messages MESSAGES = Messages.load(Language.VI);
    static final Formats FORMATS = new Formats(Language.VI);
    private static final Position AT = Position.wholeFile("content/organizations.yaml");

    private SmallSite() {
    }

    static Organization bloc() {
        return new Organization("dbk", "Đảng bộ khối X", "ĐBK X", new Ref("dang-bo-khoi", AT), Optional.empty(),
                AT, AT);
    }

    static Organization cell(int n) {
        return new Organization("cb-" + n, "Chi bộ " + n, "", new Ref("chi-bo", AT), Optional.of("dbk"), AT,
                AT);
    }

    static Period period(int year) {
        return period(PeriodSpan.year(year));
    }

    static Period period(PeriodSpan span) {
        return new Period(span, "Kiểm điểm " + span.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Label("to-chuc-dang", "Tổ chức đảng", AT), new Label("dang-vien", "Đảng viên", AT)),
                List.of(), List.of(), RatingScales.NONE, List.of(), Position.wholeFile("content/periods/" + span.id() + ".yaml"));
    }

    static Content content(List<Organization> organizations, List<Period> periods) {
        return new Content(new SiteConfig("Cổng kết quả", "", "", Language.VI, "dbk", AT, Optional.empty()),
                Levels.NONE_DECLARED, organizations, periods, List.of());
    }

    static OrganizationTree tree(Content content) {
        return new OrganizationTree(content);
    }

    /** The figures of two groups, "Tổ chức đảng" then "Đảng viên". */
    static OrganizationFigures figures(String organizationId, int year, long found1, long remediated1, long found2,
                                       long remediated2) {
        return figures(organizationId, PeriodSpan.year(year), found1, remediated1, found2, remediated2);
    }

    static OrganizationFigures figures(String organizationId, PeriodSpan period, long found1, long remediated1,
                                       long found2, long remediated2) {
        List<GroupFigures> groups = List.of(
                new GroupFigures("to-chuc-dang", "Tổ chức đảng", found1, remediated1,
                        Optional.empty(), GroupFigures.Coverage.COMPLETE),
                new GroupFigures("dang-vien", "Đảng viên", found2, remediated2,
                        Optional.empty(), GroupFigures.Coverage.COMPLETE));
        GroupFigures total = new GroupFigures("", "", found1 + found2, remediated1 + remediated2, Optional.empty(),
                GroupFigures.Coverage.COMPLETE);
        return new OrganizationFigures(organizationId, period, OrganizationFigures.Basis.REPORTED, 0, 0, "",
                Optional.empty(), OptionalLong.empty(), groups, total, List.of(), 0, Optional.empty(), List.of(),
                OrganizationFigures.MemberFigures.NONE,
                OrganizationFigures.StructureFigures.NONE);
    }
}
