package se.bygdeportalen.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * A registrar records the approval of the minutes (justering): who approved them and when, and
 * posts the approval on the notice board, which starts the three weeks for appeals. The minutes
 * should be approved within 14 days of the meeting and the approval posted within two days; a
 * later date needs a conscious override. The meeting is closed from then on.
 */
@Component
class ApproveMinutes {

    private final MeetingRepository meetings;
    private final Organisation organisation;
    private final BodyAccess access;
    private final Overrides overrides;
    private final NoticeBoard noticeBoard;
    private final MeetingTexts texts;
    private final AuditLog audit;

    ApproveMinutes(MeetingRepository meetings, Organisation organisation, BodyAccess access, Overrides overrides, NoticeBoard noticeBoard,
                   MeetingTexts texts, AuditLog audit) {
        this.meetings = meetings;
        this.organisation = organisation;
        this.access = access;
        this.overrides = overrides;
        this.noticeBoard = noticeBoard;
        this.texts = texts;
        this.audit = audit;
    }

    /** @param postedOn today (Europe/Stockholm) for a registrar: the approval is posted on the notice board now */
    @Transactional
    Outcome approve(long meetingId, LocalDate postedOn, DecisionsForms.ApprovalForm form, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(meeting.bodyId());
        if (meeting.cancelled()) {
            throw new MeetingClosedException("decisions.meeting.cancelledAlready");
        }
        if (meeting.closed()) {
            throw new MeetingClosedException("decisions.minutes.already");
        }
        LocalDate approvedOn = FormValues.date(form.approvedOn(), "approvedOn", true, errors);
        if (approvedOn != null && approvedOn.isBefore(meeting.date())) {
            errors.rejectValue("approvedOn", "decisions.minutes.beforeMeeting");
        } else if (approvedOn != null && approvedOn.isAfter(postedOn)) {
            errors.rejectValue("approvedOn", "decisions.minutes.future");
        }
        List<String> approvers = approvers(meeting, form, errors);
        if (errors.hasErrors()) {
            return Outcome.invalid();
        }
        List<Rule> broken = Rule.forApproval(meeting.date(), approvedOn, postedOn);
        if (!Overrides.mayProceed(broken, form, errors)) {
            return errors.hasErrors() ? Outcome.invalid() : Outcome.confirm(broken);
        }
        meetings.approve(meetingId, approvedOn, approvers, postedOn);
        Meeting approved = meetings.find(meetingId).orElseThrow();
        noticeBoard.post(new NewNotice(Kind.MINUTES_APPROVED, PublishNotice.MODULE, PublishNotice.minutesRef(meetingId),
                texts.approvalTitle(approved), texts.approvalSummary(approved), meeting.bodySlug(), postedOn, meeting.date(),
                "/sammantraden/" + meetingId));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("approvedOn", approvedOn.toString());
        after.put("approvers", approvers);
        after.put("postedOn", postedOn.toString());
        audit.record("decisions.minutes.approved", "decisions_meeting", meetingId,
                "Approved the minutes of the meeting of " + meeting.bodySlug() + " on " + meeting.date() + " and posted the approval",
                Map.of(), after);
        overrides.record(meetingId, broken, form, "minutes approved");
        return Outcome.saved(meetingId);
    }

    private List<String> approvers(Meeting meeting, DecisionsForms.ApprovalForm form, Errors errors) {
        List<String> names = new ArrayList<>();
        if (form.approverMembers() != null && !form.approverMembers().isEmpty()) {
            List<Member> members = organisation.members(meeting.bodyId(), meeting.date());
            for (String raw : form.approverMembers()) {
                members.stream().filter(m -> String.valueOf(m.personId()).equals(raw)).findFirst().ifPresentOrElse(
                        m -> names.add(m.name()), () -> errors.rejectValue("approverMembers", "decisions.minutes.unknownMember"));
            }
        }
        if (form.approverNames() != null) {
            for (String line : form.approverNames().split("[\\n,]")) {
                String name = line.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (name.length() > 120) {
                    errors.rejectValue("approverNames", "decisions.tooLong", new Object[]{120}, null);
                    break;
                }
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty() && !errors.hasFieldErrors("approver*")) {
            errors.rejectValue("approverNames", "decisions.minutes.approversRequired");
        }
        if (names.size() > 5) {
            errors.rejectValue("approverNames", "decisions.minutes.tooManyApprovers");
        }
        return names;
    }
}
