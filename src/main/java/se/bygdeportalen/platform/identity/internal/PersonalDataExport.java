package se.bygdeportalen.platform.identity.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Subject;
import se.bygdeportalen.platform.usecase.Actor;

/**
 * Everything the platform keeps about one person, as a download: for the resident themself, or for an
 * administrator answering a request (GDPR art. 15 and 20). Another resident and a visitor get nothing
 * (404); an administrator's download is audited, a person's download of their own data is not.
 */
@Component
public class PersonalDataExport {

    private final PersonalDataCollector collector;
    private final AuditLog audit;

    PersonalDataExport(PersonalDataCollector collector, AuditLog audit) {
        this.collector = collector;
        this.audit = audit;
    }

    /** Category id to its rows; categories without data are left out. */
    @Transactional
    public Map<String, List<Map<String, @Nullable Object>>> exportPersonalData(
            PersonalDataSubject subject, Actor actor) {
        IdentityAccess.PERSONAL_DATA.check(actor, subject);
        if (!isThemself(actor, subject)) {
            audit.record(
                    actor,
                    PlatformAudit.PERSONAL_DATA_EXPORTED,
                    subject.subject() == Subject.RESIDENT ? "resident" : "staff_account",
                    subject.id(),
                    "Personal data exported on request",
                    null,
                    null);
        }
        return collector.collect(subject);
    }

    private static boolean isThemself(Actor actor, PersonalDataSubject subject) {
        return switch (subject.subject()) {
            case RESIDENT -> actor.isResident(subject.id());
            case STAFF -> actor instanceof Actor.Staff s && s.id() == subject.id();
        };
    }
}
