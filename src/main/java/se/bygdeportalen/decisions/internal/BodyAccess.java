package se.bygdeportalen.decisions.internal;

import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.usecase.AccessRule;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * Whether an actor may keep a body's records (meetings, agenda items, documents, decisions, minutes):
 * the organisation module's one registrar-scope rule, {@link Organisation#mayKeepRecordsOf}. Fails
 * closed: nobody signed in, a resident or a registrar limited to other bodies is refused; the system
 * (demo data) is not limited.
 */
@Component
public class BodyAccess {

    private final AccessRule<Long> rule;

    BodyAccess(Organisation organisation) {
        this.rule = new AccessRule<>() {
            @Override
            public boolean allows(Actor actor, Long bodyId) {
                return organisation.mayKeepRecordsOf(actor, bodyId);
            }

            @Override
            public String messageKey() {
                return "decisions.admin.otherBody";
            }
        };
    }

    public boolean allows(Actor actor, long bodyId) {
        return rule.test(actor, bodyId);
    }

    /** Refuses with 403 (staff, with a way back to the meetings) or 404 (anyone else) unless the actor may. */
    public void check(Actor actor, long bodyId) {
        try {
            rule.check(actor, bodyId);
        } catch (Problem refused) {
            throw refused.messageKey() == null
                    ? refused
                    : refused.withBack("/admin/sammantraden", "decisions.admin.back");
        }
    }
}
