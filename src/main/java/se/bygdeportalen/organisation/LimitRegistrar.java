package se.bygdeportalen.organisation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.usecase.Problem;

/** An administrator limits a registrar's account to some bodies, or lifts the limit (no body chosen). */
@Component
class LimitRegistrar {

    private final OrganisationRepository repository;
    private final AuditLog audit;

    private final se.bygdeportalen.platform.identity.StaffDirectory staffDirectory;

    LimitRegistrar(OrganisationRepository repository, AuditLog audit, se.bygdeportalen.platform.identity.StaffDirectory staffDirectory) {
        this.staffDirectory = staffDirectory;
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    boolean limit(long staffAccountId, List<String> bodyIdTexts, Errors errors) {
        if (!staffDirectory.hasRole(staffAccountId, se.bygdeportalen.platform.security.Role.REGISTRAR)) {
            throw Problem.notFound();
        }
        Set<Long> known = new java.util.HashSet<>();
        repository.allBodies().forEach(d -> known.add(d.body().id()));
        Set<Long> bodyIds = new LinkedHashSet<>();
        for (String text : bodyIdTexts == null ? List.<String>of() : bodyIdTexts) {
            Long id = SaveBody.number(text, "bodyIds", errors);
            if (id != null && !known.contains(id)) {
                errors.rejectValue("bodyIds", "invalid");
            }
            if (id != null) {
                bodyIds.add(id);
            }
        }
        if (errors.hasErrors()) {
            return false;
        }
        Set<Long> before = new TreeSet<>(repository.scope(staffAccountId));
        Set<Long> after = new TreeSet<>(bodyIds);
        if (before.equals(after)) {
            return true;
        }
        repository.replaceScope(staffAccountId, after);
        audit.record("organisation.registrar-scope.changed", "staff_account", staffAccountId,
                after.isEmpty() ? "Lifted the registrar's limit to bodies" : "Limited the registrar to bodies " + after,
                Map.of("bodyIds", before.toString()), Map.of("bodyIds", after.toString()));
        return true;
    }
}
