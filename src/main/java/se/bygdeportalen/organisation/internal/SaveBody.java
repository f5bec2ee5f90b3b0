package se.bygdeportalen.organisation.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.audit.Changes;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.usecase.Violations;

/** An administrator adds or edits a political body: its name in four languages, kind, parent, seats and order. */
@Component
public class SaveBody {

    /** What a body's or a village's name in URLs may be. */
    public static final String SLUG = "[a-z0-9-]{2,60}";

    /**
     * A body to add ({@code id} null) or change.
     *
     * @param parentId the body a working group belongs to; ignored for other kinds
     * @param seats    the number of ordinary members, or null when not set
     */
    public record Command(
            @Nullable Long id,
            @Nullable String slug,
            Body.@Nullable Kind kind,
            @Nullable TranslatableText name,
            @Nullable Long parentId,
            int sort,
            @Nullable Integer seats) {}

    private final OrganisationRepository repository;
    private final AuditLog audit;

    SaveBody(OrganisationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public Result saveBody(Command command, Actor actor) {
        OrganisationAccess.ADMINISTRATORS.check(actor, command);
        BodyDetails existing = command.id() == null
                ? null
                : repository.bodyDetails(command.id()).orElseThrow(Problem::notFound);
        Violations violations = new Violations();
        String slug = command.slug() == null ? "" : command.slug().strip();
        if (!slug.matches(SLUG)) {
            violations.reject("slug", "Pattern");
        } else if (repository.slugTaken(slug, command.id())) {
            violations.reject("slug", "taken");
        }
        if (command.name() == null) {
            violations.reject("name[sv]", "validation.translatable.swedishRequired");
        }
        if (command.kind() == null) {
            violations.reject("kind", "NotNull");
        }
        Long parentId = null;
        if (command.kind() == Body.Kind.WORKING_GROUP) {
            parentId = command.parentId();
            if (parentId == null) {
                violations.reject("parentId", "NotNull");
            } else {
                var parent = repository.bodyDetails(parentId);
                if (parent.isEmpty()
                        || parent.get().body().kind() == Body.Kind.WORKING_GROUP
                        || parentId.equals(command.id())) {
                    violations.reject("parentId", "invalid");
                }
            }
        }
        if (command.seats() != null && (command.seats() < 1 || command.seats() > 101)) {
            violations.reject("seats", "range");
        }
        if (command.sort() > 10_000 || command.sort() < -10_000) {
            violations.reject("sort", "typeMismatch");
        }
        TranslatableText name = command.name();
        Body.Kind kind = command.kind();
        if (violations.any() || name == null || kind == null) { // both are rejected above when null
            return violations.invalid();
        }
        if (existing == null) {
            long newId = repository.insertBody(slug, kind, name, parentId, command.sort(), command.seats());
            audit.recordCreate(
                    actor,
                    OrganisationAudit.BODY_CREATED,
                    "organisation_body",
                    newId,
                    "Added the body " + name.raw(Lang.SV),
                    Map.of("slug", slug, "kind", kind.name(), "name", name.toJson()));
            return Result.saved(newId);
        }
        Changes changes = new Changes()
                .field("slug", existing.body().slug(), slug)
                .field("kind", existing.body().kind().name(), kind.name())
                .field("name", existing.body().name().toJson(), name.toJson())
                .field("parentId", existing.body().parentId(), parentId)
                .field("sort", existing.sort(), command.sort())
                .field("seats", existing.seats(), command.seats());
        if (changes.any()) {
            repository.updateBody(existing.body().id(), slug, kind, name, parentId, command.sort(), command.seats());
            audit.record(
                    actor,
                    OrganisationAudit.BODY_UPDATED,
                    "organisation_body",
                    command.id(),
                    "Changed " + String.join(", ", changes.names()) + " of the body " + slug,
                    changes.before(),
                    changes.after());
        }
        return Result.saved(existing.body().id());
    }
}
