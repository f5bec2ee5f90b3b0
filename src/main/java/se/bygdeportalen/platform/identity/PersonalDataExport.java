package se.bygdeportalen.platform.identity;

import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Subject;

/**
 * Everything the platform keeps about one person, gathered from every module's declared exporter
 * (GDPR art. 15 and 20). Values are made plain for JSON: times as ISO text, binary data left out.
 */
@Component
class PersonalDataExport {

    private final ModuleRegistry modules;

    PersonalDataExport(ModuleRegistry modules) {
        this.modules = modules;
    }

    /** Category id to its rows; categories without data are left out. */
    @Transactional(readOnly = true)
    Map<String, List<Map<String, Object>>> export(Subject subject, long subjectId) {
        Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
        for (PersonalDataCategory category : modules.personalData()) {
            if (category.subject() != subject || category.exporter() == null) {
                continue;
            }
            List<Map<String, Object>> rows = category.exporter().export(subjectId).stream().map(PersonalDataExport::plain).toList();
            if (!rows.isEmpty()) {
                result.put(category.id(), rows);
            }
        }
        return result;
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((key, value) -> {
            if (value instanceof byte[]) {
                return;
            }
            out.put(key, value instanceof Timestamp ts ? ts.toInstant().toString()
                    : value instanceof TemporalAccessor t ? t.toString() : value);
        });
        return out;
    }
}
