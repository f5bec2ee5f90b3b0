package se.bygdeportalen.decisions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.TranslatableInput;
import se.bygdeportalen.proposals.DecisionReference;
import se.bygdeportalen.proposals.ProposalReference;
import se.bygdeportalen.proposals.Proposals;

/** A registrar adds an item (ärende) to a meeting's agenda; closed or cancelled meetings take none. */
@Component
class AddAgendaItem {

    /** A case number such as "KS 2026/123" or "2026/45". */
    static final Pattern CASE_NUMBER = Pattern.compile("([A-ZÅÄÖ]{1,6} )?\\d{4}/\\d{1,6}");

    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final Proposals proposals;
    private final AuditLog audit;

    AddAgendaItem(MeetingRepository meetings, BodyAccess access, Proposals proposals, AuditLog audit) {
        this.meetings = meetings;
        this.access = access;
        this.proposals = proposals;
        this.audit = audit;
    }

    @Transactional
    long add(long meetingId, DecisionsForms.AgendaItemForm form, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(meeting.bodyId());
        if (meeting.cancelled()) {
            throw new MeetingClosedException("decisions.meeting.cancelledAlready");
        }
        if (meeting.closed()) {
            throw new MeetingClosedException("decisions.meeting.closed");
        }
        String caseNumber = caseNumber(form.caseNumber(), errors);
        TranslatableText title = TranslatableInput.read(form.title(), "title", true, 300, errors);
        ProposalReference proposal = proposal(form.proposalId(), proposals, errors);
        if (errors.hasErrors()) {
            return -1;
        }
        int number = meetings.nextItemNumber(meetingId);
        long id = meetings.addAgendaItem(meetingId, number, caseNumber, title, proposal);
        meetings.touch(meetingId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("meetingId", meetingId);
        after.put("number", number);
        after.put("caseNumber", caseNumber);
        after.put("title", title.toJson());
        after.put("proposalId", proposal == null ? null : proposal.id());
        audit.recordCreate("decisions.agenda-item.added", "decisions_agenda_item", id,
                "Added item " + number + " to the agenda of meeting " + meetingId, after);
        return id;
    }

    static String caseNumber(String raw, Errors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip().replaceAll("\\s+", " ");
        if (!CASE_NUMBER.matcher(value).matches()) {
            errors.rejectValue("caseNumber", "decisions.caseNumber.invalid");
            return null;
        }
        return value;
    }

    static ProposalReference proposal(String raw, Proposals proposals, Errors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            var found = proposals.byId(Long.parseLong(raw.strip()));
            if (found.isPresent()) {
                return found.get();
            }
        } catch (NumberFormatException e) {
            // an unknown proposal, reported below
        }
        errors.rejectValue("proposalId", "decisions.proposal.unknown");
        return null;
    }
}
