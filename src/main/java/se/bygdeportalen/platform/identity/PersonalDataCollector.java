package se.bygdeportalen.platform.identity;

import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;

/**
 * Gathers everything the platform keeps about one person from every module's declared exporter
 * (GDPR art. 15 and 20). Values are made plain for JSON: times as ISO text, binary data left out.
 * It checks no access: the use cases that call it ({@link PersonalDataExport}, {@link PersonalDataCounts}) do.
 */
@Component
class PersonalDataCollector {

    private final ModuleRegistry modules;

    PersonalDataCollector(ModuleRegistry modules) {
        this.modules = modules;
    }

    /** Category id to its rows; categories without data are left out. */
    Map<String, List<Map<String, @Nullable Object>>> collect(PersonalDataSubject subject) {
        Map<String, List<Map<String, @Nullable Object>>> result = new LinkedHashMap<>();
        for (PersonalDataCategory category : modules.personalData()) {
            if (category.subject() != subject.subject() || category.exporter() == null) {
                continue;
            }
            List<Map<String, @Nullable Object>> rows = category.exporter().export(subject.id()).stream()
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
