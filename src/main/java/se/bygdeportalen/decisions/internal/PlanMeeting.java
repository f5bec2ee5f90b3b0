package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/**
 * A registrar plans a meeting of a body. A council meeting planned less than a week ahead cannot
 * be announced in time (nor a committee meeting less than five days ahead), so the registrar is warned before it is saved.
 */
@Component
public class PlanMeeting {

    /**
     * @param today the day the meeting is planned (Europe/Stockholm): today for a registrar; the demo data plans earlier meetings on earlier days
     */
    public record Command(
            @Nullable String bodySlug,
            MeetingDetails details,
            @Nullable WarningOverride override,
            LocalDate today) {}

    private final Organisation organisation;
    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final TimeLimits limits;
    private final AuditLog audit;
    private final DecisionsProperties settings;

    PlanMeeting(
            Organisation organisation,
            MeetingRepository meetings,
            BodyAccess access,
            TimeLimits limits,
            AuditLog audit,
            DecisionsProperties settings) {
        this.organisation = organisation;
        this.meetings = meetings;
        this.access = access;
        this.limits = limits;
        this.audit = audit;
        this.settings = settings;
    }

    @Transactional
    public Result planMeeting(Command command, Actor actor) {
        Violations violations = new Violations();
        Body body = command.bodySlug() == null
                ? null
                : organisation.body(command.bodySlug().strip()).orElse(null);
        if (body == null) {
            violations.reject("body", "NotNull");
        } else {
            access.check(actor, body.id());
        }
        MeetingDetails.Complete d = command.details().check(violations);
        if (violations.any() || body == null || d == null) { // a missing body or detail is a violation above
            return violations.invalid();
        }
        meetings.lockBody(body.id());
        if (meetings.overlaps(body.id(), d.date(), d.startsAt(), d.endsAt(), null)) {
            return Result.invalid("startsAt", "decisions.meeting.overlaps");
        }
        // Planned today, the notice can be posted today at the earliest.
        List<Rule> broken = Rule.forNotice(body.kind() == Body.Kind.COUNCIL, d.date(), command.today(), settings);
        Result stop = limits.stop(broken, command.override(), d.date(), null, command.today());
        if (stop != null) {
            return stop;
        }
        long id = meetings.insert(
                body.id(),
                body.slug(),
                body.kind().name(),
                d.date(),
                d.startsAt(),
                d.endsAt(),
                d.place(),
                d.onlineLink());
        Map<String, @Nullable Object> after = new LinkedHashMap<>();
        after.put("body", body.slug());
        after.put("date", d.date().toString());
        after.put("startsAt", d.startsAt().toString());
        after.put("endsAt", d.endsAt().toString());
        after.put("place", d.place());
        after.put("onlineLink", d.onlineLink());
        audit.recordCreate(
                actor,
                DecisionsAudit.MEETING_PLANNED,
                "decisions_meeting",
                id,
                "Planned a meeting of " + body.slug() + " on " + d.date(),
                after);
        limits.record(actor, id, broken, command.override(), "planned");
        return Result.saved(id);
    }
}
