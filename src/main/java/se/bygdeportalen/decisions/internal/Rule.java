package se.bygdeportalen.decisions.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The Local Government Act's time limits (kommunallagen 2017:725) the registrar is warned about.
 * Breaking one is allowed only as a conscious, audited override with a reason, because a
 * decision of a meeting that was not announced in time can be set aside on appeal.
 */
public enum Rule {
    /** KL 5 kap. 53 §: the council's meeting is announced on the notice board at least one week before. */
    COUNCIL_NOTICE_WEEK,
    /** The bodies' rules (reglemente): a committee's or working group's notice goes out at least five days before. */
    COMMITTEE_NOTICE_DAYS,
    /** KL 5 kap. 69 § (and the bodies' rules): the minutes are approved within 14 days of the meeting. */
    MINUTES_APPROVED_14_DAYS,
    /** KL 8 kap. 12 §: the approval is posted on the notice board within two days of it. */
    APPROVAL_POSTED_2_DAYS;

    static final int APPROVAL_DAYS = 14;
    static final int POSTING_DAYS = 2;

    public String messageKey() {
        return "decisions.rule." + name();
    }

    /** A meeting announced on {@code postedOn} breaks its body's notice rule when fewer than the configured days remain. */
    public static List<Rule> forNotice(Meeting meeting, LocalDate postedOn, DecisionsProperties settings) {
        return forNotice(meeting.isCouncil(), meeting.date(), postedOn, settings);
    }

    public static List<Rule> forNotice(
            boolean council, LocalDate meetingDate, LocalDate postedOn, DecisionsProperties settings) {
        if (ChronoUnit.DAYS.between(postedOn, meetingDate) < settings.noticeDays(council)) {
            return List.of(council ? COUNCIL_NOTICE_WEEK : COMMITTEE_NOTICE_DAYS);
        }
        return List.of();
    }

    public static List<Rule> forApproval(LocalDate meetingDate, LocalDate approvedOn, LocalDate postedOn) {
        List<Rule> broken = new ArrayList<>();
        if (ChronoUnit.DAYS.between(meetingDate, approvedOn) > APPROVAL_DAYS) {
            broken.add(MINUTES_APPROVED_14_DAYS);
        }
        if (ChronoUnit.DAYS.between(approvedOn, postedOn) > POSTING_DAYS) {
            broken.add(APPROVAL_POSTED_2_DAYS);
        }
        return broken;
    }

    /** The last day the rule allows, for the warning text. */
    public static LocalDate deadline(
            Rule rule, LocalDate meetingDate, LocalDate approvedOn, DecisionsProperties settings) {
        return switch (rule) {
            case COUNCIL_NOTICE_WEEK -> meetingDate.minusDays(settings.councilNoticeDays());
            case COMMITTEE_NOTICE_DAYS -> meetingDate.minusDays(settings.committeeNoticeDays());
            case MINUTES_APPROVED_14_DAYS -> meetingDate.plusDays(APPROVAL_DAYS);
            case APPROVAL_POSTED_2_DAYS -> approvedOn.plusDays(POSTING_DAYS);
        };
    }
}
