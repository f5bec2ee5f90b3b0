package se.bygdeportalen.decisions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.web.FormValues;

/**
 * A broken time limit stops the change until the registrar ticks "I have read the warning and
 * continue" and gives a reason; the override is then kept with the meeting and audited.
 */
@Component
class Overrides {

    static final int MAX_REASON = 2000;

    private final MeetingRepository meetings;
    private final AuditLog audit;

    Overrides(MeetingRepository meetings, AuditLog audit) {
        this.meetings = meetings;
        this.audit = audit;
    }

    /** True when the change may go ahead: no rule broken, or a valid override. Adds a field error for a missing reason. */
    static boolean mayProceed(List<Rule> broken, DecisionsForms.Overridable form, Errors errors) {
        if (broken.isEmpty()) {
            return true;
        }
        if (!FormValues.yes(form.override())) {
            return false;
        }
        String reason = form.overrideReason() == null ? "" : form.overrideReason().strip();
        if (reason.isEmpty()) {
            errors.rejectValue("overrideReason", "decisions.override.reasonRequired");
            return false;
        }
        if (reason.length() > MAX_REASON) {
            errors.rejectValue("overrideReason", "decisions.override.reasonTooLong", new Object[]{MAX_REASON}, null);
            return false;
        }
        return true;
    }

    /** Keeps and audits the overrides of a change that has just been saved. */
    void record(long meetingId, List<Rule> broken, DecisionsForms.Overridable form, String what) {
        for (Rule rule : broken) {
            String reason = form.overrideReason().strip();
            Long staffId = CurrentUser.get().filter(PortalUser::isStaff).map(PortalUser::id).orElse(null);
            meetings.addOverride(meetingId, rule, reason, staffId);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("rule", rule.name());
            after.put("reason", reason);
            after.put("change", what);
            audit.recordCreate("decisions.rule.overridden", "decisions_meeting", meetingId,
                    "Went on despite the time-limit warning " + rule.name() + " (" + what + ")", after);
        }
    }
}
