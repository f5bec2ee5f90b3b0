package se.bygdeportalen.platform.identity;

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

/** SQL for residents. */
@Repository
class ResidentRepository {

    private final JdbcClient jdbc;

    ResidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates the resident with this hash and returns the row; one statement, safe under concurrent sign-ins. */
    Resident upsert(
            byte[] pinHash, byte[] pinEncrypted, String givenName, String familyName, boolean demo, Instant now) {
        return jdbc.sql("""
                INSERT INTO resident (pin_hash, pin_encrypted, given_name, family_name, demo, last_login_at)
                VALUES (:h, :e, :g, :f, :d, :now)
                ON CONFLICT (pin_hash) DO UPDATE SET given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name,
                                                     last_login_at = EXCLUDED.last_login_at
                RETURNING id, given_name, family_name, demo, created_at, last_login_at
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

    Optional<Resident> byId(long id) {
        return jdbc.sql(
                        "SELECT id, given_name, family_name, demo, created_at, last_login_at FROM resident WHERE id = :id")
                .param("id", id)
                .query(ResidentRepository::map)
                .optional();
    }

    Optional<Resident> byPinHash(byte[] pinHash) {
        return jdbc.sql(
                        "SELECT id, given_name, family_name, demo, created_at, last_login_at FROM resident WHERE pin_hash = :h")
                .param("h", pinHash)
                .query(ResidentRepository::map)
                .optional();
    }

    List<Resident> demoResidents() {
        return jdbc.sql(
                        "SELECT id, given_name, family_name, demo, created_at, last_login_at FROM resident WHERE demo ORDER BY id")
                .query(ResidentRepository::map)
                .list();
    }

    void touch(long id, Instant now) {
        jdbc.sql("UPDATE resident SET last_login_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    Map<String, @Nullable Object> exportRow(long id) {
        return jdbc.sql("SELECT id, given_name, family_name, created_at, last_login_at FROM resident WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    int anonymise(long id) {
        return jdbc.sql("""
                UPDATE resident SET given_name = '', family_name = '', pin_encrypted = '\\x00'::bytea,
                                    pin_hash = decode(md5(random()::text || id::text), 'hex')
                WHERE id = :id
                """).param("id", id).update();
    }

    private static Resident map(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        return new Resident(
                rs.getLong("id"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getBoolean("demo"),
                rs.getTimestamp("created_at").toInstant(),
                last == null ? null : last.toInstant());
    }
}
