package se.bygdeportalen.platform.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.usecase.Actor;

/** How many records each module keeps about a person, for the administrator's overview of a request. */
@Component
public class PersonalDataCounts {

    private final PersonalDataCollector collector;

    PersonalDataCounts(PersonalDataCollector collector) {
        this.collector = collector;
    }

    /** Category id to its number of records; categories without data are left out. */
    @Transactional(readOnly = true)
    public Map<String, Integer> countPersonalData(PersonalDataSubject subject, Actor actor) {
        IdentityAccess.PERSONAL_DATA.check(actor, subject);
        Map<String, Integer> counts = new LinkedHashMap<>();
        collector.collect(subject).forEach((category, rows) -> counts.put(category, rows.size()));
        return counts;
    }
}
