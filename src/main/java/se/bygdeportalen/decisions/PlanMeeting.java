package se.bygdeportalen.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.web.FormValues;

/**
 * A registrar plans a meeting of a body. A council meeting planned less than a week ahead cannot
 * be announced in time (nor a committee meeting less than five days ahead), so the registrar is warned before it is saved.
 */
@Component
class PlanMeeting {

    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    private final Organisation organisation;
    private final MeetingRepository meetings;
    private final BodyAccess access;
    private final Overrides overrides;
    private final AuditLog audit;
    private final Clock clock;
    private final DecisionsProperties settings;

    PlanMeeting(Organisation organisation, MeetingRepository meetings, BodyAccess access, Overrides overrides, AuditLog audit, Clock clock,
                DecisionsProperties settings) {
        this.organisation = organisation;
        this.meetings = meetings;
        this.access = access;
        this.overrides = overrides;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional
    Outcome plan(DecisionsForms.MeetingForm form, Errors errors) {
        return plan(form, LocalDate.now(clock.withZone(DateFormats.ZONE)), errors);
    }

    /** @param today the day the meeting is planned (Europe/Stockholm); the demo data plans earlier meetings on earlier days */
    @Transactional
    Outcome plan(DecisionsForms.MeetingForm form, LocalDate today, Errors errors) {
        Body body = form.body() == null ? null : organisation.body(form.body().strip()).orElse(null);
        if (body == null) {
            errors.rejectValue("body", "NotNull");
        } else {
            access.check(body.id());
        }
        Details details = details(form.date(), form.startsAt(), form.endsAt(), form.place(), form.onlineLink(), errors);
        LocalDate date = details.date();
        LocalTime start = details.start();
        LocalTime end = details.end();
        String place = details.place();
        String link = details.link();
        if (errors.hasErrors()) {
            return Outcome.invalid();
        }
        meetings.lockBody(body.id());
        if (meetings.overlaps(body.id(), date, start, end, null)) {
            errors.rejectValue("startsAt", "decisions.meeting.overlaps");
            return Outcome.invalid();
        }
        // Planned today, the notice can be posted today at the earliest.
        List<Rule> broken = Rule.forNotice(body.kind() == Body.Kind.COUNCIL, date, today, settings);
        if (!Overrides.mayProceed(broken, form, errors)) {
            return errors.hasErrors() ? Outcome.invalid() : Outcome.confirm(broken);
        }
        long id = meetings.insert(body.id(), body.slug(), body.kind().name(), date, start, end, place, link);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("body", body.slug());
        after.put("date", date.toString());
        after.put("startsAt", start.toString());
        after.put("endsAt", end.toString());
        after.put("place", place);
        after.put("onlineLink", link);
        audit.recordCreate("decisions.meeting.planned", "decisions_meeting", id, "Planned a meeting of " + body.slug() + " on " + date, after);
        overrides.record(id, broken, form, "planned");
        return Outcome.saved(id);
    }

    /** A meeting's date, times, place and online link as planning and editing both read them. */
    record Details(LocalDate date, LocalTime start, LocalTime end, String place, String link) {
    }

    /** Reads and checks the details; problems become field errors in form order. */
    static Details details(String dateText, String startText, String endText, String placeText, String linkText, Errors errors) {
        LocalDate date = FormValues.date(dateText, "date", true, errors);
        LocalTime start = time(startText, "startsAt", errors);
        LocalTime end = time(endText, "endsAt", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("endsAt", "decisions.meeting.endsAt.beforeStart");
        }
        String place = placeText == null ? "" : placeText.strip();
        if (place.isEmpty()) {
            errors.rejectValue("place", "NotBlank");
        } else if (place.length() > 200) {
            errors.rejectValue("place", "decisions.tooLong", new Object[]{200}, null);
        }
        String link = linkText == null || linkText.isBlank() ? null : linkText.strip();
        if (link != null && (!link.startsWith("https://") || link.length() > 500 || link.contains(" "))) {
            errors.rejectValue("onlineLink", "decisions.meeting.onlineLink.https");
        }
        return new Details(date, start, end, place, link);
    }

    static LocalTime time(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "NotNull");
            return null;
        }
        String text = value.strip();
        try {
            if (TIME.matcher(text).matches()) {
                return LocalTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        errors.rejectValue(field, "decisions.time.invalid");
        return null;
    }
}
