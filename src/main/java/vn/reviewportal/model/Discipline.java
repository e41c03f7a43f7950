package vn.reviewportal.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.reviewportal.diag.Position;

/**
 * Discipline (<i>thi hành kỷ luật</i>) as the source published it: each figure is empty where the
 * source does not give it, never 0. A report may give only the forms, or only the organizations
 * disciplined.
 *
 * @param members          party members disciplined
 * @param committeeMembers of them, committee members (<i>cấp ủy viên</i>)
 * @param forms            members disciplined by form, in the order written; only the forms given
 * @param organizations    party organizations disciplined
 * @param reportedPercent  the published share of members disciplined among all members
 * @param membersAt        where {@code members} is written; the mapping's position where it is not
 */
public record Discipline(OptionalLong members, OptionalLong committeeMembers, List<FormCount> forms,
                         OptionalLong organizations, Optional<PublishedPercent> reportedPercent, Position membersAt,
                         Position committeeMembersAt, Position organizationsAt, Position reportedAt) {

    /** The members disciplined with one form; {@code form} points at its key. */
    public record FormCount(Ref form, long count) {
    }

    public Discipline {
        forms = List.copyOf(forms);
    }

    /** Members and committee members only, as the first format had them. */
    public Discipline(long members, long committeeMembers, Position membersAt, Position committeeMembersAt) {
        this(OptionalLong.of(members), OptionalLong.of(committeeMembers), List.of(), OptionalLong.empty(),
                Optional.empty(), membersAt, committeeMembersAt, membersAt, membersAt);
    }

    /** The forms given, added up. */
    public long formsTotal() {
        long total = 0;
        for (FormCount form : forms) {
            total += form.count();
        }
        return total;
    }
}
