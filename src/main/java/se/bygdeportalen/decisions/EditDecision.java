package se.bygdeportalen.decisions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.TranslatableInput;

/**
 * A registrar corrects a recorded decision: title, text, category, vote, reservations, earlier
 * decisions, budget reference and the three assessments, with the same checks as recording it.
 * The paragraph, agenda item and answered proposal stay. Not once the minutes are approved.
 */
@Component
class EditDecision {

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final BodyAccess access;
    private final RecordDecision record;
    private final AuditLog audit;

    EditDecision(MeetingRepository meetings, DecisionRepository decisions, BodyAccess access, RecordDecision record, AuditLog audit) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.access = access;
        this.record = record;
        this.audit = audit;
    }

    /** The decision of the meeting, if the registrar may still change it (404/403/409 otherwise). */
    Decision editable(long meetingId, long decisionId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(Problem::notFound);
        return decision(meeting, decisionId);
    }

    private Decision decision(Meeting meeting, long decisionId) {
        Decision decision = decisions.find(decisionId).filter(d -> d.meetingId() == meeting.id()).orElseThrow(Problem::notFound);
        access.check(meeting.bodyId());
        if (meeting.closed()) {
            throw new MeetingClosedException("decisions.meeting.closedEdit");
        }
        return decision;
    }

    /** The earlier decisions as the form shows them: "12/2026" for the same body, "slug 12/2026" for others. */
    String earlierText(Decision decision) {
        return decisions.earlier(decision.id()).stream()
                .map(e -> (e.bodySlug().equals(decision.bodySlug()) ? "" : e.bodySlug() + " ") + e.paragraph() + "/" + e.year())
                .collect(Collectors.joining(", "));
    }

    @Transactional
    boolean edit(long meetingId, long decisionId, DecisionsForms.DecisionForm form, Errors errors) {
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        Decision d = decision(meeting, decisionId);
        TranslatableText title = TranslatableInput.read(form.title(), "title", true, 300, errors);
        TranslatableText text = TranslatableInput.read(form.text(), "text", true, 20_000, errors);
        Category category = FormValues.choice(Category.class, form.category(), "category", errors);
        Integer yes = RecordDecision.count(form.votesYes(), "votesYes", errors);
        Integer no = RecordDecision.count(form.votesNo(), "votesNo", errors);
        Integer abstain = RecordDecision.count(form.votesAbstain(), "votesAbstain", errors);
        if ((yes == null || no == null) && (yes != null || no != null || abstain != null) && !errors.hasFieldErrors("votes*")) {
            errors.rejectValue(yes == null ? "votesYes" : "votesNo", "decisions.decision.votes.incomplete");
        }
        String reservations = RecordDecision.optional(form.reservations(), "reservations", 4000, errors);
        String budget = RecordDecision.optional(form.budgetReference(), "budgetReference", 200, errors);
        Set<Long> earlier = record.earlier(form.earlierDecisions(), meeting.bodySlug(), errors);
        if (earlier.contains(decisionId)) {
            errors.rejectValue("earlierDecisions", "decisions.decision.earlier.self");
        }
        Assessment gender = RecordDecision.assessment(form.genderStatus(), form.genderText(), "gender", errors);
        if (gender.status() == Assessment.Status.ASSESSED) {
            gender = new Assessment(gender.status(), gender.text(), new Assessment.Checklist(
                    RecordDecision.answer(form.genderAffects(), "genderAffects", errors),
                    RecordDecision.answer(form.genderStatistics(), "genderStatistics", errors),
                    RecordDecision.answer(form.genderConsequences(), "genderConsequences", errors),
                    RecordDecision.answer(form.genderMeasures(), "genderMeasures", errors)));
        }
        Assessment health = RecordDecision.assessment(form.healthStatus(), form.healthText(), "health", errors);
        Assessment child = RecordDecision.assessment(form.childStatus(), form.childText(), "child", errors);
        if (errors.hasErrors()) {
            return false;
        }
        List<Long> earlierBefore = decisions.earlier(decisionId).stream().map(Decision::id).sorted().toList();
        List<Long> earlierAfter = earlier.stream().sorted().toList();
        Changes changes = new Changes()
                .field("title", d.title().toJson(), title.toJson())
                .field("text", d.body().toJson(), text.toJson())
                .field("category", d.category(), category)
                .field("votes", votes(d.votesYes(), d.votesNo(), d.votesAbstain()), votes(yes, no, abstain))
                .field("reservations", d.reservations(), reservations)
                .field("budgetReference", d.budgetReference(), budget)
                .field("earlierDecisions", earlierBefore, earlierAfter)
                .field("gender", d.gender(), gender)
                .field("health", d.health(), health)
                .field("child", d.child(), child);
        if (!changes.any()) {
            return true;
        }
        decisions.update(new Decision(decisionId, d.meetingId(), d.agendaItemId(), d.bodyId(), d.bodySlug(), d.year(), d.paragraph(),
                d.decidedOn(), d.caseNumber(), title, text, category, yes, no, abstain, reservations, d.proposalId(), d.proposalTitle(),
                d.proposalPath(), budget, gender, health, child));
        if (!earlierBefore.equals(earlierAfter)) {
            decisions.unlinkAll(decisionId);
            for (Long e : earlier) {
                decisions.link(decisionId, e);
            }
        }
        audit.record("decisions.decision.edited", "decisions_decision", decisionId,
                "Corrected " + String.join(", ", changes.names()) + " of " + d.bodySlug() + " " + d.reference(), changes.before(), changes.after());
        return true;
    }

    private static String votes(Integer yes, Integer no, Integer abstain) {
        return yes == null ? null : yes + "-" + no + "-" + (abstain == null ? 0 : abstain);
    }
}
