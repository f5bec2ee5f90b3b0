package se.bygdeportalen.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;

/** A registrar or administrator adds or corrects an elected person (public facts only). */
@Component
class SavePerson {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private final OrganisationRepository repository;
    private final AuditLog audit;

    SavePerson(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long save(Long id, OrganisationForms.PersonForm form, Errors errors) {
        Person existing = id == null ? null : repository.person(id).orElseThrow(Problem::notFound);
        String name = clean(form.name());
        String party = clean(form.party());
        String email = clean(form.email());
        if (name.length() < 2 || name.length() > 120) {
            errors.rejectValue("name", name.isEmpty() ? "NotBlank" : "Size");
        }
        if (party.isEmpty() || party.length() > 40) {
            errors.rejectValue("party", party.isEmpty() ? "NotBlank" : "Size");
        }
        Member.Sex sex = FormValues.choice(Member.Sex.class, form.sex(), "sex", errors);
        if (!email.isEmpty() && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.rejectValue("email", "Email");
        }
        if (errors.hasErrors()) {
            return -1;
        }
        String storedEmail = email.isEmpty() ? null : email;
        if (existing == null) {
            long newId = repository.insertPerson(name, party, sex, storedEmail);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("name", name);
            after.put("party", party);
            after.put("sex", sex.name());
            after.put("email", storedEmail);
            audit.recordCreate("organisation.person.created", "organisation_person", newId, "Added the elected person " + name, after);
            return newId;
        }
        Changes changes = new Changes().field("name", existing.name(), name).field("party", existing.party(), party)
                .field("sex", existing.sex().name(), sex.name()).field("email", existing.email(), storedEmail);
        if (changes.any()) {
            repository.updatePerson(id, name, party, sex, storedEmail);
            audit.record("organisation.person.updated", "organisation_person", id, "Changed " + String.join(", ", changes.names())
                    + " of the elected person " + name, changes.before(), changes.after());
        }
        return id;
    }

    private static String clean(String value) {
        return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
    }
}
