package se.bygdeportalen.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.TranslatableInput;
import se.bygdeportalen.proposals.DecisionOnProposalRecorded;
import se.bygdeportalen.proposals.DecisionReference;
import se.bygdeportalen.proposals.ProposalReference;
import se.bygdeportalen.proposals.Proposals;

/**
 * A registrar records a decision of a held meeting, with its vote, reservations, links and the
 * three impact assessments. The paragraph number (§ n/year) is the body's next for the year.
 * A decision that answers a citizen proposal is reported to the proposals module in the same transaction.
 */
@Component
class RecordDecision {

    /** An earlier decision: "12/2026" (same body) or "kommunstyrelsen 12/2026", several separated by commas. */
    private static final Pattern REFERENCE = Pattern.compile("(?:([a-z0-9-]{2,60})\\s+)?§?\\s*(\\d{1,5})\\s*/\\s*(\\d{4})");

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final BodyAccess access;
    private final Proposals proposals;
    private final MeetingTexts texts;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecordDecision(MeetingRepository meetings, DecisionRepository decisions, BodyAccess access, Proposals proposals, MeetingTexts texts,
                   AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.access = access;
        this.proposals = proposals;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    long record(long meetingId, DecisionsForms.DecisionForm form, Errors errors) {
        return record(meetingId, form, LocalDate.now(clock.withZone(DateFormats.ZONE)), errors);
    }

    /** @param today the day the decision is recorded (Europe/Stockholm) */
    @Transactional
    long record(long meetingId, DecisionsForms.DecisionForm form, LocalDate today, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(meeting.bodyId());
        if (meeting.cancelled()) {
            throw new MeetingClosedException("decisions.meeting.cancelledAlready");
        }
        if (meeting.closed()) {
            throw new MeetingClosedException("decisions.meeting.closed");
        }
        if (meeting.date().isAfter(today)) {
            throw new MeetingClosedException("decisions.decision.notHeldYet");
        }
        List<AgendaItem> agenda = meetings.agenda(meetingId);
        AgendaItem item = null;
        if (form.agendaItemId() != null && !form.agendaItemId().isBlank()) {
            item = agenda.stream().filter(i -> String.valueOf(i.id()).equals(form.agendaItemId().strip())).findFirst().orElse(null);
            if (item == null) {
                errors.rejectValue("agendaItemId", "NotNull");
            }
        }
        TranslatableText title = TranslatableInput.read(form.title(), "title", true, 300, errors);
        TranslatableText text = TranslatableInput.read(form.text(), "text", true, 20_000, errors);
        Category category = FormValues.choice(Category.class, form.category(), "category", errors);
        Integer yes = count(form.votesYes(), "votesYes", errors);
        Integer no = count(form.votesNo(), "votesNo", errors);
        Integer abstain = count(form.votesAbstain(), "votesAbstain", errors);
        if ((yes == null || no == null) && (yes != null || no != null || abstain != null) && !errors.hasFieldErrors("votes*")) {
            errors.rejectValue(yes == null ? "votesYes" : "votesNo", "decisions.decision.votes.incomplete");
        }
        String reservations = optional(form.reservations(), "reservations", 4000, errors);
        String budget = optional(form.budgetReference(), "budgetReference", 200, errors);
        ProposalReference proposal = AddAgendaItem.proposal(form.proposalId(), proposals, errors);
        if (proposal == null && item != null && item.proposalId() != null && (form.proposalId() == null || form.proposalId().isBlank())) {
            proposal = proposals.byId(item.proposalId()).orElse(null);
        }
        Long proposalId = proposal == null ? null : proposal.id();
        Set<Long> earlier = earlier(form.earlierDecisions(), meeting.bodySlug(), errors);
        Assessment gender = assessment(form.genderStatus(), form.genderText(), "gender", errors);
        Assessment.Checklist checklist = null;
        if (gender != null && gender.status() == Assessment.Status.ASSESSED) {
            checklist = new Assessment.Checklist(answer(form.genderAffects(), "genderAffects", errors),
                    answer(form.genderStatistics(), "genderStatistics", errors),
                    answer(form.genderConsequences(), "genderConsequences", errors),
                    answer(form.genderMeasures(), "genderMeasures", errors));
            gender = new Assessment(gender.status(), gender.text(), checklist);
        }
        Assessment health = assessment(form.healthStatus(), form.healthText(), "health", errors);
        Assessment child = assessment(form.childStatus(), form.childText(), "child", errors);
        if (errors.hasErrors()) {
            return -1;
        }
        int year = meeting.date().getYear();
        int paragraph = decisions.nextParagraph(meeting.bodyId(), year);
        String caseNumber = item == null ? null : item.caseNumber();
        Decision decision = new Decision(0, meetingId, item == null ? null : item.id(), meeting.bodyId(), meeting.bodySlug(), year, paragraph,
                meeting.date(), caseNumber, title, text, category, yes, no, abstain, reservations, proposalId,
                proposal == null ? null : proposal.title(), proposal == null ? null : proposal.path(), budget, gender, health, child);
        long id = decisions.insert(decision);
        for (Long e : earlier) {
            decisions.link(id, e);
        }
        if (proposalId != null) {
            events.publishEvent(new DecisionOnProposalRecorded(proposalId, new DecisionReference(id, title.raw(Lang.SV),
                    texts.bodyName(meeting.bodySlug()).raw(Lang.SV), meeting.date(), "/beslut/" + id, text.raw(Lang.SV))));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("meetingId", meetingId);
        after.put("reference", meeting.bodySlug() + " § " + paragraph + "/" + year);
        after.put("title", title.toJson());
        after.put("category", category.name());
        after.put("votes", yes == null ? null : yes + "-" + no + "-" + (abstain == null ? 0 : abstain));
        after.put("proposalId", proposalId);
        after.put("earlierDecisions", List.copyOf(earlier));
        after.put("gender", gender.status().name());
        after.put("health", health.status().name());
        after.put("child", child.status().name());
        audit.recordCreate("decisions.decision.recorded", "decisions_decision", id,
                "Recorded " + meeting.bodySlug() + " § " + paragraph + "/" + year, after);
        return id;
    }

    static Integer count(String raw, String field, Errors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue(field, "decisions.decision.votes.invalid");
        return null;
    }

    static String optional(String raw, String field, int max, Errors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > max) {
            errors.rejectValue(field, "decisions.tooLong", new Object[]{max}, null);
            return null;
        }
        return value;
    }

    static Boolean answer(String raw, String field, Errors errors) {
        if ("true".equals(raw)) {
            return true;
        }
        if ("false".equals(raw)) {
            return false;
        }
        errors.rejectValue(field, "decisions.decision.checklist.required");
        return null;
    }

    /** The assessment of one kind: ASSESSED needs the assessment, NOT_RELEVANT a reason. */
    static Assessment assessment(String rawStatus, String rawText, String prefix, Errors errors) {
        Assessment.Status status = FormValues.choice(Assessment.Status.class, rawStatus, prefix + "Status", errors);
        if (status == null) {
            return Assessment.missing();
        }
        String text = rawText == null ? "" : rawText.strip();
        if (status == Assessment.Status.MISSING) {
            return Assessment.missing();
        }
        if (text.isEmpty()) {
            errors.rejectValue(prefix + "Text", status == Assessment.Status.ASSESSED ? "decisions.assessment.textRequired"
                    : "decisions.assessment.reasonRequired");
            return Assessment.missing();
        }
        if (text.length() > 8000) {
            errors.rejectValue(prefix + "Text", "decisions.tooLong", new Object[]{8000}, null);
            return Assessment.missing();
        }
        return new Assessment(status, text, null);
    }

    Set<Long> earlier(String raw, String ownBody, Errors errors) {
        Set<Long> ids = new LinkedHashSet<>();
        if (raw == null || raw.isBlank()) {
            return ids;
        }
        List<String> unknown = new ArrayList<>();
        for (String part : raw.split("[,;\\n]")) {
            String token = part.strip().toLowerCase();
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = REFERENCE.matcher(token);
            if (!m.matches()) {
                unknown.add(part.strip());
                continue;
            }
            String body = m.group(1) == null ? ownBody : m.group(1);
            decisions.idOf(body, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2))).ifPresentOrElse(ids::add, () -> unknown.add(part.strip()));
        }
        if (!unknown.isEmpty()) {
            errors.rejectValue("earlierDecisions", "decisions.decision.earlier.unknown", new Object[]{String.join(", ", unknown)}, null);
        }
        return ids;
    }
}
