package se.bygdeportalen.organisation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.SeekOrder;
import se.bygdeportalen.platform.i18n.TranslatableText;

/** SQL for bodies, villages, terms, people, memberships and registrar scopes. */
@Repository
public class OrganisationRepository {

    private static final String BODY_ORDER =
            "array_position(ARRAY['COUNCIL','EXECUTIVE_BOARD','COMMITTEE','WORKING_GROUP'], kind), sort, id";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- bodies ----

    public List<BodyDetails> allBodies() {
        return jdbc.sql("SELECT * FROM organisation_body ORDER BY " + BODY_ORDER)
                .query(OrganisationRepository::bodyDetails)
                .list();
    }

    public Optional<BodyDetails> bodyDetails(long id) {
        return jdbc.sql("SELECT * FROM organisation_body WHERE id = :id")
                .param("id", id)
                .query(OrganisationRepository::bodyDetails)
                .optional();
    }

    public boolean slugTaken(String slug, @Nullable Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM organisation_body WHERE slug = :s AND id <> coalesce(:id, -1)")
                        .param("s", slug)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insertBody(
            String slug,
            Body.Kind kind,
            TranslatableText name,
            @Nullable Long parentId,
            int sort,
            @Nullable Integer seats) {
        return jdbc.sql("""
                INSERT INTO organisation_body (slug, kind, name, parent_id, sort, seats)
                VALUES (:s, :k, CAST(:n AS jsonb), :p, :o, :seats) RETURNING id
                """)
                .param("s", slug)
                .param("k", kind.name())
                .param("n", name.toJson())
                .param("p", parentId)
                .param("o", sort)
                .param("seats", seats)
                .query(Long.class)
                .single();
    }

    public void updateBody(
            long id,
            String slug,
            Body.Kind kind,
            TranslatableText name,
            @Nullable Long parentId,
            int sort,
            @Nullable Integer seats) {
        jdbc.sql("""
                UPDATE organisation_body SET slug = :s, kind = :k, name = CAST(:n AS jsonb), parent_id = :p, sort = :o, seats = :seats
                WHERE id = :id
                """)
                .param("s", slug)
                .param("k", kind.name())
                .param("n", name.toJson())
                .param("p", parentId)
                .param("o", sort)
                .param("seats", seats)
                .param("id", id)
                .update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("UPDATE organisation_body SET active = :a WHERE id = :id")
                .param("a", active)
                .param("id", id)
                .update();
    }

    public static BodyDetails bodyDetails(ResultSet rs, int n) throws SQLException {
        Body body = new Body(
                rs.getLong("id"),
                rs.getString("slug"),
                Body.Kind.valueOf(rs.getString("kind")),
                TranslatableText.fromJson(rs.getString("name")),
                rs.getObject("parent_id", Long.class),
                rs.getBoolean("active"));
        return new BodyDetails(body, rs.getInt("sort"), rs.getObject("seats", Integer.class));
    }

    // ---- villages ----

    public Optional<Village> village(long id) {
        return jdbc.sql("SELECT * FROM organisation_village WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Village(
                        rs.getLong("id"), rs.getString("slug"), TranslatableText.fromJson(rs.getString("name"))))
                .optional();
    }

    public long insertVillage(String slug, TranslatableText name) {
        return jdbc.sql("INSERT INTO organisation_village (slug, name) VALUES (:s, CAST(:n AS jsonb)) RETURNING id")
                .param("s", slug)
                .param("n", name.toJson())
                .query(Long.class)
                .single();
    }

    public boolean villageSlugTaken(String slug, @Nullable Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM organisation_village WHERE slug = :s AND id <> coalesce(:id, -1)")
                        .param("s", slug)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void updateVillage(long id, String slug, TranslatableText name) {
        jdbc.sql("UPDATE organisation_village SET slug = :s, name = CAST(:n AS jsonb) WHERE id = :id")
                .param("s", slug)
                .param("n", name.toJson())
                .param("id", id)
                .update();
    }

    // ---- terms ----

    public List<Term> terms() {
        return jdbc.sql("SELECT * FROM organisation_term ORDER BY starts_on DESC")
                .query(OrganisationRepository::term)
                .list();
    }

    public Optional<Term> term(long id) {
        return jdbc.sql("SELECT * FROM organisation_term WHERE id = :id")
                .param("id", id)
                .query(OrganisationRepository::term)
                .optional();
    }

    public Optional<Term> termOn(LocalDate day) {
        return jdbc.sql(
                        "SELECT * FROM organisation_term WHERE starts_on <= :d AND ends_on >= :d ORDER BY starts_on DESC LIMIT 1")
                .param("d", Date.valueOf(day))
                .query(OrganisationRepository::term)
                .optional();
    }

    public boolean termOverlaps(LocalDate start, LocalDate end, @Nullable Long exceptId) {
        return jdbc.sql(
                                "SELECT count(*) FROM organisation_term WHERE starts_on <= :e AND ends_on >= :s AND id <> coalesce(:id, -1)")
                        .param("s", Date.valueOf(start))
                        .param("e", Date.valueOf(end))
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Memberships of a term that would fall outside new term dates. */
    public long membershipsOutside(long termId, LocalDate start, LocalDate end) {
        return jdbc.sql(
                        "SELECT count(*) FROM organisation_membership WHERE term_id = :t AND (from_date < :s OR to_date > :e)")
                .param("t", termId)
                .param("s", Date.valueOf(start))
                .param("e", Date.valueOf(end))
                .query(Long.class)
                .single();
    }

    public long insertTerm(LocalDate start, LocalDate end) {
        return jdbc.sql("INSERT INTO organisation_term (starts_on, ends_on) VALUES (:s, :e) RETURNING id")
                .param("s", Date.valueOf(start))
                .param("e", Date.valueOf(end))
                .query(Long.class)
                .single();
    }

    public void updateTerm(long id, LocalDate start, LocalDate end) {
        jdbc.sql("UPDATE organisation_term SET starts_on = :s, ends_on = :e WHERE id = :id")
                .param("s", Date.valueOf(start))
                .param("e", Date.valueOf(end))
                .param("id", id)
                .update();
    }

    public static Term term(ResultSet rs, int n) throws SQLException {
        return new Term(
                rs.getLong("id"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate());
    }

    // ---- people ----

    /** The staff list's order: by name, then id. */
    public static final SeekOrder BY_NAME = SeekOrder.ascending("id", SeekOrder.key("name", SeekOrder.Type.TEXT));

    /** One keyset page of people by name, for the staff list. */
    public KeysetPage<Person> persons(KeysetRequest request) {
        return BY_NAME.page(jdbc, "organisation_person", "true", Map.of(), request, OrganisationRepository::person);
    }

    /** The open-data API's order: by id, the order people were added. */
    public static final SeekOrder BY_ID = SeekOrder.ascending("id");

    /** One keyset page of people by id, for the open-data API. */
    public KeysetPage<Person> personsById(KeysetRequest request) {
        return BY_ID.page(jdbc, "organisation_person", "true", Map.of(), request, OrganisationRepository::person);
    }

    /**
     * At most {@code limit} people whose name contains {@code text} (in any case), by name: the choice
     * of a form where staff pick a person.
     */
    public List<Person> personsNamed(String text, int limit) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("SELECT * FROM organisation_person WHERE name ILIKE :n ORDER BY name, id LIMIT :l")
                .param("n", "%" + escaped + "%")
                .param("l", limit)
                .query(OrganisationRepository::person)
                .list();
    }

    /** The {@code limit} people added last, newest first: whom a clerk most likely seats next. */
    public List<Person> newestPersons(int limit) {
        return jdbc.sql("SELECT * FROM organisation_person ORDER BY id DESC LIMIT :l")
                .param("l", limit)
                .query(OrganisationRepository::person)
                .list();
    }

    /** How many people, up to {@link CappedCount#CAP}. */
    public CappedCount countPersons() {
        return CappedCount.of(jdbc.sql(CappedCount.sql("organisation_person"))
                .query(Long.class)
                .single());
    }

    public Optional<Person> person(long id) {
        return jdbc.sql("SELECT * FROM organisation_person WHERE id = :id")
                .param("id", id)
                .query(OrganisationRepository::person)
                .optional();
    }

    public long insertPerson(String name, String party, Member.Sex sex, @Nullable String email) {
        return jdbc.sql(
                        "INSERT INTO organisation_person (name, party, sex, email) VALUES (:n, :p, :s, :e) RETURNING id")
                .param("n", name)
                .param("p", party)
                .param("s", sex.name())
                .param("e", email)
                .query(Long.class)
                .single();
    }

    public void updatePerson(long id, String name, String party, Member.Sex sex, @Nullable String email) {
        jdbc.sql("UPDATE organisation_person SET name = :n, party = :p, sex = :s, email = :e WHERE id = :id")
                .param("n", name)
                .param("p", party)
                .param("s", sex.name())
                .param("e", email)
                .param("id", id)
                .update();
    }

    /** Locks a person's row so two concurrent membership changes cannot both pass the overlap check. */
    public void lockPerson(long id) {
        jdbc.sql("SELECT id FROM organisation_person WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("party"),
                Member.Sex.valueOf(rs.getString("sex")),
                rs.getString("email"));
    }

    // ---- memberships ----

    public Optional<Membership> membership(long id) {
        return jdbc.sql("SELECT * FROM organisation_membership WHERE id = :id")
                .param("id", id)
                .query(OrganisationRepository::membership)
                .optional();
    }

    public boolean overlaps(long personId, long bodyId, LocalDate from, LocalDate to, @Nullable Long exceptId) {
        return jdbc.sql("""
                SELECT count(*) FROM organisation_membership
                WHERE person_id = :p AND body_id = :b AND from_date <= :to AND to_date >= :from AND id <> coalesce(:id, -1)
                """)
                        .param("p", personId)
                        .param("b", bodyId)
                        .param("from", Date.valueOf(from))
                        .param("to", Date.valueOf(to))
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insertMembership(
            long personId, long bodyId, long termId, Member.Role role, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                INSERT INTO organisation_membership (person_id, body_id, term_id, role, from_date, to_date)
                VALUES (:p, :b, :t, :r, :f, :to) RETURNING id
                """)
                .param("p", personId)
                .param("b", bodyId)
                .param("t", termId)
                .param("r", role.name())
                .param("f", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(Long.class)
                .single();
    }

    public void updateMembership(long id, long termId, Member.Role role, LocalDate from, LocalDate to) {
        jdbc.sql(
                        "UPDATE organisation_membership SET term_id = :t, role = :r, from_date = :f, to_date = :to WHERE id = :id")
                .param("t", termId)
                .param("r", role.name())
                .param("f", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("id", id)
                .update();
    }

    public int deleteMembership(long id) {
        return jdbc.sql("DELETE FROM organisation_membership WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** Every membership of a body in a term, with the people, in one query. */
    public List<Seat> seats(long bodyId, long termId) {
        return jdbc.sql("""
                SELECT m.*, p.name, p.party, p.sex, p.email FROM organisation_membership m
                JOIN organisation_person p ON p.id = m.person_id
                WHERE m.body_id = :b AND m.term_id = :t
                ORDER BY array_position(ARRAY['CHAIR','VICE_CHAIR','MEMBER','SUBSTITUTE'], m.role), p.name, m.from_date
                """)
                .param("b", bodyId)
                .param("t", termId)
                .query((rs, n) -> new Seat(
                        membership(rs, n),
                        new Person(
                                rs.getLong("person_id"),
                                rs.getString("name"),
                                rs.getString("party"),
                                Member.Sex.valueOf(rs.getString("sex")),
                                rs.getString("email"))))
                .list();
    }

    public List<Membership> membershipsOf(long personId) {
        return jdbc.sql("SELECT * FROM organisation_membership WHERE person_id = :p ORDER BY from_date DESC, id")
                .param("p", personId)
                .query(OrganisationRepository::membership)
                .list();
    }

    public static Membership membership(ResultSet rs, int n) throws SQLException {
        return new Membership(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getLong("body_id"),
                rs.getLong("term_id"),
                Member.Role.valueOf(rs.getString("role")),
                rs.getDate("from_date").toLocalDate(),
                rs.getDate("to_date").toLocalDate());
    }

    // ---- open data ----

    /** Every membership, for the open-data API; optionally only one body's or those active on a day. */
    public List<Membership> memberships(@Nullable Long bodyId, @Nullable LocalDate on) {
        return jdbc.sql("""
                SELECT * FROM organisation_membership
                WHERE (CAST(:b AS bigint) IS NULL OR body_id = :b)
                  AND (CAST(:on AS date) IS NULL OR (from_date <= :on AND to_date >= :on))
                ORDER BY body_id, array_position(ARRAY['CHAIR','VICE_CHAIR','MEMBER','SUBSTITUTE'], role), from_date, id
                """)
                .param("b", bodyId)
                .param("on", on == null ? null : Date.valueOf(on))
                .query(OrganisationRepository::membership)
                .list();
    }

    /**
     * Every person by id, handed to {@code each} as the rows are read from a database cursor (500 at a
     * time), so the open-data export needs the same memory however many people there are.
     */
    @Transactional(readOnly = true)
    public void forEachPerson(Consumer<Person> each) {
        jdbc.sql("SELECT * FROM organisation_person ORDER BY id")
                .withFetchSize(500)
                .query(rs -> {
                    each.accept(person(rs, 0));
                });
    }

    /** Per body and year: members (not substitutes) seated on 1 July (or today in the current year) by sex. */
    public record SeatCount(long bodyId, String bodySlug, int year, long women, long total) {}

    public List<SeatCount> womenAmongMembersByYear() {
        return jdbc.sql("""
                SELECT b.id, b.slug, y.year,
                       count(*) FILTER (WHERE p.sex = 'FEMALE') AS women, count(*) AS total
                FROM organisation_body b
                CROSS JOIN LATERAL (SELECT DISTINCT CAST(extract(year FROM d) AS int) AS year
                                    FROM organisation_membership mm, generate_series(mm.from_date, mm.to_date, interval '1 year') d
                                    WHERE mm.body_id = b.id) y
                JOIN organisation_membership m ON m.body_id = b.id AND m.role <> 'SUBSTITUTE'
                     AND m.from_date <= make_date(y.year, 7, 1) AND m.to_date >= make_date(y.year, 7, 1)
                JOIN organisation_person p ON p.id = m.person_id
                GROUP BY b.id, b.slug, y.year
                ORDER BY y.year, b.id
                """)
                .query((rs, n) -> new SeatCount(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getInt("year"),
                        rs.getLong("women"),
                        rs.getLong("total")))
                .list();
    }

    // ---- registrar scope ----

    public Set<Long> scope(long staffAccountId) {
        return Set.copyOf(jdbc.sql("SELECT body_id FROM organisation_registrar_scope WHERE staff_account_id = :a")
                .param("a", staffAccountId)
                .query(Long.class)
                .list());
    }

    public void replaceScope(long staffAccountId, Set<Long> bodyIds) {
        jdbc.sql("DELETE FROM organisation_registrar_scope WHERE staff_account_id = :a")
                .param("a", staffAccountId)
                .update();
        for (Long bodyId : bodyIds) {
            jdbc.sql("INSERT INTO organisation_registrar_scope (staff_account_id, body_id) VALUES (:a, :b)")
                    .param("a", staffAccountId)
                    .param("b", bodyId)
                    .update();
        }
    }

    /** Every registrar's limits: staff account id to body ids (accounts without limits are absent). */
    public java.util.Map<Long, Set<Long>> scopes() {
        java.util.Map<Long, Set<Long>> result = new java.util.HashMap<>();
        jdbc.sql("SELECT staff_account_id, body_id FROM organisation_registrar_scope")
                .query((rs, n) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
                            .add(rs.getLong(2));
                    return null;
                })
                .list();
        return result;
    }
}
