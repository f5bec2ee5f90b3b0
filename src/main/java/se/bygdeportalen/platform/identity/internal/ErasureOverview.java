package se.bygdeportalen.platform.identity.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.identity.Resident;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * What an erasure of a resident would reach beyond their id, and what it would keep, for the
 * administrator to check before confirming: the e-mail addresses found in the resident's records
 * (records carrying them are erased too) and, per module, what is kept and why.
 */
@Component
public class ErasureOverview {

    /** @param kept the resident categories whose erasure keeps something, with {@code keptKey} saying what */
    public record Overview(List<String> emails, List<PersonalDataCategory> kept) {}

    private final PersonalDataCollector collector;
    private final ResidentRepository residents;

    ErasureOverview(PersonalDataCollector collector, ResidentRepository residents) {
        this.collector = collector;
        this.residents = residents;
    }

    @Transactional(readOnly = true)
    public Overview erasureOverview(long residentId, Actor actor) {
        Resident resident = residents.byId(residentId).orElseThrow(Problem::notFound);
        IdentityAccess.ERASE.check(actor, resident);
        PersonalDataSubject subject = PersonalDataSubject.resident(residentId);
        return new Overview(
                collector.person(subject).sortedEmails(),
                collector.categories(subject).stream()
                        .filter(c -> c.eraser() != null && c.keptKey() != null)
                        .toList());
    }
}
