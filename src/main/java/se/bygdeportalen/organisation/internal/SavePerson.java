package se.bygdeportalen.organisation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** A registrar or administrator adds or corrects an elected person (public facts only). */
@Component
public class SavePerson {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    /** A person to add ({@code id} null) or change; {@code email} is optional. */
    public record Command(
            @Nullable Long id,
            @Nullable String name,
            @Nullable String party,
            Member.@Nullable Sex sex,
            @Nullable String email) {}

    private final OrganisationRepository repository;
    private final AuditLog audit;

    SavePerson(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Result savePerson(Command command, Actor actor) {
        OrganisationAccess.KEEPERS.check(actor, command);
        Long id = command.id();
        Person existing = id == null ? null : repository.person(id).orElseThrow(Problem::notFound);
        String name = clean(command.name());
        String party = clean(command.party());
        String email = clean(command.email());
        Member.Sex sex = command.sex();
        Violations violations = new Violations();
        if (name.length() < 2 || name.length() > 120) {
            violations.reject("name", name.isEmpty() ? "NotBlank" : "Size");
        }
        if (party.isEmpty() || party.length() > 40) {
            violations.reject("party", party.isEmpty() ? "NotBlank" : "Size");
        }
        if (sex == null) {
            violations.reject("sex", "NotNull");
        }
        if (!email.isEmpty() && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            violations.reject("email", "Email");
        }
        if (violations.any() || sex == null) { // a missing sex is a violation above
            return violations.invalid();
        }
        String storedEmail = email.isEmpty() ? null : email;
        if (existing == null) {
            long newId = repository.insertPerson(name, party, sex, storedEmail);
            Map<String, @Nullable Object> after = new LinkedHashMap<>();
            after.put("name", name);
            after.put("party", party);
            after.put("sex", sex.name());
            after.put("email", storedEmail);
            audit.recordCreate(
                    actor,
                    OrganisationAudit.PERSON_CREATED,
                    "organisation_person",
                    newId,
                    "Added the elected person " + name,
                    after);
            return Result.saved(newId);
        }
        Changes changes = new Changes()
                .field("name", existing.name(), name)
                .field("party", existing.party(), party)
                .field("sex", existing.sex().name(), sex.name())
                .field("email", existing.email(), storedEmail);
        if (changes.any()) {
            repository.updatePerson(existing.id(), name, party, sex, storedEmail);
            audit.record(
                    actor,
                    OrganisationAudit.PERSON_UPDATED,
                    "organisation_person",
                    id,
                    "Changed " + String.join(", ", changes.names()) + " of the elected person " + name,
                    changes.before(),
                    changes.after());
        }
        return Result.saved(existing.id());
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
    }
}
