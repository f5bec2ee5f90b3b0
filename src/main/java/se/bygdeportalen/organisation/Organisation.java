package se.bygdeportalen.organisation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;

/** The module's published API: other modules read bodies and villages here, never from the tables. */
@Component
public class Organisation {

    private final JdbcClient jdbc;

    Organisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active bodies, council first, then by their set order. */
    public List<Body> bodies() {
        return jdbc.sql("""
                SELECT * FROM organisation_body WHERE active
                ORDER BY array_position(ARRAY['COUNCIL','EXECUTIVE_BOARD','COMMITTEE','WORKING_GROUP'], kind), sort, id
                """).query((rs, n) -> new Body(rs.getLong("id"), rs.getString("slug"), Body.Kind.valueOf(rs.getString("kind")),
                TranslatableText.fromJson(rs.getString("name")), rs.getObject("parent_id", Long.class), rs.getBoolean("active"))).list();
    }

    public Optional<Body> body(String slug) {
        return bodies().stream().filter(b -> b.slug().equals(slug)).findFirst();
    }

    /** A body by id, also an inactive one (old meetings and decisions keep pointing at it). */
    public Optional<Body> body(long id) {
        return jdbc.sql("SELECT * FROM organisation_body WHERE id = :id").param("id", id)
                .query((rs, n) -> new Body(rs.getLong("id"), rs.getString("slug"), Body.Kind.valueOf(rs.getString("kind")),
                        TranslatableText.fromJson(rs.getString("name")), rs.getObject("parent_id", Long.class), rs.getBoolean("active")))
                .optional();
    }

    /**
     * Who sits in a body on a day: chair, vice chair, members, then substitutes, each by name.
     * One query whatever the size of the body.
     */
    public List<Member> members(long bodyId, LocalDate on) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.party, p.sex, m.role FROM organisation_membership m
                JOIN organisation_person p ON p.id = m.person_id
                WHERE m.body_id = :body AND m.from_date <= :on AND m.to_date >= :on
                ORDER BY array_position(ARRAY['CHAIR','VICE_CHAIR','MEMBER','SUBSTITUTE'], m.role), p.name, p.id
                """).param("body", bodyId).param("on", on)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getString("name"), rs.getString("party"),
                        Member.Role.valueOf(rs.getString("role")), Member.Sex.valueOf(rs.getString("sex")))).list();
    }

    /** The bodies a staff account may keep meetings and minutes for as a registrar; unrestricted unless limited. */
    public RegistrarScope registrarScope(long staffAccountId) {
        Set<Long> ids = new HashSet<>(jdbc.sql("SELECT body_id FROM organisation_registrar_scope WHERE staff_account_id = :a")
                .param("a", staffAccountId).query(Long.class).list());
        return ids.isEmpty() ? RegistrarScope.all() : RegistrarScope.only(ids);
    }

    /**
     * The one rule for who may keep a body's records (meetings, agendas, decisions, minutes, members):
     * the system; administrators; registrars within the scope an administrator gave them. Nobody else,
     * and nobody when the actor is missing (fails closed).
     */
    public boolean mayKeepRecordsOf(Actor actor, long bodyId) {
        return switch (actor) {
            case Actor.System s -> true;
            case Actor.Staff staff when staff.hasRole(Role.ADMINISTRATOR) -> true;
            case Actor.Staff staff when staff.hasRole(Role.REGISTRAR) -> registrarScope(staff.id()).allows(bodyId);
            case null, default -> false;
        };
    }

    /** Villages in alphabetical order of their Swedish names (Swedish collation: å, ä, ö last). */
    public List<Village> villages() {
        return jdbc.sql("SELECT * FROM organisation_village")
                .query((rs, n) -> new Village(rs.getLong("id"), rs.getString("slug"), TranslatableText.fromJson(rs.getString("name"))))
                .list().stream().sorted(java.util.Comparator.comparing(v -> v.name().raw(se.bygdeportalen.platform.i18n.Lang.SV),
                        java.text.Collator.getInstance(se.bygdeportalen.platform.i18n.Lang.SV.formatLocale()))).toList();
    }

    long addBody(String slug, Body.Kind kind, TranslatableText name, Long parentId, int sort) {
        return jdbc.sql("INSERT INTO organisation_body (slug, kind, name, parent_id, sort) VALUES (:s, :k, CAST(:n AS jsonb), :p, :o) RETURNING id")
                .param("s", slug).param("k", kind.name()).param("n", name.toJson()).param("p", parentId).param("o", sort)
                .query(Long.class).single();
    }

    long addVillage(String slug, TranslatableText name) {
        return jdbc.sql("INSERT INTO organisation_village (slug, name) VALUES (:s, CAST(:n AS jsonb)) RETURNING id")
                .param("s", slug).param("n", name.toJson()).query(Long.class).single();
    }
}
