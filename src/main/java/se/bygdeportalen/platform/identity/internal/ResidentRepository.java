package se.bygdeportalen.platform.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.bygdeportalen.platform.identity.Resident;

/** SQL for residents. */
@Repository
public class ResidentRepository {

    private final JdbcClient jdbc;

    ResidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates the resident with this hash and returns the row; one statement, safe under concurrent sign-ins. */
    public Resident upsert(
            byte[] pinHash, byte[] pinEncrypted, String givenName, String familyName, boolean demo, Instant now) {
        return jdbc.sql("""
                INSERT INTO resident (pin_hash, pin_encrypted, given_name, family_name, demo, last_login_at)
                VALUES (:h, :e, :g, :f, :d, :now)
                ON CONFLICT (pin_hash) DO UPDATE SET given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name,
                                                     last_login_at = EXCLUDED.last_login_at
                RETURNING id, given_name, family_name, demo, created_at, last_login_at, erased_at
                """)
                .param("h", pinHash)
                .param("e", pinEncrypted)
                .param("g", givenName)
                .param("f", familyName)
                .param("d", demo)
                .param("now", Timestamp.from(now))
                .query(ResidentRepository::map)
                .single();
    }

    public Optional<Resident> byId(long id) {
        return jdbc.sql(
                        "SELECT id, given_name, family_name, demo, created_at, last_login_at, erased_at FROM resident WHERE id = :id")
                .param("id", id)
                .query(ResidentRepository::map)
                .optional();
    }

    public Optional<Resident> byPinHash(byte[] pinHash) {
        return jdbc.sql(
                        "SELECT id, given_name, family_name, demo, created_at, last_login_at, erased_at FROM resident WHERE pin_hash = :h")
                .param("h", pinHash)
                .query(ResidentRepository::map)
                .optional();
    }

    public List<Resident> demoResidents() {
        return jdbc.sql(
                        "SELECT id, given_name, family_name, demo, created_at, last_login_at, erased_at FROM resident WHERE demo AND erased_at IS NULL ORDER BY id")
                .query(ResidentRepository::map)
                .list();
    }

    public void touch(long id, Instant now) {
        jdbc.sql("UPDATE resident SET last_login_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** The resident's own row for an export; none once erased. */
    public List<Map<String, @Nullable Object>> exportRows(long id) {
        return jdbc.sql(
                        "SELECT id, given_name, family_name, created_at, last_login_at FROM resident WHERE id = :id AND erased_at IS NULL")
                .param("id", id)
                .query()
                .listOfRows();
    }

    /**
     * Keeps the number and drops everything else: names, the encrypted personal identity number and,
     * through a random hash, the link the next e-ID sign-in would find the row by.
     */
    public int anonymise(long id, Instant now) {
        return jdbc.sql("""
                UPDATE resident SET given_name = '', family_name = '', pin_encrypted = '\\x00'::bytea,
                                    pin_hash = decode(md5(random()::text || id::text), 'hex'),
                                    last_login_at = NULL, erased_at = :now
                WHERE id = :id AND erased_at IS NULL
                """).param("id", id).param("now", Timestamp.from(now)).update();
    }

    private static Resident map(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        Timestamp erased = rs.getTimestamp("erased_at");
        return new Resident(
                rs.getLong("id"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getBoolean("demo"),
                rs.getTimestamp("created_at").toInstant(),
                last == null ? null : last.toInstant(),
                erased == null ? null : erased.toInstant());
    }
}
