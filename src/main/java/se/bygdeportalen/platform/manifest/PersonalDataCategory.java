package se.bygdeportalen.platform.manifest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Personal data a module keeps about one kind of person. The exporter and eraser let a GDPR
 * request be answered across modules without any module reading another's tables. Both are null
 * for data that is not linked to a person's id (such as sent mail) and is instead deleted when its
 * retention time has passed. The eraser alone is null for data the municipality must keep (staff
 * accounts are disabled, not erased, and follow the records management plan). The privacy page titles a category with {@code privacy.category.<id>}.
 *
 * @param subject      whose data it is
 * @param descriptionKey what is kept and why
 * @param legalBasisKey the legal basis (GDPR art. 6)
 * @param retentionKey  how long it is kept
 */
public record PersonalDataCategory(
        String id,
        Subject subject,
        String descriptionKey,
        String legalBasisKey,
        String retentionKey,
        @Nullable Exporter exporter,
        @Nullable Eraser eraser) {

    public enum Subject {
        RESIDENT,
        STAFF
    }

    @FunctionalInterface
    public interface Exporter {
        /** Everything kept about the person, as rows of field name to value. */
        List<Map<String, @Nullable Object>> export(long subjectId);
    }

    @FunctionalInterface
    public interface Eraser {
        /** Erases or anonymises what may be erased; returns how many records changed. */
        int erase(long subjectId);
    }
}
