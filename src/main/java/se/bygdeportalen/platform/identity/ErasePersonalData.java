package se.bygdeportalen.platform.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Subject;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * Erases or anonymises a resident's data in every module at once (GDPR art. 17), in one
 * transaction, so a failure in one module erases nothing. Data the municipality must keep (public
 * records such as a submitted proposal's text) is handled by each module's eraser, which keeps what
 * the law requires and removes the rest. The resident's own record goes last. Administrators only.
 */
@Component
class ErasePersonalData {

    static final String RESIDENT_CATEGORY = "resident";

    /** {@code reason} is the request and its case number, as the administrator wrote it. */
    record Command(long residentId, String reason) {}

    private final ModuleRegistry modules;
    private final ResidentRepository residents;
    private final AuditLog audit;

    ErasePersonalData(ModuleRegistry modules, ResidentRepository residents, AuditLog audit) {
        this.modules = modules;
        this.residents = residents;
        this.audit = audit;
    }

    /** Saved with the resident's id; the audit record says how many records each category changed. */
    @Transactional
    public Result erasePersonalData(Command command, Actor actor) {
        long residentId = command.residentId();
        Resident resident = residents.byId(residentId).orElseThrow(Problem::notFound);
        IdentityAccess.ERASE.check(actor, resident);
        String reason = command.reason().strip();
        List<PersonalDataCategory> categories = new ArrayList<>(modules.personalData().stream()
                .filter(c -> c.subject() == Subject.RESIDENT && c.eraser() != null)
                .toList());
        categories.sort((a, b) -> Boolean.compare(RESIDENT_CATEGORY.equals(a.id()), RESIDENT_CATEGORY.equals(b.id())));
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (PersonalDataCategory category : categories) {
            PersonalDataCategory.Eraser eraser = category.eraser();
            if (eraser != null) { // always: filtered above
                changed.put(category.id(), eraser.erase(residentId));
            }
        }
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
