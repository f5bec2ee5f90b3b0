package se.bygdeportalen.organisation;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.bygdeportalen.organisation.internal.OrganisationRepository;
import se.bygdeportalen.organisation.internal.Term;

/**
 * Builds bodies, people, terms and seats for tests straight into the database, with unique names so
 * tests sharing a database never collide. Public so that other modules' tests can use it.
 */
public final class OrganisationFixtures {

    private final JdbcClient jdbc;

    public OrganisationFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A body with a unique slug and a name in every language. */
    public Body body(Body.Kind kind, String swedishName) {
        String slug = unique("t-");
        Long parent = kind == Body.Kind.WORKING_GROUP
                ? body(Body.Kind.COMMITTEE, swedishName + " (parent)").id()
                : null;
        long id = jdbc.sql("""
                INSERT INTO organisation_body (slug, kind, name, parent_id) VALUES (:s, :k, CAST(:n AS jsonb), :p) RETURNING id
                """)
                .param("s", slug)
                .param("k", kind.name())
                .param(
                        "n",
                        "{\"sv\": \"" + swedishName + "\", \"fi\": \"" + swedishName + " (fi)\", \"en\": \""
                                + swedishName + " (en)\"}")
                .param("p", parent)
                .query(Long.class)
                .single();
        return new Body(
                id, slug, kind, se.bygdeportalen.platform.i18n.TranslatableText.swedish(swedishName), parent, true);
    }

    /** The term covering a day, created (from a year before to three years after) when there is none. */
    public Term termCovering(LocalDate day) {
        return jdbc.sql("SELECT * FROM organisation_term WHERE starts_on <= :d AND ends_on >= :d")
                .param("d", day)
                .query(OrganisationRepository::term)
                .optional()
                .orElseGet(() -> {
                    long id = jdbc.sql(
                                    "INSERT INTO organisation_term (starts_on, ends_on) VALUES (:s, :e) RETURNING id")
                            .param("s", day.minusYears(1))
                            .param("e", day.plusYears(3))
                            .query(Long.class)
                            .single();
                    return new Term(id, day.minusYears(1), day.plusYears(3));
                });
    }

    /** The first year after the last term of office on record: a new term there overlaps none. */
    public int yearAfterLastTerm() {
        return jdbc.sql("SELECT coalesce(max(extract(YEAR FROM ends_on))::int, 2026) + 1 FROM organisation_term")
                .query(Integer.class)
                .single();
    }

    public long person(String name, String party, Member.Sex sex, String email) {
        return jdbc.sql(
                        "INSERT INTO organisation_person (name, party, sex, email) VALUES (:n, :p, :s, :e) RETURNING id")
                .param("n", name)
                .param("p", party)
                .param("s", sex.name())
                .param("e", email)
                .query(Long.class)
                .single();
    }

    public long seat(long personId, long bodyId, Term term, Member.Role role, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                INSERT INTO organisation_membership (person_id, body_id, term_id, role, from_date, to_date)
                VALUES (:p, :b, :t, :r, :f, :to) RETURNING id
                """)
                .param("p", personId)
                .param("b", bodyId)
                .param("t", term.id())
                .param("r", role.name())
                .param("f", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    /** {@code count} members (and as many substitutes) with alternating sex, seated for the whole term. */
    public void seats(long bodyId, Term term, int count) {
        for (int i = 0; i < count; i++) {
            long member = person(
                    unique("Member "), i % 3 == 0 ? "C" : "S", i % 2 == 0 ? Member.Sex.FEMALE : Member.Sex.MALE, null);
            seat(member, bodyId, term, Member.Role.MEMBER, term.startsOn(), term.endsOn());
        }
    }
}
