package se.bygdeportalen.decisions.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;
import se.bygdeportalen.proposals.DecisionOnProposalRecorded;

/**
 * A registrar corrects a recorded decision: title, text, category, vote, reservations, earlier
 * decisions, budget reference and the three assessments, with the same checks as recording it.
 * The paragraph, agenda item and answered proposal stay. Not once the minutes are approved. A
 * corrected decision that answers a proposal is announced again, so the proposal shows what was decided.
 */
@Component
public class EditDecision {

    public record Command(long meetingId, long decisionId, DecisionContent content) {}

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final EditableRecords editable;
    private final RecordDecision record;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    EditDecision(
            MeetingRepository meetings,
            DecisionRepository decisions,
            EditableRecords editable,
            RecordDecision record,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.editable = editable;
        this.record = record;
        this.audit = audit;
        this.events = events;
    }

    /** The earlier decisions as the form shows them: "12/2026" for the same body, "slug 12/2026" for others. */
    public String earlierText(Decision decision) {
        return decisions.earlier(decision.id()).stream()
                .map(e -> (e.bodySlug().equals(decision.bodySlug()) ? "" : e.bodySlug() + " ") + e.paragraph() + "/"
                        + e.year())
                .collect(Collectors.joining(", "));
    }

    @Transactional
    public Result editDecision(Command command, Actor actor) {
        long decisionId = command.decisionId();
        Meeting meeting = meetings.findForUpdate(command.meetingId()).orElseThrow(Problem::notFound);
        Decision d = editable.decision(meeting, decisionId, actor);
        DecisionContent content = command.content();
        Violations violations = new Violations();
        content.checkRequired(violations);
        DecisionContent.Checked checked = content.check(violations);
        Set<Long> earlier = record.earlier(content.earlierDecisions(), meeting.bodySlug(), violations);
        if (earlier.contains(decisionId)) {
            violations.reject("earlierDecisions", "decisions.decision.earlier.self");
        }
        TranslatableText title = content.title();
        TranslatableText text = content.text();
        Category category = content.category();
        if (violations.any() || title == null || text == null || category == null) { // checkRequired rejects each
            return violations.invalid();
        }
        List<Long> earlierBefore = decisions.earlier(decisionId).stream()
                .map(Decision::id)
                .sorted()
                .toList();
        List<Long> earlierAfter = earlier.stream().sorted().toList();
        Changes changes = new Changes()
                .field("title", d.title().toJson(), title.toJson())
                .field("text", d.body().toJson(), text.toJson())
                .field("category", d.category(), category)
                .field(
                        "votes",
                        votes(d.votesYes(), d.votesNo(), d.votesAbstain()),
                        votes(content.votesYes(), content.votesNo(), content.votesAbstain()))
                .field("reservations", d.reservations(), checked.reservations())
                .field("budgetReference", d.budgetReference(), checked.budgetReference())
                .field("earlierDecisions", earlierBefore, earlierAfter)
                .field("gender", d.gender(), checked.gender())
                .field("health", d.health(), checked.health())
                .field("child", d.child(), checked.child());
        if (!changes.any()) {
            return Result.saved(decisionId);
        }
        Decision corrected = new Decision(
                decisionId,
                d.meetingId(),
                d.agendaItemId(),
                d.bodyId(),
                d.bodySlug(),
                d.year(),
                d.paragraph(),
                d.decidedOn(),
                d.caseNumber(),
                title,
                text,
                category,
                content.votesYes(),
                content.votesNo(),
                content.votesAbstain(),
                checked.reservations(),
                d.proposalId(),
                d.proposalTitle(),
                d.proposalPath(),
                checked.budgetReference(),
                checked.gender(),
                checked.health(),
                checked.child());
        decisions.update(corrected);
        if (!earlierBefore.equals(earlierAfter)) {
            decisions.unlinkAll(decisionId);
            for (Long e : earlier) {
                decisions.link(decisionId, e);
            }
        }
        if (d.proposalId() != null) {
            events.publishEvent(
                    new DecisionOnProposalRecorded(d.proposalId(), record.reference(corrected, decisionId)));
        }
        audit.record(
                actor,
                DecisionsAudit.DECISION_EDITED,
                "decisions_decision",
                decisionId,
                "Corrected " + String.join(", ", changes.names()) + " of " + d.bodySlug() + " " + d.reference(),
                changes.before(),
                changes.after());
        return Result.saved(decisionId);
    }

    private static @Nullable String votes(@Nullable Integer yes, @Nullable Integer no, @Nullable Integer abstain) {
        return yes == null ? null : yes + "-" + no + "-" + (abstain == null ? 0 : abstain);
    }
}
