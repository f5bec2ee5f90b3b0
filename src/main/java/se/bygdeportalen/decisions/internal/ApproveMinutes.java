package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * A registrar records the approval of the minutes (justering): who approved them and when, and
 * posts the approval on the notice board, which starts the three weeks for appeals. The minutes
 * should be approved within 14 days of the meeting and the approval posted within two days; a
 * later date needs a conscious override. The meeting is closed from then on.
 */
@Component
public class ApproveMinutes {

    public static final int MAX_APPROVERS = 5;
    public static final int MAX_NAME = 120;

    /**
     * @param approverMembers the person ids of the body's members who approved
     * @param approverNames   approvers' names typed one per entry (blank entries are ignored)
     * @param postedOn        today (Europe/Stockholm) for a registrar: the approval is posted on the notice board now
     */
    public record Command(
            long meetingId,
            @Nullable LocalDate approvedOn,
            @Nullable List<Long> approverMembers,
            @Nullable List<String> approverNames,
            @Nullable WarningOverride override,
            LocalDate postedOn) {}

    private final MeetingRepository meetings;
    private final Organisation organisation;
    private final BodyAccess access;
    private final TimeLimits limits;
    private final NoticeBoard noticeBoard;
    private final MeetingTexts texts;
    private final AuditLog audit;

    ApproveMinutes(
            MeetingRepository meetings,
            Organisation organisation,
            BodyAccess access,
            TimeLimits limits,
            NoticeBoard noticeBoard,
            MeetingTexts texts,
            AuditLog audit) {
        this.meetings = meetings;
        this.organisation = organisation;
        this.access = access;
        this.limits = limits;
        this.noticeBoard = noticeBoard;
        this.texts = texts;
        this.audit = audit;
    }

    @Transactional
    public Result approveMinutes(Command command, Actor actor) {
        long meetingId = command.meetingId();
        LocalDate postedOn = command.postedOn();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(actor, meeting.bodyId());
        MeetingState.requireOpen(meeting, "decisions.minutes.already");
        Violations violations = new Violations();
        LocalDate approvedOn = command.approvedOn();
        if (approvedOn == null) {
            violations.reject("approvedOn", "NotBlank");
        } else if (approvedOn.isBefore(meeting.date())) {
            violations.reject("approvedOn", "decisions.minutes.beforeMeeting");
        } else if (approvedOn.isAfter(postedOn)) {
            violations.reject("approvedOn", "decisions.minutes.future");
        }
        List<String> approvers = approvers(meeting, command, violations);
        if (violations.any() || approvedOn == null) { // a missing date is a violation above
            return violations.invalid();
        }
        List<Rule> broken = Rule.forApproval(meeting.date(), approvedOn, postedOn);
        Result stop = limits.stop(broken, command.override(), meeting.date(), approvedOn, postedOn);
        if (stop != null) {
            return stop;
        }
        meetings.approve(meetingId, approvedOn, approvers, postedOn);
        Meeting approved = meetings.find(meetingId).orElseThrow();
        noticeBoard.post(new NewNotice(
                Kind.MINUTES_APPROVED,
                PublishNotice.MODULE,
                PublishNotice.minutesRef(meetingId),
                texts.approvalTitle(approved),
                texts.approvalSummary(approved),
                meeting.bodySlug(),
                postedOn,
                meeting.date(),
                "/sammantraden/" + meetingId));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("approvedOn", approvedOn.toString());
        after.put("approvers", approvers);
        after.put("postedOn", postedOn.toString());
        audit.record(
                actor,
                DecisionsAudit.MINUTES_APPROVED,
                "decisions_meeting",
                meetingId,
                "Approved the minutes of the meeting of " + meeting.bodySlug() + " on " + meeting.date()
                        + " and posted the approval",
                Map.of(),
                after);
        limits.record(actor, meetingId, broken, command.override(), "minutes approved");
        return Result.saved(meetingId);
    }

    private List<String> approvers(Meeting meeting, Command command, Violations violations) {
        List<String> names = new ArrayList<>();
        List<Long> memberIds = command.approverMembers() == null ? List.of() : command.approverMembers();
        if (!memberIds.isEmpty()) {
            List<Member> members = organisation.members(meeting.bodyId(), meeting.date());
            for (Long id : memberIds) {
                members.stream()
                        .filter(m -> id != null && m.personId() == id)
                        .findFirst()
                        .ifPresentOrElse(
                                m -> names.add(m.name()),
                                () -> violations.reject("approverMembers", "decisions.minutes.unknownMember"));
            }
        }
        for (String typed : command.approverNames() == null ? List.<String>of() : command.approverNames()) {
            String name = typed == null ? "" : typed.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_NAME) {
                violations.reject("approverNames", "decisions.tooLong", MAX_NAME);
                break;
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty() && !violations.has("approverMembers") && !violations.has("approverNames")) {
            violations.reject("approverNames", "decisions.minutes.approversRequired");
        }
        if (names.size() > MAX_APPROVERS) {
            violations.reject("approverNames", "decisions.minutes.tooManyApprovers");
        }
        return names;
    }
}
