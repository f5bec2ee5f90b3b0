package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;
import se.bygdeportalen.proposals.DecisionOnProposalRecorded;
import se.bygdeportalen.proposals.DecisionReference;
import se.bygdeportalen.proposals.ProposalReference;
import se.bygdeportalen.proposals.Proposals;

/**
 * A registrar records a decision of a held meeting, with its vote, reservations, links and the
 * three impact assessments. The paragraph number (§ n/year) is the body's next for the year.
 * A decision that answers a citizen proposal is announced with {@link DecisionOnProposalRecorded},
 * which the proposals module handles in its own transaction.
 */
@Component
public class RecordDecision {

    /** An earlier decision: "12/2026" (same body) or "kommunstyrelsen 12/2026", several separated by commas. */
    private static final Pattern REFERENCE =
            Pattern.compile("(?:([a-z0-9-]{2,60})\\s+)?§?\\s*(\\d{1,5})\\s*/\\s*(\\d{4})");

    /**
     * @param agendaItemId the item of the meeting the decision is taken on, or null
     * @param proposalId   the citizen proposal it answers, or null (then the item's proposal, if any)
     * @param today        the day the decision is recorded (Europe/Stockholm)
     */
    public record Command(
            long meetingId,
            @Nullable Long agendaItemId,
            @Nullable Long proposalId,
            DecisionContent content,
            LocalDate today) {}

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final BodyAccess access;
    private final Proposals proposals;
    private final MeetingTexts texts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RecordDecision(
            MeetingRepository meetings,
            DecisionRepository decisions,
            BodyAccess access,
            Proposals proposals,
            MeetingTexts texts,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.access = access;
        this.proposals = proposals;
        this.texts = texts;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Result recordDecision(Command command, Actor actor) {
        long meetingId = command.meetingId();
        Meeting meeting = meetings.findForUpdate(meetingId).orElseThrow(Problem::notFound);
        access.check(actor, meeting.bodyId());
        MeetingState.requireOpen(meeting, "decisions.meeting.closed");
        if (meeting.date().isAfter(command.today())) {
            throw MeetingState.conflict(meeting, "decisions.decision.notHeldYet");
        }
        Violations violations = new Violations();
        AgendaItem item = null;
        if (command.agendaItemId() != null) {
            item = meetings.agenda(meetingId).stream()
                    .filter(i -> i.id() == command.agendaItemId())
                    .findFirst()
                    .orElse(null);
            if (item == null) {
                violations.reject("agendaItemId", "NotNull");
            }
        }
        DecisionContent content = command.content();
        content.checkRequired(violations);
        DecisionContent.Checked checked = content.check(violations);
        ProposalReference proposal = AddAgendaItem.proposal(command.proposalId(), proposals, violations);
        if (proposal == null && command.proposalId() == null && item != null && item.proposalId() != null) {
            proposal = proposals.byId(item.proposalId()).orElse(null);
        }
        Long proposalId = proposal == null ? null : proposal.id();
        Set<Long> earlier = earlier(content.earlierDecisions(), meeting.bodySlug(), violations);
        TranslatableText title = content.title();
        TranslatableText text = content.text();
        Category category = content.category();
        if (violations.any() || title == null || text == null || category == null) { // checkRequired rejects each
            return violations.invalid();
        }
        int year = meeting.date().getYear();
        int paragraph = decisions.nextParagraph(meeting.bodyId(), year);
        String caseNumber = item == null ? null : item.caseNumber();
        Decision decision = new Decision(
                0,
                meetingId,
                item == null ? null : item.id(),
                meeting.bodyId(),
                meeting.bodySlug(),
                year,
                paragraph,
                meeting.date(),
                caseNumber,
                title,
                text,
                category,
                content.votesYes(),
                content.votesNo(),
                content.votesAbstain(),
                checked.reservations(),
                proposalId,
                proposal == null ? null : proposal.title(),
                proposal == null ? null : proposal.path(),
                checked.budgetReference(),
                checked.gender(),
                checked.health(),
                checked.child());
        long id = decisions.insert(decision);
        for (Long e : earlier) {
            decisions.link(id, e);
        }
        if (proposalId != null) {
            events.publishEvent(new DecisionOnProposalRecorded(proposalId, reference(decision, id)));
        }
        Map<String, @Nullable Object> after = new LinkedHashMap<>();
        after.put("meetingId", meetingId);
        after.put("reference", meeting.bodySlug() + " § " + paragraph + "/" + year);
        after.put("title", title.toJson());
        after.put("category", category.name());
        after.put(
                "votes",
                content.votesYes() == null
                        ? null
                        : content.votesYes() + "-" + content.votesNo() + "-"
                                + (content.votesAbstain() == null ? 0 : content.votesAbstain()));
        after.put("proposalId", proposalId);
        after.put("earlierDecisions", List.copyOf(earlier));
        after.put("gender", checked.gender().status().name());
        after.put("health", checked.health().status().name());
        after.put("child", checked.child().status().name());
        audit.recordCreate(
                actor,
                DecisionsAudit.DECISION_RECORDED,
                "decisions_decision",
                id,
                "Recorded " + meeting.bodySlug() + " § " + paragraph + "/" + year,
                after);
        return Result.saved(id);
    }

    /** The decision as the proposals module shows it on the proposal's page (in Swedish, the language of record). */
    DecisionReference reference(Decision d, long id) {
        return new DecisionReference(
                id,
                d.title().swedish(),
                texts.bodyName(d.bodySlug()).swedish(),
                d.decidedOn(),
                "/beslut/" + id,
                d.body().swedish());
    }

    /** The ids of the earlier decisions typed; the ones that do not exist are a field error naming them. */
    Set<Long> earlier(@Nullable String raw, String ownBody, Violations violations) {
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
            decisions
                    .idOf(body, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)))
                    .ifPresentOrElse(ids::add, () -> unknown.add(part.strip()));
        }
        if (!unknown.isEmpty()) {
            violations.reject("earlierDecisions", "decisions.decision.earlier.unknown", String.join(", ", unknown));
        }
        return ids;
    }
}
