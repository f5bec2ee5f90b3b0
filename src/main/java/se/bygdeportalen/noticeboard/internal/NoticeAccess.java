package se.bygdeportalen.noticeboard.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.AccessRule;
import se.bygdeportalen.platform.usecase.Actor;

/**
 * Who may post and withdraw notices by hand: communicators and administrators any notice;
 * registrars those of no body or of a body whose records they may keep (the registrar-scope rule,
 * {@link Organisation#mayKeepRecordsOf}). Nobody else: no actor, a visitor or a resident is refused.
 */
@Component
public class NoticeAccess implements AccessRule<NoticeAccess.Target> {

    /** A notice, by the body it concerns ({@code bodySlug} null for none). */
    public record Target(@Nullable String bodySlug) {}

    /** A notice of no body: asks only for the role. */
    public static final Target ANY_BODY = new Target(null);

    private final Organisation organisation;

    NoticeAccess(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public boolean allows(Actor actor, Target notice) {
        if (!(actor instanceof Actor.Staff staff)) {
            return false;
        }
        if (staff.hasAnyRole(Role.COMMUNICATOR, Role.ADMINISTRATOR)) {
            return true;
        }
        if (!staff.hasRole(Role.REGISTRAR)) {
            return false;
        }
        if (notice.bodySlug() == null) {
            return true;
        }
        // A body that is no longer active is not listed by slug: only an unrestricted registrar may then.
        return organisation
                .body(notice.bodySlug())
                .map(b -> organisation.mayKeepRecordsOf(actor, b.id()))
                .orElseGet(() -> organisation.registrarScope(staff.id()).unrestricted());
    }
}
