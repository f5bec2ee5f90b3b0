package se.bygdeportalen.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.bygdeportalen.platform.usecase.Actor;

/**
 * The module's published API: other modules read bodies, their members and villages here, never from
 * the tables, and ask here who may keep a body's records.
 */
public interface Organisation {

    /** Active bodies, council first, then by their set order. */
    List<Body> bodies();

    /** An active body by its slug. */
    Optional<Body> body(String slug);

    /** A body by id, also an inactive one (old meetings and decisions keep pointing at it). */
    Optional<Body> body(long id);

    /**
     * Who sits in a body on a day: chair, vice chair, members, then substitutes, each by name.
     * One query whatever the size of the body.
     */
    List<Member> members(long bodyId, LocalDate on);

    /** The bodies a staff account may keep meetings and minutes for as a registrar; unrestricted unless limited. */
    RegistrarScope registrarScope(long staffAccountId);

    /**
     * The one rule for who may keep a body's records (meetings, agendas, decisions, minutes, members):
     * the system; administrators; registrars within the scope an administrator gave them. Nobody else,
     * and nobody when the actor is missing (fails closed).
     */
    boolean mayKeepRecordsOf(Actor actor, long bodyId);

    /** Villages in alphabetical order of their Swedish names (Swedish collation: å, ä, ö last). */
    List<Village> villages();
}
