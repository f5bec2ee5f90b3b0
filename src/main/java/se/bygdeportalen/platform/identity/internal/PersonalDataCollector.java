package se.bygdeportalen.platform.identity.internal;

import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Person;

/**
 * Gathers everything the platform keeps about one person from every module's declared exporter
 * (GDPR art. 15 and 20). Values are made plain for JSON: times as ISO text, binary data left out.
 * It checks no access: the use cases that call it ({@link PersonalDataExport}, {@link PersonalDataCounts},
 * {@link ErasePersonalData}) do.
 */
@Component
class PersonalDataCollector {

    private final ModuleRegistry modules;

    PersonalDataCollector(ModuleRegistry modules) {
        this.modules = modules;
    }

    /** The subject's categories, in the registry's order. */
    List<PersonalDataCategory> categories(PersonalDataSubject subject) {
        return modules.personalData().stream()
                .filter(c -> c.subject() == subject.subject())
                .toList();
    }

    /**
     * The person with every e-mail address a module found for them, so that each module can also find
     * records that carry the address without the person's id.
     */
    Person person(PersonalDataSubject subject) {
        Set<String> emails = new HashSet<>();
        for (PersonalDataCategory category : categories(subject)) {
            if (category.addresses() != null) {
                category.addresses().emails(subject.id()).stream()
                        .filter(e -> e != null && !e.isBlank())
                        .map(Person::normalize)
                        .forEach(emails::add);
            }
        }
        return new Person(subject.id(), emails);
    }

    /** Category id to its rows; categories without data are left out. */
    Map<String, List<Map<String, @Nullable Object>>> collect(PersonalDataSubject subject) {
        Person person = person(subject);
        Map<String, List<Map<String, @Nullable Object>>> result = new LinkedHashMap<>();
        for (PersonalDataCategory category : categories(subject)) {
            PersonalDataCategory.Exporter exporter = category.exporter();
            if (exporter == null) {
                continue;
            }
            List<Map<String, @Nullable Object>> rows = exporter.export(person).stream()
                    .map(PersonalDataCollector::plain)
                    .toList();
            if (!rows.isEmpty()) {
                result.put(category.id(), rows);
            }
        }
        return result;
    }

    private static Map<String, @Nullable Object> plain(Map<String, @Nullable Object> row) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        row.forEach((key, value) -> {
            if (value instanceof byte[]) {
                return;
            }
            out.put(
                    key,
                    value instanceof Timestamp ts
                            ? ts.toInstant().toString()
                            : value instanceof TemporalAccessor t ? t.toString() : value);
        });
        return out;
    }
}
