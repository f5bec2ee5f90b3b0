package se.bygdeportalen.decisions.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;
import se.bygdeportalen.proposals.ProposalReference;
import se.bygdeportalen.proposals.Proposals;

/** A registrar adds an item (ärende) to a meeting's agenda; closed or cancelled meetings take none. */
@Component
public class AddAgendaItem {

    /** A case number such as "KS 2026/123" or "2026/45". */
    public static final Pattern CASE_NUMBER = Pattern.compile("([A-ZÅÄÖ]{1,6} )?\\d{4}/\\d{1,6}");

    /** @param caseNumber as typed (blanks are tidied), or null; @param proposalId the citizen proposal the item concerns, or null */
    public record Command(
            long meetingId,
            @Nullable String caseNumber,
            @Nullable TranslatableText title,
            @Nullable Long proposalId) {}

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
    public Result addAgendaItem(Command command, Actor actor) {
        long meetingId = command.meetingId();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(actor, meeting.bodyId());
        MeetingState.requireOpen(meeting, "decisions.meeting.closed");
        Violations violations = new Violations();
        String caseNumber = caseNumber(command.caseNumber(), violations);
        TranslatableText title = command.title();
        if (title == null || title.raw(Lang.SV) == null) {
            violations.reject("title[sv]", "validation.translatable.swedishRequired");
        }
        ProposalReference proposal = proposal(command.proposalId(), proposals, violations);
        if (violations.any() || title == null) { // a missing title is a violation above
            return violations.invalid();
        }
        int number = meetings.nextItemNumber(meetingId);
        long id = meetings.addAgendaItem(meetingId, number, caseNumber, title, proposal);
        meetings.touch(meetingId);
        Map<String, @Nullable Object> after = new LinkedHashMap<>();
        after.put("meetingId", meetingId);
        after.put("number", number);
        after.put("caseNumber", caseNumber);
        after.put("title", title.toJson());
        after.put("proposalId", proposal == null ? null : proposal.id());
        audit.recordCreate(
                actor,
                DecisionsAudit.AGENDA_ITEM_ADDED,
                "decisions_agenda_item",
                id,
                "Added item " + number + " to the agenda of meeting " + meetingId,
                after);
        return Result.saved(id);
    }

    /** The case number with its blanks tidied, null when none; a field error when it is not one. The form checks it too. */
    public static @Nullable String caseNumber(@Nullable String raw, Violations violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip().replaceAll("\\s+", " ");
        if (!CASE_NUMBER.matcher(value).matches()) {
            violations.reject("caseNumber", "decisions.caseNumber.invalid");
            return null;
        }
        return value;
    }

    /** The public proposal with that id, null when none is given; a field error when there is no such proposal. */
    static @Nullable ProposalReference proposal(@Nullable Long id, Proposals proposals, Violations violations) {
        if (id == null) {
            return null;
        }
        var found = proposals.byId(id);
        if (found.isEmpty()) {
            violations.reject("proposalId", "decisions.proposal.unknown");
            return null;
        }
        return found.get();
    }
}
