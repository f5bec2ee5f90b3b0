package se.bygdeportalen.decisions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.Category;
import se.bygdeportalen.decisions.internal.Decision;
import se.bygdeportalen.decisions.internal.DecisionContent;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingDetails;
import se.bygdeportalen.decisions.internal.TimeLimits;
import se.bygdeportalen.decisions.internal.WarningOverride;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.validation.IsoDate;
import se.bygdeportalen.platform.validation.IsoTime;
import se.bygdeportalen.platform.validation.OneOf;
import se.bygdeportalen.platform.validation.Parse;
import se.bygdeportalen.platform.validation.SingleLine;
import se.bygdeportalen.platform.validation.WholeNumber;
import se.bygdeportalen.platform.web.TranslatableInput;

/**
 * The registrars' forms, bound as text so nothing typed is lost and checked with Bean Validation
 * (ADR 0012); the controllers turn them into the use cases' typed commands.
 */
public final class DecisionsForms {

    private DecisionsForms() {}

    /** The registrar's conscious override of a time-limit warning: the checkbox and the reason. */
    public interface Overridable {
        @Nullable
        String override();

        @Nullable
        String overrideReason();

        default WarningOverride warningOverride() {
            return new WarningOverride(Parse.yes(override()), overrideReason());
        }
    }

    public record MeetingForm(
            @NotBlank @SingleLine @Size(max = 100) @Nullable String body,
            @NotBlank @IsoDate @Nullable String date,
            @NotBlank @IsoTime @Nullable String startsAt,
            @NotBlank @IsoTime @Nullable String endsAt,

            @NotBlank @SingleLine @Size(max = MeetingDetails.MAX_PLACE) @Nullable
            String place,

            @SingleLine @Nullable String onlineLink,
            @Nullable String override,
            @Size(max = TimeLimits.MAX_REASON) @Nullable String overrideReason)
            implements Overridable {
        static final List<String> FIELDS =
                List.of("body", "date", "startsAt", "endsAt", "place", "onlineLink", "overrideReason");

        static MeetingForm empty() {
            return new MeetingForm(null, null, "18:00", "21:00", null, null, null, null);
        }

        MeetingDetails details() {
            return new MeetingDetails(Parse.date(date), Parse.time(startsAt), Parse.time(endsAt), place, onlineLink);
        }
    }

    /** Corrections of a planned meeting's details; the body stays. */
    public record MeetingEditForm(
            @NotBlank @IsoDate @Nullable String date,
            @NotBlank @IsoTime @Nullable String startsAt,
            @NotBlank @IsoTime @Nullable String endsAt,

            @NotBlank @SingleLine @Size(max = MeetingDetails.MAX_PLACE) @Nullable
            String place,

            @SingleLine @Nullable String onlineLink,
            @Nullable String override,
            @Size(max = TimeLimits.MAX_REASON) @Nullable String overrideReason)
            implements Overridable {
        static final List<String> FIELDS =
                List.of("date", "startsAt", "endsAt", "place", "onlineLink", "overrideReason");

        static MeetingEditForm of(Meeting m) {
            return new MeetingEditForm(
                    m.date().toString(),
                    m.startsAt().toString(),
                    m.endsAt().toString(),
                    m.place(),
                    m.onlineLink(),
                    null,
                    null);
        }

        MeetingDetails details() {
            return new MeetingDetails(Parse.date(date), Parse.time(startsAt), Parse.time(endsAt), place, onlineLink);
        }
    }

    /** Corrections of an agenda item: its case number and title. */
    public record AgendaItemEditForm(
            @SingleLine @Size(max = 40) @Nullable String caseNumber,
            @Nullable Map<String, String> title) {
        static final List<String> FIELDS = List.of("caseNumber", "title[sv]", "title[fi]", "title[fit]", "title[en]");
    }

    public record NoticeForm(
            @Nullable String override,
            @Size(max = TimeLimits.MAX_REASON) @Nullable String overrideReason) implements Overridable {
        static final List<String> FIELDS = List.of("overrideReason");
    }

    public record CancelForm(
            @NotBlank @Size(max = 500) @Nullable String reason) {
        static final List<String> FIELDS = List.of("reason");
    }

    public record AgendaItemForm(
            @SingleLine @Size(max = 40) @Nullable String caseNumber,
            @Nullable Map<String, String> title,
            @WholeNumber(min = 1) @Nullable String proposalId) {
        static final List<String> FIELDS =
                List.of("caseNumber", "title[sv]", "title[fi]", "title[fit]", "title[en]", "proposalId");
    }

    public record DocumentForm(
            @NotBlank @SingleLine @Size(max = 200) @Nullable String title,
            @WholeNumber(min = 1) @Nullable String agendaItemId) {
        static final List<String> FIELDS = List.of("title", "agendaItemId", "file");
    }

    public record DecisionForm(
            @WholeNumber(min = 1) @Nullable String agendaItemId,
            @Nullable Map<String, String> title,
            @Nullable Map<String, String> text,
            @NotBlank @OneOf(Category.class) @Nullable String category,

            @WholeNumber(max = DecisionContent.MAX_VOTES) @Nullable
            String votesYes,

            @WholeNumber(max = DecisionContent.MAX_VOTES) @Nullable
            String votesNo,

            @WholeNumber(max = DecisionContent.MAX_VOTES) @Nullable
            String votesAbstain,

            @Size(max = DecisionContent.MAX_RESERVATIONS) @Nullable
            String reservations,

            @WholeNumber(min = 1) @Nullable String proposalId,
            @Size(max = 2000) @Nullable String earlierDecisions,

            @SingleLine @Size(max = DecisionContent.MAX_BUDGET) @Nullable
            String budgetReference,

            @NotBlank @OneOf(Assessment.Status.class) @Nullable
            String genderStatus,

            @Size(max = DecisionContent.MAX_ASSESSMENT) @Nullable
            String genderText,

            @Nullable String genderAffects,
            @Nullable String genderStatistics,
            @Nullable String genderConsequences,
            @Nullable String genderMeasures,

            @NotBlank @OneOf(Assessment.Status.class) @Nullable
            String healthStatus,

            @Size(max = DecisionContent.MAX_ASSESSMENT) @Nullable
            String healthText,

            @NotBlank @OneOf(Assessment.Status.class) @Nullable
            String childStatus,

            @Size(max = DecisionContent.MAX_ASSESSMENT) @Nullable
            String childText) {
        static final List<String> FIELDS = List.of(
                "agendaItemId",
                "title[sv]",
                "title[fi]",
                "title[fit]",
                "title[en]",
                "text[sv]",
                "text[fi]",
                "text[fit]",
                "text[en]",
                "category",
                "votesYes",
                "votesNo",
                "votesAbstain",
                "reservations",
                "proposalId",
                "earlierDecisions",
                "budgetReference",
                "genderStatus",
                "genderText",
                "genderAffects",
                "genderStatistics",
                "genderConsequences",
                "genderMeasures",
                "healthStatus",
                "healthText",
                "childStatus",
                "childText");

        /** The form pre-filled with a recorded decision, for corrections. */
        static DecisionForm of(Decision d, String earlierDecisions) {
            Assessment.Checklist c = d.gender().checklist();
            return new DecisionForm(
                    d.agendaItemId() == null ? null : String.valueOf(d.agendaItemId()),
                    TranslatableInput.values(d.title()),
                    TranslatableInput.values(d.body()),
                    d.category().name(),
                    str(d.votesYes()),
                    str(d.votesNo()),
                    str(d.votesAbstain()),
                    d.reservations(),
                    d.proposalId() == null ? null : String.valueOf(d.proposalId()),
                    earlierDecisions,
                    d.budgetReference(),
                    d.gender().status().name(),
                    d.gender().text(),
                    c == null ? null : str(c.affects()),
                    c == null ? null : str(c.statistics()),
                    c == null ? null : str(c.consequences()),
                    c == null ? null : str(c.measures()),
                    d.health().status().name(),
                    d.health().text(),
                    d.child().status().name(),
                    d.child().text());
        }

        private static @Nullable String str(@Nullable Object o) {
            return o == null ? null : o.toString();
        }

        static DecisionForm empty() {
            return forItem(null);
        }

        static DecisionForm forItem(@Nullable String agendaItemId) {
            return new DecisionForm(
                    agendaItemId,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "MISSING",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "MISSING",
                    null,
                    "MISSING",
                    null);
        }

        /**
         * What was written, read leniently: a value its constraint refused is left out (its error is
         * already at the field), so the checks between fields can still run on the rest.
         */
        DecisionContent content(@Nullable TranslatableText titleText, @Nullable TranslatableText bodyText) {
            return new DecisionContent(
                    titleText,
                    bodyText,
                    choice(Category.class, category),
                    whole(votesYes),
                    whole(votesNo),
                    whole(votesAbstain),
                    reservations,
                    earlierDecisions,
                    budgetReference,
                    assessment(
                            choice(Assessment.Status.class, genderStatus),
                            genderText,
                            new Assessment.Checklist(
                                    answer(genderAffects),
                                    answer(genderStatistics),
                                    answer(genderConsequences),
                                    answer(genderMeasures))),
                    assessment(choice(Assessment.Status.class, healthStatus), healthText, null),
                    assessment(choice(Assessment.Status.class, childStatus), childText, null));
        }

        /** None without a status: {@link DecisionContent#check} reports that at the status field. */
        private static @Nullable Assessment assessment(
                Assessment.@Nullable Status status, @Nullable String text, Assessment.@Nullable Checklist checklist) {
            return status == null ? null : new Assessment(status, text, checklist);
        }

        private static @Nullable Integer whole(@Nullable String raw) {
            try {
                return Parse.wholeInt(raw);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String raw) {
            try {
                return Parse.choice(type, raw);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** A yes/no radio: null when not answered. */
        private static @Nullable Boolean answer(@Nullable String raw) {
            return "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : null;
        }
    }

    public record ApprovalForm(
            @NotBlank @IsoDate @Nullable String approvedOn,
            @Nullable List<String> approverMembers,
            @Size(max = 2000) @Nullable String approverNames,
            @Nullable String override,
            @Size(max = TimeLimits.MAX_REASON) @Nullable String overrideReason)
            implements Overridable {
        static final List<String> FIELDS = List.of("approvedOn", "approverMembers", "approverNames", "overrideReason");
    }

    public record MinutesForm(@Nullable String unused) {
        static final List<String> FIELDS = List.of("file");
    }
}
