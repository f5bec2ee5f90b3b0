package se.bygdeportalen.platform.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.identity.Resident;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Person;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * Erases or anonymises a resident's data in every module at once (GDPR art. 17), in one
 * transaction, so a failure in one module erases nothing. First every module names the e-mail
 * addresses it holds for the resident; then each module's eraser removes what it keeps about the
 * resident's id or one of those addresses (mail sent to them, a subscription made without sign-in).
 * Data the municipality must keep (public records such as a submitted proposal's text) is handled by
 * each module's eraser, which keeps what the law requires and removes the person from it; the erase
 * page lists what is kept. The resident's own record goes last, and every session of theirs ends when
 * the erasure commits. Administrators only.
 */
@Component
public class ErasePersonalData {

    static final String RESIDENT_CATEGORY = "resident";

    /** {@code reason} is the request and its case number, as the administrator wrote it. */
    public record Command(long residentId, String reason) {}

    private final PersonalDataCollector collector;
    private final ResidentRepository residents;
    private final PersonSessions sessions;
    private final AuditLog audit;

    ErasePersonalData(
            PersonalDataCollector collector, ResidentRepository residents, PersonSessions sessions, AuditLog audit) {
        this.collector = collector;
        this.residents = residents;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Saved with the resident's id; the audit record says how many records each category changed. */
    @Transactional
    public Result erasePersonalData(Command command, Actor actor) {
        long residentId = command.residentId();
        Resident resident = residents.byId(residentId).orElseThrow(Problem::notFound);
        IdentityAccess.ERASE.check(actor, resident);
        String reason = command.reason().strip();
        PersonalDataSubject subject = PersonalDataSubject.resident(residentId);
        Person person = collector.person(subject);
        List<PersonalDataCategory> categories = new ArrayList<>(collector.categories(subject).stream()
                .filter(c -> c.eraser() != null)
                .toList());
        categories.sort((a, b) -> Boolean.compare(RESIDENT_CATEGORY.equals(a.id()), RESIDENT_CATEGORY.equals(b.id())));
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (PersonalDataCategory category : categories) {
            PersonalDataCategory.Eraser eraser = category.eraser();
            if (eraser != null) { // always: the categories are filtered to those with an eraser
                changed.put(category.id(), eraser.erase(person));
            }
        }
        sessions.endAllAfterCommit(PortalUser.residentPrincipalName(residentId), null);
        // Counts and the administrator's reason only: never the addresses or the name that were erased.
        audit.record(
                actor,
                PlatformAudit.PERSONAL_DATA_ERASED,
                "resident",
                residentId,
                "Personal data erased on request: " + reason,
                null,
                Map.of("changed", changed, "reason", reason));
        return Result.saved(residentId);
    }
}
