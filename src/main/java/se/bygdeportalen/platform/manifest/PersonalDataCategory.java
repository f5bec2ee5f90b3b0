package se.bygdeportalen.platform.manifest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Personal data a module keeps about one kind of person. The exporter and eraser let a GDPR
 * request be answered across modules without any module reading another's tables. Both are null
 * for data that is deleted only when its retention time has passed. The eraser alone is null for data
 * the municipality must keep (staff accounts are disabled, not erased, and follow the records
 * management plan). The privacy page titles a category with {@code privacy.category.<id>}.
 *
 * @param subject        whose data it is
 * @param descriptionKey what is kept and why
 * @param legalBasisKey  the legal basis (GDPR art. 6)
 * @param retentionKey   how long it is kept
 * @param keptKey        what erasure keeps and why (the erase page lists it), or null when it keeps nothing
 * @param addresses      the e-mail addresses the person gave in this module while identified, or null;
 *                       every module's exporter and eraser then also find records that carry one of them
 *                       but were never linked to the person (e-mail sent to them, a subscription)
 */
public record PersonalDataCategory(
        String id,
        Subject subject,
        String descriptionKey,
        String legalBasisKey,
        String retentionKey,
        @Nullable Exporter exporter,
        @Nullable Eraser eraser,
        @Nullable String keptKey,
        @Nullable Addresses addresses) {

    /** A category that gives no addresses and whose erasure keeps nothing (or that is not erased). */
    public PersonalDataCategory(
            String id,
            Subject subject,
            String descriptionKey,
            String legalBasisKey,
            String retentionKey,
            @Nullable Exporter exporter,
            @Nullable Eraser eraser) {
        this(id, subject, descriptionKey, legalBasisKey, retentionKey, exporter, eraser, null, null);
    }

    public enum Subject {
        RESIDENT,
        STAFF
    }

    /**
     * The person a request is about: their id, and the e-mail addresses every module's {@link Addresses}
     * found for them, in lower case. Collected before anything is exported or erased.
     */
    public record Person(long id, Set<String> emails) {
        public Person {
            emails = Set.copyOf(emails);
        }

        /** An address as the records compare it: trimmed and in lower case. */
        public static String normalize(String email) {
            return email.strip().toLowerCase(Locale.ROOT);
        }

        /** The addresses in a stable order, for SQL parameters and pages. */
        public List<String> sortedEmails() {
            return List.copyOf(new TreeSet<>(emails));
        }
    }

    @FunctionalInterface
    public interface Exporter {
        /** Everything kept about the person, as rows of field name to value. */
        List<Map<String, @Nullable Object>> export(Person person);
    }

    @FunctionalInterface
    public interface Eraser {
        /** Erases or anonymises what may be erased; returns how many records changed. */
        int erase(Person person);
    }

    @FunctionalInterface
    public interface Addresses {
        /** E-mail addresses the person with this id gave here, as stored. */
        Set<String> emails(long subjectId);
    }
}
