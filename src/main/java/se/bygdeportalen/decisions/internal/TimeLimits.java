package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Warning;

/**
 * A broken time limit stops the change with warnings ({@link Result.NeedsConfirmation}) until the
 * registrar ticks "I have read the warning and continue" and gives a reason; the override is then
 * kept with the meeting and audited in the transaction of the change.
 */
@Component
public class TimeLimits {

    public static final int MAX_REASON = 2000;

    private final MeetingRepository meetings;
    private final AuditLog audit;
    private final DecisionsProperties settings;

    TimeLimits(MeetingRepository meetings, AuditLog audit, DecisionsProperties settings) {
        this.meetings = meetings;
        this.audit = audit;
        this.settings = settings;
    }

    /**
     * Null when the change may go ahead (no rule broken, or a valid override); otherwise what the use
     * case returns: the warnings to confirm, or a missing or too long reason at {@code overrideReason}.
     *
     * @param approvedOn the approval date for the minutes' rules, else null
     * @param today      the day of the change, for the days left until the meeting
     */
    @Nullable
    Result stop(
            List<Rule> broken,
            @Nullable WarningOverride override,
            LocalDate meetingDate,
            @Nullable LocalDate approvedOn,
            LocalDate today) {
        if (broken.isEmpty()) {
            return null;
        }
        if (override == null || !override.confirmed()) {
            long days = ChronoUnit.DAYS.between(today, meetingDate);
            return Result.confirm(broken.stream()
                    .map(rule -> new Warning(
                            rule.name(),
                            rule.messageKey(),
                            List.of(
                                    Rule.deadline(rule, meetingDate, approvedOn == null ? today : approvedOn, settings),
                                    days,
                                    settings.committeeNoticeDays())))
                    .toList());
        }
        String reason = override.reason() == null ? "" : override.reason().strip();
        if (reason.isEmpty()) {
            return Result.invalid("overrideReason", "decisions.override.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            return Result.invalid("overrideReason", "decisions.override.reasonTooLong", MAX_REASON);
        }
        return null;
    }

    /** Keeps and audits the overrides of a change that has just been saved. */
    void record(Actor actor, long meetingId, List<Rule> broken, @Nullable WarningOverride override, String what) {
        if (broken.isEmpty()) {
            return;
        }
        String given = override == null ? null : override.reason();
        String reason = Objects.requireNonNull(given, "stop() lets broken rules through only with a reason")
                .strip();
        for (Rule rule : broken) {
            meetings.addOverride(meetingId, rule, reason, actor instanceof Actor.Staff staff ? staff.id() : null);
            Map<String, @Nullable Object> after = new LinkedHashMap<>();
            after.put("rule", rule.name());
            after.put("reason", reason);
            after.put("change", what);
            audit.recordCreate(
                    actor,
                    DecisionsAudit.RULE_OVERRIDDEN,
                    "decisions_meeting",
                    meetingId,
                    "Went on despite the time-limit warning " + rule.name() + " (" + what + ")",
                    after);
        }
    }
}
