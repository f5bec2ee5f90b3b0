package se.bygdeportalen.platform.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.Role;

/** SQL for staff accounts. */
@Repository
public class StaffAccountRepository {

    private final JdbcClient jdbc;

    StaffAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql("SELECT * FROM staff_account WHERE username = :u")
                .param("u", username.toLowerCase())
                .query(StaffAccountRepository::map)
                .optional();
    }

    public Optional<StaffAccount> byId(long id) {
        return jdbc.sql("SELECT * FROM staff_account WHERE id = :id")
                .param("id", id)
                .query(StaffAccountRepository::map)
                .optional();
    }

    /** Locks the row for the rest of the transaction, so concurrent sign-ins count failures correctly. */
    public Optional<StaffAccount> byUsernameForUpdate(String username) {
        return jdbc.sql("SELECT * FROM staff_account WHERE username = :u FOR UPDATE")
                .param("u", username.toLowerCase())
                .query(StaffAccountRepository::map)
                .optional();
    }

    public Optional<StaffAccount> byIdForUpdate(long id) {
        return jdbc.sql("SELECT * FROM staff_account WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(StaffAccountRepository::map)
                .optional();
    }

    /** Locks every enabled administrator's row and counts them, so two demotions cannot both pass the "not the last one" check. */
    public int lockEnabledAdministrators() {
        return jdbc.sql("SELECT id FROM staff_account WHERE enabled AND 'ADMINISTRATOR' = ANY(roles) FOR UPDATE")
                .query(Long.class)
                .list()
                .size();
    }

    public Optional<StaffAccount> bySsoSubject(String subject) {
        return jdbc.sql("SELECT * FROM staff_account WHERE sso_subject = :s")
                .param("s", subject)
                .query(StaffAccountRepository::map)
                .optional();
    }

    public Optional<StaffAccount> byEmail(String email) {
        return jdbc.sql("SELECT * FROM staff_account WHERE lower(email) = lower(:e)")
                .param("e", email)
                .query(StaffAccountRepository::map)
                .optional();
    }

    public List<StaffAccount> enabledWithRole(se.bygdeportalen.platform.security.Role role) {
        return jdbc.sql("SELECT * FROM staff_account WHERE enabled AND :r = ANY(roles) ORDER BY display_name, username")
                .param("r", role.name())
                .query(StaffAccountRepository::map)
                .list();
    }

    public List<StaffAccount> all() {
        return jdbc.sql("SELECT * FROM staff_account ORDER BY display_name, username")
                .query(StaffAccountRepository::map)
                .list();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM staff_account WHERE username = :u")
                        .param("u", username.toLowerCase())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean emailTaken(String email, long exceptId) {
        return jdbc.sql("SELECT count(*) FROM staff_account WHERE lower(email) = lower(:e) AND id <> :id")
                        .param("e", email)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The new id, or empty when the username or e-mail address was taken meanwhile. */
    public Optional<Long> insert(
            String username,
            String displayName,
            @Nullable String email,
            @Nullable String passwordHash,
            boolean mustChange,
            Set<Role> roles,
            Lang lang) {
        return jdbc.sql("""
                INSERT INTO staff_account (username, display_name, email, password_hash, must_change_password, roles, ui_language,
                                           password_changed_at)
                VALUES (:u, :n, :e, :h, :m, CAST(:r AS text[]), :l, CASE WHEN :h IS NULL THEN NULL ELSE now() END)
                ON CONFLICT DO NOTHING
                RETURNING id
                """)
                .param("u", username.toLowerCase())
                .param("n", displayName)
                .param("e", email)
                .param("h", passwordHash)
                .param("m", mustChange)
                .param("r", rolesLiteral(roles))
                .param("l", lang.code())
                .query(Long.class)
                .optional();
    }

    public void update(long id, String displayName, @Nullable String email, Set<Role> roles, boolean enabled) {
        jdbc.sql("""
                UPDATE staff_account SET display_name = :n, email = :e, roles = CAST(:r AS text[]), enabled = :en, updated_at = now()
                WHERE id = :id
                """)
                .param("n", displayName)
                .param("e", email)
                .param("r", rolesLiteral(roles))
                .param("en", enabled)
                .param("id", id)
                .update();
    }

    public void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                UPDATE staff_account SET password_hash = :h, must_change_password = :m, password_changed_at = now(),
                       failed_logins = 0, locked_until = NULL, updated_at = now()
                WHERE id = :id
                """).param("h", hash).param("m", mustChange).param("id", id).update();
    }

    public void setLanguage(long id, Lang lang) {
        jdbc.sql("UPDATE staff_account SET ui_language = :l, updated_at = now() WHERE id = :id")
                .param("l", lang.code())
                .param("id", id)
                .update();
    }

    public void recordFailure(long id, int failures, @Nullable Instant lockedUntil) {
        jdbc.sql("UPDATE staff_account SET failed_logins = :f, locked_until = :lu WHERE id = :id")
                .param("f", failures)
                .param("lu", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .param("id", id)
                .update();
    }

    public void recordSuccess(long id, Instant at) {
        jdbc.sql("UPDATE staff_account SET failed_logins = 0, locked_until = NULL, last_login_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public void unlock(long id) {
        jdbc.sql("UPDATE staff_account SET failed_logins = 0, locked_until = NULL, updated_at = now() WHERE id = :id")
                .param("id", id)
                .update();
    }

    public void bindSsoSubject(long id, String subject) {
        jdbc.sql("UPDATE staff_account SET sso_subject = :s, updated_at = now() WHERE id = :id")
                .param("s", subject)
                .param("id", id)
                .update();
    }

    private static String rolesLiteral(Set<Role> roles) {
        return "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}";
    }

    public static StaffAccount map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : (String[]) array.getArray()) {
            Role.fromName(r).ifPresent(roles::add);
        }
        return new StaffAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getBoolean("must_change_password"),
                roles,
                rs.getBoolean("enabled"),
                Lang.fromCode(rs.getString("ui_language")).orElse(Lang.DEFAULT),
                rs.getString("sso_subject"),
                rs.getInt("failed_logins"),
                instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
