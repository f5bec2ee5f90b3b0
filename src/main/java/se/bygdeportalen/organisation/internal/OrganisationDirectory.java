package se.bygdeportalen.organisation.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.organisation.RegistrarScope;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;

/** The published {@link Organisation} API, read from the module's own tables. */
@Component
class OrganisationDirectory implements Organisation {

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Body> bodies() {
        return jdbc.sql("""
                SELECT * FROM organisation_body WHERE active
                ORDER BY array_position(ARRAY['COUNCIL','EXECUTIVE_BOARD','COMMITTEE','WORKING_GROUP'], kind), sort, id
                """)
                .query((rs, n) -> OrganisationRepository.bodyDetails(rs, n).body())
                .list();
    }

    @Override
    public Optional<Body> body(String slug) {
        return bodies().stream().filter(b -> b.slug().equals(slug)).findFirst();
    }

    @Override
    public Optional<Body> body(long id) {
        return jdbc.sql("SELECT * FROM organisation_body WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> OrganisationRepository.bodyDetails(rs, n).body())
                .optional();
    }

    @Override
    public List<Member> members(long bodyId, LocalDate on) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.party, p.sex, m.role FROM organisation_membership m
                JOIN organisation_person p ON p.id = m.person_id
                WHERE m.body_id = :body AND m.from_date <= :on AND m.to_date >= :on
                ORDER BY array_position(ARRAY['CHAIR','VICE_CHAIR','MEMBER','SUBSTITUTE'], m.role), p.name, p.id
                """)
                .param("body", bodyId)
                .param("on", on)
                .query((rs, n) -> new Member(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("party"),
                        Member.Role.valueOf(rs.getString("role")),
                        Member.Sex.valueOf(rs.getString("sex"))))
                .list();
    }

    @Override
    public RegistrarScope registrarScope(long staffAccountId) {
        Set<Long> ids =
                new HashSet<>(jdbc.sql("SELECT body_id FROM organisation_registrar_scope WHERE staff_account_id = :a")
                        .param("a", staffAccountId)
                        .query(Long.class)
                        .list());
        return ids.isEmpty() ? RegistrarScope.all() : RegistrarScope.only(ids);
    }

    @Override
    public boolean mayKeepRecordsOf(Actor actor, long bodyId) {
        return switch (actor) {
            case Actor.System s -> true;
            case Actor.Staff staff when staff.hasRole(Role.ADMINISTRATOR) -> true;
            case Actor.Staff staff
            when staff.hasRole(Role.REGISTRAR) -> registrarScope(staff.id()).allows(bodyId);
            case null, default -> false;
        };
    }

    @Override
    public List<Village> villages() {
        return jdbc
                .sql("SELECT * FROM organisation_village")
                .query((rs, n) -> new Village(
                        rs.getLong("id"), rs.getString("slug"), TranslatableText.fromJson(rs.getString("name"))))
                .list()
                .stream()
                .sorted(Comparator.comparing(v -> v.name().raw(Lang.SV), Collator.getInstance(Lang.SV.formatLocale())))
                .toList();
    }
}
