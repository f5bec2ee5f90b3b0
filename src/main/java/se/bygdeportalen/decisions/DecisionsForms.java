package se.bygdeportalen.decisions;

import java.util.List;
import java.util.Map;

/** The registrars' forms, bound as text (ADR 0002); the use cases read typed values. */
public final class DecisionsForms {

    private DecisionsForms() {
    }

    /** The registrar's conscious override of a time-limit warning: the checkbox and the reason. */
    public interface Overridable {
        String override();

        String overrideReason();
    }

    public record MeetingForm(String body, String date, String startsAt, String endsAt, String place, String onlineLink,
                       String override, String overrideReason) implements Overridable {
        static final List<String> FIELDS = List.of("body", "date", "startsAt", "endsAt", "place", "onlineLink", "overrideReason");

        static MeetingForm empty() {
            return new MeetingForm(null, null, "18:00", "21:00", null, null, null, null);
        }
    }

    /** Corrections of a planned meeting's details; the body stays. */
    public record MeetingEditForm(String date, String startsAt, String endsAt, String place, String onlineLink,
                                  String override, String overrideReason) implements Overridable {
        static final List<String> FIELDS = List.of("date", "startsAt", "endsAt", "place", "onlineLink", "overrideReason");

        static MeetingEditForm of(Meeting m) {
            return new MeetingEditForm(m.date().toString(), m.startsAt().toString(), m.endsAt().toString(), m.place(), m.onlineLink(), null, null);
        }
    }

    /** Corrections of an agenda item: its case number and title. */
    public record AgendaItemEditForm(String caseNumber, Map<String, String> title) {
        static final List<String> FIELDS = List.of("caseNumber", "title[sv]", "title[fi]", "title[fit]", "title[en]");
    }

    public record NoticeForm(String override, String overrideReason) implements Overridable {
        static final List<String> FIELDS = List.of("overrideReason");
    }

    public record CancelForm(String reason) {
        static final List<String> FIELDS = List.of("reason");
    }

    public record AgendaItemForm(String caseNumber, Map<String, String> title, String proposalId) {
        static final List<String> FIELDS = List.of("caseNumber", "title[sv]", "title[fi]", "title[fit]", "title[en]", "proposalId");
    }

    public record DocumentForm(String title, String agendaItemId) {
        static final List<String> FIELDS = List.of("title", "agendaItemId", "file");
    }

    public record DecisionForm(String agendaItemId, Map<String, String> title, Map<String, String> text, String category,
                        String votesYes, String votesNo, String votesAbstain, String reservations, String proposalId,
                        String earlierDecisions, String budgetReference,
                        String genderStatus, String genderText, String genderAffects, String genderStatistics,
                        String genderConsequences, String genderMeasures,
                        String healthStatus, String healthText, String childStatus, String childText) {
        static final List<String> FIELDS = List.of("agendaItemId", "title[sv]", "title[fi]", "title[fit]", "title[en]", "text[sv]",
                "text[fi]", "text[fit]", "text[en]", "category", "votesYes", "votesNo", "votesAbstain", "reservations", "proposalId",
                "earlierDecisions", "budgetReference", "genderStatus", "genderText", "genderAffects", "genderStatistics",
                "genderConsequences", "genderMeasures", "healthStatus", "healthText", "childStatus", "childText");

        /** The form pre-filled with a recorded decision, for corrections. */
        static DecisionForm of(Decision d, String earlierDecisions) {
            Assessment.Checklist c = d.gender().checklist();
            return new DecisionForm(d.agendaItemId() == null ? null : String.valueOf(d.agendaItemId()), se.bygdeportalen.platform.web.TranslatableInput.values(d.title()), se.bygdeportalen.platform.web.TranslatableInput.values(d.body()),
                    d.category().name(), str(d.votesYes()), str(d.votesNo()), str(d.votesAbstain()), d.reservations(),
                    d.proposalId() == null ? null : String.valueOf(d.proposalId()), earlierDecisions, d.budgetReference(),
                    d.gender().status().name(), d.gender().text(), c == null ? null : str(c.affects()), c == null ? null : str(c.statistics()),
                    c == null ? null : str(c.consequences()), c == null ? null : str(c.measures()),
                    d.health().status().name(), d.health().text(), d.child().status().name(), d.child().text());
        }

        private static String str(Object o) {
            return o == null ? null : o.toString();
        }

        static DecisionForm empty() {
            return new DecisionForm(null, null, null, null, null, null, null, null, null, null, null,
                    "MISSING", null, null, null, null, null, "MISSING", null, "MISSING", null);
        }
    }

    public record ApprovalForm(String approvedOn, List<String> approverMembers, String approverNames, String override,
                        String overrideReason) implements Overridable {
        static final List<String> FIELDS = List.of("approvedOn", "approverMembers", "approverNames", "overrideReason");
    }

    public record MinutesForm(String unused) {
        static final List<String> FIELDS = List.of("file");
    }
}
